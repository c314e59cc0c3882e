// A clip's downloaded images, as exports read them: each at the relative path its Markdown links
// (`assets/photo-1a2b.png`). The library's image table, when it comes, only has to provide `ClipImages`.

export interface ClipImage {
  /** Relative, `/`-separated, as the Markdown links it; content-addressed, so equal paths mean equal bytes. */
  path: string;
  bytes: Uint8Array;
}

export type ClipImages = (clipId: string) => Promise<ClipImage[]>;
