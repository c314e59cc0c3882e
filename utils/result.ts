// The one shape for results that cross a boundary (injected script → popup, storage → UI):
// callers branch on `ok` and show `error.message` to the user as is.

export type ErrorCode =
  | 'unsupported-page'
  | 'injection-refused'
  | 'no-article'
  | 'extraction-failed'
  | 'storage-full'
  | 'storage-failed'
  | 'download-failed'
  | 'invalid-rules'
  | 'invalid-import';

export interface ClipdownError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ClipdownError };

/** An Error that carries a code, so a thrown failure keeps its user-facing message. */
export class ClipdownFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClipdownFailure';
  }
}

export function toClipdownError(error: unknown, fallback: ErrorCode): ClipdownError {
  if (error instanceof ClipdownFailure) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallback, message };
}
