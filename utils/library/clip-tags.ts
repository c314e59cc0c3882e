// The tags the library files a clip under: its front-matter's `tags`, or, in Hexo's shape, `categories`.
import type { FrontMatter } from '../pipeline/render/front-matter';

export function tagsOf(frontMatter: FrontMatter): string[] {
  const tags = frontMatter.tags ?? frontMatter.categories;
  return Array.isArray(tags) ? tags : [];
}
