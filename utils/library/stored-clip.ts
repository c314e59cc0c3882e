// A clip as the library keeps it.
import type { FrontMatter } from '../pipeline/render/front-matter';

export interface StoredClip {
  id: string;
  url: string;
  canonicalUrl: string | null;
  site: string | null;
  title: string;
  frontMatter: FrontMatter;
  body: string;
  /** The whole file as the user last saw it: front-matter and body. */
  markdown: string;
  filename: string;
  tags: string[];
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}
