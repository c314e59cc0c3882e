import { describe, expect, it } from 'vitest';
import { listClips, listFacets } from '@/utils/library/clip-list';
import type { ClipSummary } from '@/utils/library/clip-summary';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
const clip = (id: string, fields: Partial<ClipSummary>): ClipSummary => ({
  id,
  title: id,
  site: 'Example',
  url: `https://example.com/${id}`,
  tags: [],
  published: null,
  createdAt: day('2026-01-01'),
  updatedAt: day('2026-01-01'),
  filename: `${id}.md`,
  ...fields,
});

const clips = [
  clip('a', { title: 'Chapter 10', site: '新华网', tags: ['经济'], published: day('2024-03-01'), createdAt: day('2026-01-03') }),
  clip('b', { title: 'chapter 9', site: 'BBC', tags: ['经济', 'world'], published: day('2024-05-01'), createdAt: day('2026-01-01') }),
  clip('c', { title: 'Ärger', site: null, tags: ['world'], published: null, createdAt: day('2026-01-02') }),
];
const ids = (list: ClipSummary[]) => list.map((summary) => summary.id);

describe('listClips', () => {
  it('sorts by clipped date, newest first, or oldest', () => {
    expect(ids(listClips(clips, { sort: 'clipped', descending: true }))).toEqual(['a', 'c', 'b']);
    expect(ids(listClips(clips, { sort: 'clipped', descending: false }))).toEqual(['b', 'c', 'a']);
  });

  it('sorts titles as people read them: numbers by value, case and accents aside', () => {
    expect(ids(listClips(clips, { sort: 'title', descending: false }))).toEqual(['c', 'b', 'a']);
  });

  it('puts clips without the sorted value last, whichever the direction', () => {
    expect(ids(listClips(clips, { sort: 'published', descending: true }))).toEqual(['b', 'a', 'c']);
    expect(ids(listClips(clips, { sort: 'published', descending: false }))).toEqual(['a', 'b', 'c']);
    expect(ids(listClips(clips, { sort: 'site', descending: false }))).toEqual(['b', 'a', 'c']);
  });

  it('filters by site, tag and date range together', () => {
    expect(ids(listClips(clips, { sort: 'clipped', descending: true, tag: '经济' }))).toEqual(['a', 'b']);
    expect(ids(listClips(clips, { sort: 'clipped', descending: true, tag: '经济', site: 'BBC' }))).toEqual(['b']);
    expect(ids(listClips(clips, { sort: 'published', descending: true, from: day('2024-04-01'), to: day('2024-12-31') }))).toEqual(['b']);
    expect(ids(listClips(clips, { sort: 'clipped', descending: true, from: day('2026-01-02') }))).toEqual(['a', 'c']);
  });

  it('leaves the summaries it was given in their order', () => {
    listClips(clips, { sort: 'title', descending: false });
    expect(ids(clips)).toEqual(['a', 'b', 'c']);
  });
});

describe('listFacets', () => {
  it('offers each site and tag with its count, commonest first', () => {
    expect(listFacets(clips)).toEqual({
      sites: [{ value: 'BBC', count: 1 }, { value: '新华网', count: 1 }],
      tags: [{ value: 'world', count: 2 }, { value: '经济', count: 2 }],
    });
  });
});

describe('search results in the list', () => {
  it('keep their best-match order under "relevance", with the filters still applied', () => {
    const ranked = [clips[2]!, clips[0]!, clips[1]!];
    expect(ids(listClips(ranked, { sort: 'relevance', descending: true }))).toEqual(['c', 'a', 'b']);
    expect(ids(listClips(ranked, { sort: 'relevance', descending: true, tag: '经济' }))).toEqual(['a', 'b']);
    expect(ids(listClips(ranked, { sort: 'title', descending: false }))).toEqual(['c', 'b', 'a']);
  });
});
