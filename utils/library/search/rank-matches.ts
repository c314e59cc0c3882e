// Which clips match a query and in what order: every term must occur (and, while a word is being
// typed, some word it begins), ranked by BM25 without length normalisation — rare terms count more
// than common ones, repeats count less and less. Clips are of similar length, and normalising would
// mean reading every candidate's length: at 50,000 clips that read, not the ranking, is what costs.
// Titles are indexed with extra weight (see clipTerms), so a clip whose title holds the words comes first.
import { forEachPosting } from './postings';

/** A term's postings, in the blocks they are stored in (see clip-index), clip numbers rising across them. */
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

/**
 * Clips by number, rising, with their scores so far. Typed arrays merged in order, not a Map per
 * query: a common word at 50,000 clips has 30,000 postings, and hashing and sorting them all took 40 ms.
 */
interface ScoredClips {
  seqs: Int32Array;
  scores: Float64Array;
}

export function rankMatches(query: RankQuery, stats: CorpusStats): RankedMatch[] {
  // A group is satisfied by any of its terms: a required term alone, or any word the prefix begins.
  const groups: (readonly TermPostings[])[] = query.required.map((term) => [term]);
  if (query.prefixed) groups.push([...query.prefixed]);
  if (!groups.length) return [];
  const scored = groups.map((terms) =>
    terms.map((term) => termScores(term, query.deleted, stats.clipCount)).reduce<ScoredClips>(unionKeepingBest, EMPTY),
  );
  // From the rarest group: the candidates only shrink from there.
  scored.sort((a, b) => a.seqs.length - b.seqs.length);
  let matches = scored[0]!;
  for (const group of scored.slice(1)) {
    if (!matches.seqs.length) break;
    matches = intersectAdding(matches, group);
  }
  return best(matches, query.limit);
}

const EMPTY: ScoredClips = { seqs: new Int32Array(0), scores: new Float64Array(0) };

function termScores(term: TermPostings, deleted: ReadonlySet<number>, clipCount: number): ScoredClips {
  // Every posting takes two bytes at least, so half the bytes is room enough.
  let room = 0;
  for (const block of term) room += block.length >> 1;
  const seqs = new Int32Array(room);
  const counts = new Int32Array(room);
  let n = 0;
  for (const block of term) {
    forEachPosting(block, (seq, count) => {
      if (deleted.has(seq)) return;
      seqs[n] = seq;
      counts[n++] = count;
    });
  }
  const idf = inverseFrequency(n, clipCount);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = (idf * counts[i]! * (K1 + 1)) / (counts[i]! + K1);
  return { seqs: seqs.subarray(0, n), scores };
}

/** Two words a prefix begins in one clip are the same word typed: the better one counts. */
function unionKeepingBest(a: ScoredClips, b: ScoredClips): ScoredClips {
  if (!a.seqs.length) return b;
  if (!b.seqs.length) return a;
  const seqs = new Int32Array(a.seqs.length + b.seqs.length);
  const scores = new Float64Array(seqs.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.seqs.length || j < b.seqs.length) {
    const sa = i < a.seqs.length ? a.seqs[i]! : Infinity;
    const sb = j < b.seqs.length ? b.seqs[j]! : Infinity;
    if (sa === sb) {
      seqs[n] = sa;
      scores[n++] = Math.max(a.scores[i++]!, b.scores[j++]!);
    } else if (sa < sb) {
      seqs[n] = sa;
      scores[n++] = a.scores[i++]!;
    } else {
      seqs[n] = sb;
      scores[n++] = b.scores[j++]!;
    }
  }
  return { seqs: seqs.subarray(0, n), scores: scores.subarray(0, n) };
}

/** The clips in both, their scores added. */
function intersectAdding(a: ScoredClips, b: ScoredClips): ScoredClips {
  const seqs = new Int32Array(Math.min(a.seqs.length, b.seqs.length));
  const scores = new Float64Array(seqs.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.seqs.length && j < b.seqs.length) {
    const sa = a.seqs[i]!;
    const sb = b.seqs[j]!;
    if (sa === sb) {
      seqs[n] = sa;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (sa < sb) i++;
    else j++;
  }
  return { seqs: seqs.subarray(0, n), scores: scores.subarray(0, n) };
}

/** The `limit` best, by score and then the newest clip first, without sorting all of them. */
function best({ seqs, scores }: ScoredClips, limit: number): RankedMatch[] {
  const order = (x: RankedMatch, y: RankedMatch) => y.score - x.score || y.seq - x.seq;
  if (seqs.length <= limit) return Array.from(seqs, (seq, i) => ({ seq, score: scores[i]! })).sort(order);
  if (limit <= 0) return [];
  // The limit-th best score: all above it are in, and of those equal to it, the newest (highest numbers).
  const threshold = Float64Array.from(scores).sort()[scores.length - limit]!;
  const chosen: RankedMatch[] = [];
  for (let i = 0; i < seqs.length; i++) if (scores[i]! > threshold) chosen.push({ seq: seqs[i]!, score: scores[i]! });
  for (let i = seqs.length - 1; i >= 0 && chosen.length < limit; i--) if (scores[i] === threshold) chosen.push({ seq: seqs[i]!, score: threshold });
  return chosen.sort(order);
}

function inverseFrequency(clipsWithTerm: number, clipCount: number): number {
  return Math.log(1 + (clipCount - clipsWithTerm + 0.5) / (clipsWithTerm + 0.5));
}
