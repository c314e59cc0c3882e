// The line under a search result, made from the paragraphs around the first match instead of the whole
// body: it must read the same as one made from the whole body, and still find words a plain search misses.
import { describe, expect, it } from 'vitest';
import { clipSnippet } from '@/utils/library/search/clip-snippet';
import { snippet } from '@/utils/library/search/highlight';
import { parseQuery } from '@/utils/library/search/search-terms';
import { searchableText } from '@/utils/library/search/searchable-text';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} talks about the weather and the [harbour](https://example.com/h/${i}) at length, nothing else.`).join('\n\n');
const shown = (result: { text: string; ranges: { start: number; end: number }[] }) => result.ranges.map(({ start, end }) => result.text.slice(start, end));
const whole = (body: string, query: string) => snippet(searchableText(body).replace(/\s+/g, ' '), parseQuery(query).highlights);

describe('clipSnippet', () => {
  it('reads the same as a snippet of the whole body, for a word deep in a long clip', () => {
    const body = `${filler(40)}\n\n${'The container port at Xiamen handled a record 12 million boxes last year, officials said on Monday, '.repeat(3)}\n\n${filler(40)}`;
    expect(clipSnippet(body, parseQuery('port').highlights)).toEqual(whole(body, 'port'));
    const chinese = `${filler(30)}\n\n${'厦门港集装箱吞吐量去年创下新高，全年完成一千二百万标箱。'.repeat(4)}\n\n${filler(30)}`;
    const made = clipSnippet(chinese, parseQuery('吞吐量').highlights);
    expect(made).toEqual(whole(chinese, '吞吐量'));
    expect(shown(made)[0]).toBe('吞吐量');
  });

  it('passes over a word found only in a link’s address to where the reader sees it', () => {
    const body = `Read [the report](https://example.com/port-news) first.\n\n${filler(30)}\n\nThe port reopened on Tuesday after the storm.`;
    const made = clipSnippet(body, parseQuery('port').highlights);
    expect(made.text).toContain('port reopened');
    expect(shown(made)).toEqual(['port']);
  });

  it('finds words that differ by accents or width, which a plain search misses', () => {
    const body = `${filler(30)}\n\nWe met at the Café de Flore, then walked along ＦＵＬＬ width streets.`;
    expect(shown(clipSnippet(body, parseQuery('cafe').highlights))).toEqual(['Café']);
    expect(shown(clipSnippet(body, parseQuery('full').highlights))).toEqual(['ＦＵＬＬ']);
  });
});
