// What the library page holds for each clip: the fields it lists, sorts, filters and maps search hits by.
// At 50,000 clips these objects are most of the page's heap, and every full garbage collection marks and
// moves all of them; a collection landing in a search made most of the slow searches. So a listed clip
// keeps no address or file name (the list shows neither; the reader reads the whole clip), and clips
// sharing a site or a set of tags share one copy of it: read from IndexedDB, each summary brings its own.
import type { ClipSummary } from './clip-summary';

export interface ListedClip {
  readonly id: string;
  readonly title: string;
  readonly site: string | null;
  readonly tags: readonly string[];
  readonly published: number | null;
  readonly createdAt: number;
  /** The clip's number in the search index; see ClipSummary. */
  readonly seq?: number;
}

export class ClipLister {
  readonly #strings = new Map<string, string>();
  readonly #tagLists = new Map<string, readonly string[]>();

  list(summary: ClipSummary): ListedClip {
    // Every field always set, in one order: the objects share one shape with their fields inside them.
    return {
      id: summary.id,
      title: summary.title,
      site: summary.site === null ? null : this.#shared(summary.site),
      tags: this.#tagList(summary.tags),
      published: summary.published,
      createdAt: summary.createdAt,
      seq: summary.seq,
    };
  }

  #shared(text: string): string {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    this.#strings.set(text, text);
    return text;
  }

  #tagList(tags: readonly string[]): readonly string[] {
    const key = tags.join('\u0000');
    const known = this.#tagLists.get(key);
    if (known) return known;
    const list = Object.freeze(tags.map((tag) => this.#shared(tag)));
    this.#tagLists.set(key, list);
    return list;
  }
}
