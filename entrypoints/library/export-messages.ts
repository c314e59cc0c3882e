// What the library page and its export worker say to each other.
import type { ExportRequest } from '@/utils/library/export/export-chunks';

export interface ToExportWorker {
  request: ExportRequest;
  /** How many clips are coming, for progress. */
  total: number;
}

export type FromExportWorker = { type: 'progress'; done: number } | { type: 'done'; blob: Blob; /** Clips written: fewer than the total when some were deleted meanwhile. */ done: number } | { type: 'failed'; message: string };
