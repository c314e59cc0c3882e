// Which clips match a query and in what order: every term must occur (and, while a word is being
// typed, some word it begins), ranked by BM25 — rare terms count more than common ones, a term
// repeated in a short clip more than in a long one. Titles are indexed with extra weight (see
// clipTerms), so a clip whose title holds the words comes first.
import { forEachPosting } from './postings';

export interface CorpusStats {
  /** Clips in the index, deleted ones excluded. */
  clipCount: number;
  averageLength: number;
  /** Terms in the clip with this sequence number (its length for BM25). */
  lengthOf(seq: number): number;
}

export interface RankQuery {
  /** One postings row per required term (an absent term: an empty row, and nothing matches). */
  required: readonly Uint8Array[];
  /** Rows of the words the typed prefix begins; null when the query has no prefix. */
  prefixed: readonly Uint8Array[] | null;
  deleted: ReadonlySet<number>;
  limit: number;
}

export interface RankedMatch {
  seq: number;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

export function rankMatches(query: RankQuery, stats: CorpusStats): RankedMatch[] {
  const groups = query.required.map((row) => [row]);
  if (query.prefixed) groups.push([...query.prefixed]);
  if (!groups.length || groups.some((rows) => rows.every((row) => row.length === 0))) return [];
  // Start from the rarest group: the candidates only shrink from there.
  groups.sort((a, b) => totalLength(a) - totalLength(b));
  let scores: Map<number, number> | null = null;
  for (const rows of groups) {
    const groupScores = new Map<number, number>();
    for (const row of rows) {
      const idf = inverseFrequency(countPostings(row, query.deleted), stats.clipCount);
      forEachPosting(row, (seq, count) => {
        if (query.deleted.has(seq) || (scores && !scores.has(seq))) return;
        const length = stats.lengthOf(seq);
        const weight = (idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / (stats.averageLength || 1)));
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

function totalLength(rows: readonly Uint8Array[]): number {
  return rows.reduce((sum, row) => sum + row.length, 0);
}

function countPostings(row: Uint8Array, deleted: ReadonlySet<number>): number {
  let count = 0;
  forEachPosting(row, (seq) => {
    if (!deleted.has(seq)) count++;
  });
  return count;
}

function inverseFrequency(clipsWithTerm: number, clipCount: number): number {
  return Math.log(1 + (clipCount - clipsWithTerm + 0.5) / (clipsWithTerm + 0.5));
}
