// The library's long jobs, as the page posts them to its worker (library-worker.ts) and hears back.
import type { ExportRequest } from '@/utils/library/export/export-chunks';
import type { FileOutcome } from '@/utils/library/import/import-file';

export interface ExportJob {
  kind: 'export';
  request: ExportRequest;
  /** How many clips are coming, for progress. */
  total: number;
}

export interface ImportJob {
  kind: 'import';
  file: File;
  /** Milliseconds: the import's clock, for clips' times. */
  now: number;
}

export type LibraryJob = ExportJob | ImportJob;

export interface ExportResult {
  blob: Blob;
  /** Clips written: fewer than the total when some were deleted meanwhile. */
  done: number;
}

export type JobResult<J extends LibraryJob> = J extends ExportJob ? ExportResult : FileOutcome;

export type FromLibraryWorker = { type: 'progress'; done: number } | { type: 'done'; result: ExportResult | FileOutcome } | { type: 'failed'; message: string };
