// Which clips match a query and in what order: every term must occur (and, while a word is being
// typed, some word it begins), ranked by BM25 without length normalisation — rare terms count more
// than common ones, repeats count less and less. Clips are of similar length, and normalising would
// mean reading every candidate's length: at 50,000 clips that read, not the ranking, is what costs.
// Titles are indexed with extra weight (see clipTerms), so a clip whose title holds the words comes first.
import { forEachPosting } from './postings';

/** A term's postings, in the blocks they are stored in (see clip-index). */
export type TermPostings = readonly Uint8Array[];

export interface CorpusStats {
  /** Clips in the index, deleted ones excluded. */
  clipCount: number;
}

export interface RankQuery {
  /** The postings of each required term (an absent term has none, and nothing matches). */
  required: readonly TermPostings[];
  /** The postings of each word the typed prefix begins; null when the query has no prefix. */
  prefixed: readonly TermPostings[] | null;
  deleted: ReadonlySet<number>;
  limit: number;
}

export interface RankedMatch {
  seq: number;
  score: number;
}

const K1 = 1.2;

export function rankMatches(query: RankQuery, stats: CorpusStats): RankedMatch[] {
  // A group is satisfied by any of its terms: a required term alone, or any word the prefix begins.
  const groups: (readonly TermPostings[])[] = query.required.map((term) => [term]);
  if (query.prefixed) groups.push([...query.prefixed]);
  if (!groups.length || groups.some((terms) => terms.every((term) => totalLength(term) === 0))) return [];
  // Start from the rarest group: the candidates only shrink from there.
  groups.sort((a, b) => totalLength(a) - totalLength(b));
  let scores: Map<number, number> | null = null;
  for (const terms of groups) {
    const groupScores = new Map<number, number>();
    for (const term of terms) {
      const idf = inverseFrequency(countPostings(term, query.deleted), stats.clipCount);
      forEachPostingOf(term, (seq, count) => {
        if (query.deleted.has(seq) || (scores && !scores.has(seq))) return;
        const weight = (idf * count * (K1 + 1)) / (count + K1);
        // Two words a prefix begins in one clip are the same word typed: the better one counts.
        groupScores.set(seq, Math.max(groupScores.get(seq) ?? 0, weight));
      });
    }
    if (scores) for (const [seq, weight] of groupScores) groupScores.set(seq, weight + scores.get(seq)!);
    scores = groupScores;
    if (!scores.size) return [];
  }
  return [...scores!]
    .map(([seq, score]) => ({ seq, score }))
    .sort((a, b) => b.score - a.score || b.seq - a.seq)
    .slice(0, query.limit);
}

function totalLength(blocks: TermPostings | readonly TermPostings[]): number {
  let total = 0;
  for (const item of blocks) total += item instanceof Uint8Array ? item.length : totalLength(item);
  return total;
}

function forEachPostingOf(term: TermPostings, visit: (seq: number, count: number) => void): void {
  for (const block of term) forEachPosting(block, visit);
}

function countPostings(term: TermPostings, deleted: ReadonlySet<number>): number {
  let count = 0;
  forEachPostingOf(term, (seq) => {
    if (!deleted.has(seq)) count++;
  });
  return count;
}

function inverseFrequency(clipsWithTerm: number, clipCount: number): number {
  return Math.log(1 + (clipCount - clipsWithTerm + 0.5) / (clipsWithTerm + 0.5));
}
