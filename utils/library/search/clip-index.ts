// The library's full-text index in IndexedDB, beside the clips it indexes and written in the same
// transactions, so a saved clip is found at once and a failed save leaves no half-indexed clip.
//   searchDocs: one row per indexed clip — its sequence number (postings name clips by it) and id.
//   postings:   per term, rows of gap-encoded postings, one row per block of BLOCK_SIZE clip numbers:
//               saving clips rewrites only the newest block of each term, so the cost of a save does not
//               grow with the library (one row per term would be rewritten whole, a hundred KB for
//               common words, on every save).
//   searchState: one row: how many clips are indexed (counting a store is linear in IndexedDB) and the
//                numbers of deleted clips (dropped from a term's row when that row is next written).
import type { Table } from 'dexie';
import { appendPostings, type Posting } from './postings';
import { clipTerms } from './search-terms';
import { searchableText } from './searchable-text';

export interface SearchDoc {
  seq?: number;
  clipId: string;
}

export interface PostingsRow {
  /** The term and the block, see postingsKey. */
  key: string;
  bytes: Uint8Array;
}

export const BLOCK_SIZE = 4096;
/** Sorts before any character a term holds, so a term's rows are a key range apart from longer terms'. */
export const TERM_END = '\u0001';
const BLOCK_DIGITS = 6;

/** Row keys sort by term, then block number (zero-padded, so "10" follows "9"). */
export function postingsKey(term: string, block: number): string {
  return `${term}${TERM_END}${block.toString(36).padStart(BLOCK_DIGITS, '0')}`;
}

export function termOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf(TERM_END));
}

export interface IndexState {
  clipCount: number;
  deleted: number[];
}

export interface SearchStateRow extends IndexState {
  key: 'index';
}

/** The tables the index lives in; ClipDatabase has them. */
export interface IndexTables {
  searchDocs: Table<SearchDoc, number>;
  postings: Table<PostingsRow, string>;
  searchState: Table<SearchStateRow, string>;
}

export const INDEX_STORES = {
  searchDocs: '++seq, &clipId',
  postings: 'key',
  searchState: 'key',
} as const;

export interface IndexedText {
  clipId: string;
  title: string;
  /** The clip's Markdown body. */
  body: string;
}

/**
 * Indexes these clips (again, for clips indexed before): call inside a read-write transaction over
 * the index tables (and the clips table, when saving), so the clip and its index land together.
 * Returns each clip's new number in the index, in order.
 */
export async function indexClips(tables: IndexTables, clips: readonly IndexedText[]): Promise<number[]> {
  if (!clips.length) return [];
  const state = await readIndexState(tables);
  const deleted = new Set(state.deleted);
  const previous = await tables.searchDocs.where('clipId').anyOf(clips.map((clip) => clip.clipId)).toArray();
  for (const doc of previous) deleted.add(doc.seq!);
  if (previous.length) await tables.searchDocs.bulkDelete(previous.map((doc) => doc.seq!));

  const termsOfClips = clips.map((clip) => clipTerms(clip.title, searchableText(clip.body)));
  const seqs = await tables.searchDocs.bulkAdd(clips.map(({ clipId }) => ({ clipId })), { allKeys: true });

  const added = new Map<string, Posting[]>();
  // Only the block the first new clip falls in can hold rows already (clip numbers only grow): rows of
  // later blocks are written without being read first, which is most of a large import's rows.
  const firstBlock = Math.floor(seqs[0]! / BLOCK_SIZE);
  const mayExist: string[] = [];
  termsOfClips.forEach((terms, i) => {
    const seq = seqs[i]!;
    const block = Math.floor(seq / BLOCK_SIZE);
    for (const [term, count] of terms) {
      const key = postingsKey(term, block);
      const list = added.get(key);
      if (list) list.push({ seq, count });
      else {
        added.set(key, [{ seq, count }]);
        if (block === firstBlock) mayExist.push(key);
      }
    }
  });
  const rows = await tables.postings.bulkGet(mayExist);
  const existing = new Map(mayExist.map((key, i) => [key, rows[i]?.bytes]));
  await tables.postings.bulkPut([...added].map(([key, postings]) => ({ key, bytes: appendPostings(existing.get(key), postings, deleted) })));
  await writeIndexState(tables, { clipCount: state.clipCount - previous.length + clips.length, deleted: [...deleted] });
  return seqs;
}

/** Takes clips out of the index; their postings go when each term's row is next rewritten. */
export async function unindexClips(tables: IndexTables, clipIds: readonly string[]): Promise<void> {
  const docs = await tables.searchDocs.where('clipId').anyOf([...clipIds]).toArray();
  if (!docs.length) return;
  const state = await readIndexState(tables);
  await tables.searchDocs.bulkDelete(docs.map((doc) => doc.seq!));
  await writeIndexState(tables, { clipCount: state.clipCount - docs.length, deleted: [...state.deleted, ...docs.map((doc) => doc.seq!)] });
}

export async function readIndexState(tables: IndexTables): Promise<IndexState> {
  const row = await tables.searchState.get('index');
  return row ? { clipCount: row.clipCount, deleted: row.deleted } : { clipCount: 0, deleted: [] };
}

async function writeIndexState(tables: IndexTables, state: IndexState): Promise<void> {
  await tables.searchState.put({ key: 'index', ...state });
}

