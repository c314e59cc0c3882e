// The library's export: the selected clips, or all of them, as a ZIP of Markdown files in a chosen
// layout or as a JSON backup, streamed into one download with progress. Cancelling or failing
// downloads nothing.
import { useEffect, useRef, useState } from 'react';
import { StatusMessage, type Status } from '@/components/StatusMessage';
import { downloadChunks } from '@/utils/browser/download-chunks';
import type { ClipDatabase } from '@/utils/library/clip-database';
import type { ExportChunk } from '@/utils/library/export/collect-blob';
import { EXPORT_MIME_TYPES, type ExportRequest } from '@/utils/library/export/export-chunks';
import { exportFileName, type ExportKind } from '@/utils/library/export/export-file-name';
import type { ExportProgressOptions } from '@/utils/library/export/export-progress';
import { ZIP_LAYOUTS, type ZipLayout } from '@/utils/library/export/zip-layout';
import { toClipdownError } from '@/utils/result';
import { readSettings } from '@/utils/settings/settings-item';
import './panels.css';

const LAYOUT_LABELS: Record<ZipLayout, string> = {
  flat: 'All in one folder',
  'by-site': 'A folder per site',
  'by-month': 'A folder per month (year/month)',
  hexo: 'Hexo blog posts (source/_posts)',
};

/** Ten updates a second reads as smooth; one per clip would render the panel 50,000 times. */
const PROGRESS_INTERVAL_MS = 100;

const CANCELLED = 'Export cancelled; nothing was downloaded.';

export type ExportChunks = AsyncIterable<ExportChunk>;

/** Runs an export: the library page runs it in a worker, tests in place (`exportChunks`). */
export type Exporter = (request: ExportRequest, progress: ExportProgressOptions & { total: number }) => ExportChunks;

export type DownloadExport = (chunks: ExportChunks, filename: string, options: { type: string; signal: AbortSignal }) => Promise<unknown>;

interface Props {
  db: ClipDatabase;
  /** The selected clips, in the order to export them; null for every clip. */
  clipIds: readonly string[] | null;
  /**
   * How many clips the library holds, null until the page has read them all: the page's list knows,
   * where a count of its own would walk the whole store (in Chromium, IndexedDB counts row by row),
   * ahead of the list's first read as the page opens.
   */
  libraryCount: number | null;
  exporter: Exporter;
  /** Where the file goes: the browser's downloads unless a test says otherwise. */
  download?: DownloadExport;
}

interface Progress {
  done: number;
  total: number;
}

export function ExportPanel({ db, clipIds, libraryCount, exporter, download = downloadChunks }: Props) {
  const [layout, setLayout] = useState<ZipLayout>('flat');
  const [includeImages, setIncludeImages] = useState(true);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const running = useRef<AbortController | null>(null);

  // Leaving the page part-way stops the export rather than leaving it to run unseen.
  useEffect(() => () => running.current?.abort(), []);

  const count = clipIds ? clipIds.length : libraryCount;

  const start = async (kind: ExportKind) => {
    // The buttons disable only once progress shows: a second click before that is ignored here.
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setStatus(null);
    const ids = clipIds ? [...clipIds] : null;
    const now = new Date();
    const fileName = exportFileName(kind, now);
    let done = 0;
    let shownAt = 0;
    try {
      // The page's count when it has one: counting again walks every summary.
      const total = ids?.length ?? libraryCount ?? (await db.summaries.count());
      setProgress({ done: 0, total });
      const onProgress = (n: number) => {
        done = n;
        if (n < total && performance.now() - shownAt < PROGRESS_INTERVAL_MS) return;
        shownAt = performance.now();
        setProgress({ done: n, total });
      };
      const request: ExportRequest = kind === 'zip' ? { kind, ids, layout, images: includeImages } : { kind, ids, settings: await readSettings(), now: now.getTime() };
      const progress = { total, onProgress, signal: controller.signal };
      const chunks = exporter(request, progress);
      await download(chunks, fileName, { type: EXPORT_MIME_TYPES[kind], signal: controller.signal });
      setStatus({ kind: 'success', text: `Exported ${clipCount(done)} to ${fileName}.` });
    } catch (failure) {
      const message = toClipdownError(failure, 'download-failed').message;
      setStatus(controller.signal.aborted ? { kind: 'info', text: CANCELLED } : { kind: 'error', text: `${message} Nothing was downloaded.` });
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  return (
    <section className="library-panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{scopeText(clipIds, libraryCount)}</h2>
      <div className="panel-fields">
        <label>
          Layout of the ZIP{' '}
          <select name="layout" value={layout} disabled={progress !== null} onChange={(e) => setLayout(e.target.value as ZipLayout)}>
            {ZIP_LAYOUTS.map((value) => (
              <option key={value} value={value}>
                {LAYOUT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="images" checked={includeImages} disabled={progress !== null} onChange={(e) => setIncludeImages(e.target.checked)} /> Include
          images in the ZIP
        </label>
      </div>
      <div className="panel-actions">
        <button type="button" data-action="export-zip" disabled={progress !== null || count === 0} onClick={() => void start('zip')}>
          Export ZIP of Markdown
        </button>
        <button type="button" className="secondary" data-action="export-backup" disabled={progress !== null || count === 0} onClick={() => void start('backup')}>
          Export backup (JSON)
        </button>
      </div>
      <p className="hint">A backup holds every clip field, its images and your settings, so Import can put back exactly what you had.</p>
      {progress && (
        <div className="export-progress">
          <progress data-testid="export-progress" value={progress.done} max={Math.max(progress.total, 1)} />
          <span>
            {progress.done.toLocaleString()} of {clipCount(progress.total)}
          </span>
          <button type="button" className="link" data-action="cancel-export" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {status && <StatusMessage status={status} />}
    </section>
  );
}

function scopeText(clipIds: readonly string[] | null, count: number | null): string {
  if (clipIds) return `Export ${clipIds.length.toLocaleString()} selected ${clipIds.length === 1 ? 'clip' : 'clips'}`;
  if (count === null) return 'Export all clips';
  if (count === 0) return 'No clips to export yet';
  return count === 1 ? 'Export the 1 clip' : `Export all ${count.toLocaleString()} clips`;
}

function clipCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'clip' : 'clips'}`;
}
