// What every export shares: progress counted in clips, and a cancel that stops before the next one.
import type { ClipRow } from '../clip-row';

export interface ExportProgressOptions {
  /** How many clips are coming, for progress; an array's length by default. */
  total?: number;
  onProgress?: (done: number, total: number | undefined) => void;
  /** Aborting stops the export before the next clip: the export then throws the signal's reason and produces nothing more. */
  signal?: AbortSignal;
}

/** Clips as stored (a whole StoredClip is one too). */
export type ClipSource = AsyncIterable<ClipRow> | Iterable<ClipRow>;

/** The clips, each counted done once the export has written it and asks for the next. */
export async function* trackClips(clips: ClipSource, options: ExportProgressOptions): AsyncGenerator<ClipRow, void, undefined> {
  const total = options.total ?? (Array.isArray(clips) ? clips.length : undefined);
  let done = 0;
  for await (const clip of clips) {
    options.signal?.throwIfAborted();
    yield clip;
    options.onProgress?.(++done, total);
  }
  options.signal?.throwIfAborted();
}
