import { describe, expect, it } from 'vitest';
import { markdownImageUrls, rewriteImageUrls } from '@/utils/pipeline/images/markdown-images';

const md = [
  '# Title',
  '',
  'Text ![a photo](https://cdn.example.com/a.jpg "Caption") and ![](https://cdn.example.com/b) again ![x](https://cdn.example.com/a.jpg).',
  '',
  '```md',
  '![in a fence](https://cdn.example.com/code.png)',
  '```',
  '',
  'Inline `![code span](https://cdn.example.com/span.png)` stays, [a link](https://example.com/page.jpg) is no image.',
  '',
  '![alt with \\] bracket](https://cdn.example.com/c.png)',
].join('\n');

describe('images in a clip’s Markdown', () => {
  it('lists each web image once, in order, outside code', () => {
    expect(markdownImageUrls(md)).toEqual([
      'https://cdn.example.com/a.jpg',
      'https://cdn.example.com/b',
      'https://cdn.example.com/c.png',
    ]);
  });

  it('rewrites image addresses and keeps alt, title, code and links as they were', () => {
    const out = rewriteImageUrls(md, (url) => url.replace('https://cdn.example.com/', 'assets/'));
    expect(out).toContain('![a photo](assets/a.jpg "Caption")');
    expect(out).toContain('![](assets/b) again ![x](assets/a.jpg).');
    expect(out).toContain('![in a fence](https://cdn.example.com/code.png)');
    expect(out).toContain('`![code span](https://cdn.example.com/span.png)`');
    expect(out).toContain('[a link](https://example.com/page.jpg)');
    expect(out).toContain('![alt with \\] bracket](assets/c.png)');
  });

  it('resumes after a tilde fence closes, not at a backtick line inside it', () => {
    const fenced = '~~~\n```\n![x](https://e.test/1.png)\n~~~\n![y](https://e.test/2.png)';
    expect(markdownImageUrls(fenced)).toEqual(['https://e.test/2.png']);
  });
});
