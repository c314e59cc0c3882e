// The page language as a BCP 47 tag: <html lang>, then Content-Language, then og:locale (zh_CN → zh-CN).
// Values that are not language tags ("utf-8", "chinese") are skipped rather than guessed at.
import { cleanText } from './clean-text';
import type { MetaTags } from './meta-tags';

/** Primary language, then script/region/variant subtags ("zh-Hans-CN"); rejects charsets like "utf-8". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,4}$/i;

export function findLang(doc: Document, meta: MetaTags): string | null {
  const root = doc.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    meta.first('content-language'),
    meta.first('og:locale'),
  ];
  for (const candidate of candidates) {
    const tag = normalizeLanguageTag(candidate);
    if (tag) return tag;
  }
  return null;
}

function normalizeLanguageTag(raw: string | null | undefined): string | null {
  // Content-Language may list several; the first is the primary one.
  const value = cleanText(raw).split(/[,;\s]/)[0]?.replace(/_/g, '-') ?? '';
  if (!LANGUAGE_TAG.test(value)) return null;
  return value
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}
