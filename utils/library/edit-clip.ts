// A saved clip after the user edited it in the library: the file is written again from the edited
// front-matter and body the way Clipdown writes every clip, so it stays valid for Hexo, Hugo and the rest.
import { isScalar, parseDocument, isMap } from 'yaml';
import { composeMarkdown, type FrontMatter } from '../pipeline/render/front-matter';
import { ISO_DATE } from '../pipeline/render/portable-yaml';
import { tagsOf } from './clip-tags';
import { frontMatterYaml } from './import/split-front-matter';
import type { StoredClip } from './stored-clip';

export interface ClipEdit {
  frontMatter: FrontMatter;
  body: string;
}

export function editedClip(clip: StoredClip, edit: ClipEdit, now: Date): StoredClip {
  const title = typeof edit.frontMatter.title === 'string' ? edit.frontMatter.title : '';
  return {
    ...clip,
    title,
    frontMatter: edit.frontMatter,
    body: edit.body,
    markdown: composeMarkdown(edit.frontMatter, edit.body, { dateKeys: dateKeysOf(clip.markdown) }),
    tags: tagsOf(edit.frontMatter),
    updatedAt: now.getTime(),
  };
}

/**
 * The keys the file wrote as YAML dates (plain, unquoted ISO 8601), so an edit keeps them dates: the
 * preset that decided it is not known any more, but the file it wrote is.
 */
export function dateKeysOf(markdown: string): Set<string> {
  const keys = new Set<string>();
  const yaml = frontMatterYaml(markdown);
  const root = yaml === null ? null : parseDocument(yaml).contents;
  if (!isMap(root)) return keys;
  for (const pair of root.items) {
    const { key, value } = pair;
    if (isScalar(key) && typeof key.value === 'string' && isScalar(value) && value.type === 'PLAIN' && typeof value.value === 'string' && ISO_DATE.test(value.value)) {
      keys.add(key.value);
    }
  }
  return keys;
}
