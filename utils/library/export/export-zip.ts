// Clips → a ZIP of Markdown files, produced in blocks of a few MB so 50,000 clips never sit in memory
// as one archive: the caller writes them to a file or a Blob as they come (each block is a view of a
// reused buffer, good until the caller asks for the next: see byte-blocks.ts). Each `.md` holds the
// clip's `markdown` byte for byte; its images sit beside it at the paths it links, so links work in every layout.
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import type { PackedText } from '../packed-text';
import { markdownFilename } from '../../pipeline/render/safe-filename';
import { isSafeArchivePath, joinArchivePath } from './archive-path';
import { ByteBlocks } from './byte-blocks';
import type { ClipImages } from './clip-images';
import { trackClips, type ClipSource, type ExportProgressOptions } from './export-progress';
import { UniquePaths } from './unique-paths';
import { layoutFolder, type ZipLayout } from './zip-layout';

// Nothing is compressed here. Markdown is deflated once, when a clip is saved (clip-row.ts), and goes in
// as it is kept, with the CRC and size kept beside it. Deflating at export took about 3 ms per 8 KB clip
// in an extension page (Chromium 156), 30 s and more for 10,000 clips. Markdown of rows saved before it
// was packed is stored uncompressed; images are in compressed formats already.

/** fflate writes DOS timestamps for 1980–2099 (local time) and throws outside, so times are clamped a day inside. */
const FIRST_ZIP_TIME = Date.UTC(1980, 0, 2);
const LAST_ZIP_TIME = Date.UTC(2099, 11, 30);
/** fflate writes no ZIP64 records: past 65,535 files or 4 GiB its directory would be wrong, so the export stops with a message instead. */
const MAX_ZIP_FILES = 0xffff;
const MAX_ZIP_BYTES = 0xffffffff;

export interface ZipExportOptions extends ExportProgressOptions {
  layout: ZipLayout;
  /** Where images come from; without it the ZIP holds Markdown only. */
  images?: ClipImages;
  /** Zone for the `by-month` folder of clips without a published date; the system's by default. */
  timeZone?: string;
}

export async function* exportZip(clips: ClipSource, options: ZipExportOptions): AsyncGenerator<Uint8Array<ArrayBuffer>, void, undefined> {
  const blocks = new ByteBlocks();
  let failure: Error | null = null;
  let written = 0;
  // A file added whole is written out before `add` returns, so the Markdown's bytes are copied out of
  // the encoder's buffer before the next clip is encoded into it.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    written += chunk?.length ?? 0;
    if (chunk) blocks.write(chunk);
  });
  const utf8 = new Utf8Encoder();
  const paths = new UniquePaths();
  try {
    for await (const clip of trackClips(clips, options)) {
      const folder = layoutFolder(clip, options.layout, options.timeZone);
      const mtime = zipTime(clip.updatedAt);
      const name = paths.claim(folder, markdownFilename(withoutExtension(clip.filename)));
      if (clip.packedMarkdown) addDeflated(zip, name, clip.packedMarkdown, mtime);
      else add(zip, new ZipPassThrough(name), utf8.encode(clip.markdown ?? ''), mtime);
      const images = options.images ? await options.images(clip.id) : [];
      options.signal?.throwIfAborted();
      for (const image of images) {
        if (!isSafeArchivePath(image.path)) throw new Error(`Clip “${clip.title}” has an image at “${image.path}”, which would land outside its folder.`);
        // Image paths are content-addressed, so one copy serves every clip in the folder that links it.
        const path = joinArchivePath(folder, image.path);
        if (paths.claimExact(path)) add(zip, new ZipPassThrough(path), image.bytes, mtime);
      }
      if (failure) throw failure;
      if (paths.size > MAX_ZIP_FILES || written > MAX_ZIP_BYTES) throw new Error(TOO_BIG);
      yield* blocks.take();
    }
    zip.end();
    if (failure) throw failure;
    yield* blocks.end();
  } catch (error) {
    zip.terminate();
    throw error;
  }
}

const TOO_BIG = 'One ZIP holds at most 65,535 files and 4 GB: export fewer clips at a time, or without images.';

function add(zip: Zip, file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void }, bytes: Uint8Array, mtime: Date): void {
  file.mtime = mtime;
  zip.add(file);
  file.push(bytes, true);
}

/** An entry whose bytes were deflated beforehand: fflate writes the given CRC and size, the bytes as they are. */
function addDeflated(zip: Zip, filename: string, packed: PackedText, mtime: Date): void {
  const file: ZipInputFile = { filename, compression: 8, crc: packed.crc32, size: packed.size, mtime };
  zip.add(file);
  file.ondata!(null, packed.deflated, true);
}

/**
 * UTF-8 into one reused buffer: in Chromium, `encodeInto` an existing buffer took a third of the time of
 * `encode` on clip-sized Chinese text, and leaves no garbage. The bytes are valid until the next call.
 */
class Utf8Encoder {
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(64 * 1024);

  encode(text: string): Uint8Array {
    // Three bytes per UTF-16 unit is UTF-8's worst case, so one call always fits.
    if (text.length * 3 > this.buffer.length) this.buffer = new Uint8Array(text.length * 3);
    const { written } = this.encoder.encodeInto(text, this.buffer);
    return this.buffer.subarray(0, written);
  }
}

function withoutExtension(filename: string): string {
  return filename.replace(/\.md$/i, '');
}

function zipTime(time: number): Date {
  return new Date(Math.min(Math.max(time, FIRST_ZIP_TIME), LAST_ZIP_TIME));
}
