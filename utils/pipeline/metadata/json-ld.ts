// Reads the article facts a page declares in JSON-LD (headline, dates, authors, publisher, image, …).
// Page content is untrusted: malformed blocks are repaired once or skipped, and walking is bounded.
import { cleanText } from './clean-text';

/** Larger blocks are data dumps (whole product catalogues, app state), not article metadata. */
const MAX_JSON_LD_CHARS = 500_000;
/** Scripts, nodes and nesting visited; a real article graph has a few dozen nodes. */
const MAX_JSON_LD_SCRIPTS = 30;
const MAX_JSON_LD_NODES = 500;
const MAX_JSON_LD_DEPTH = 6;

/** Schema.org types whose headline/dates describe the article itself. */
const ARTICLE_TYPE = /(?:Article|Posting|^Report|^Review|^Recipe|^HowTo)$/;
const SITE_TYPE = /^WebSite$/;

export interface JsonLdFacts {
  headline: string | null;
  /** The article node's `name`: usually the headline again, sometimes the real one where `headline` is a teaser. */
  name: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  /** Author names (people or organisations), in declared order. */
  authors: string[];
  publisherName: string | null;
  /** Name of a WebSite node, a weaker site-name signal than the publisher. */
  websiteName: string | null;
  description: string | null;
  /** Raw image URLs, best first; not yet resolved. */
  images: string[];
  keywords: string[];
}

type JsonObject = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes: JsonObject[] = [];
  const scripts = doc.getElementsByTagName('script');
  let seen = 0;
  for (let i = 0; i < scripts.length && seen < MAX_JSON_LD_SCRIPTS; i++) {
    const script = scripts[i];
    if (!script || !/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    seen++;
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }
  return factsFrom(nodes);
}

function parseLenient(text: string): unknown {
  if (!text.trim() || text.length > MAX_JSON_LD_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // The usual breakage: HTML comment / CDATA wrappers and raw newlines or tabs inside strings.
    const repaired = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collectNodes(value: unknown, out: JsonObject[], depth: number): void {
  if (out.length >= MAX_JSON_LD_NODES || depth > MAX_JSON_LD_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if ('@graph' in value) collectNodes(value['@graph'], out, depth + 1);
  // A WebPage often wraps the article it is about.
  if ('mainEntity' in value) collectNodes(value['mainEntity'], out, depth + 1);
}

function factsFrom(nodes: JsonObject[]): JsonLdFacts {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const deref = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };

  const articles = nodes.filter((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  const withHeadline = nodes.filter((node) => node['headline'] !== undefined);
  const candidates = articles.length > 0 ? articles : withHeadline;
  const pick = <T>(read: (node: JsonObject) => T | null): T | null => {
    for (const node of candidates) {
      const value = read(node);
      if (value !== null) return value;
    }
    return null;
  };

  const website = nodes.find((node) => types(node).some((type) => SITE_TYPE.test(type)));
  return {
    headline: pick((node) => text(node['headline'])),
    name: pick((node) => text(node['name'])),
    datePublished: pick((node) => text(node['datePublished'])),
    dateCreated: pick((node) => text(node['dateCreated'])),
    authors: pick((node) => nonEmpty(names(node['author'], deref))) ?? [],
    publisherName: pick((node) => names(node['publisher'], deref)[0] ?? null),
    websiteName: website ? text(website['name']) : null,
    description: pick((node) => text(node['description'])),
    images: pick((node) => nonEmpty(imageUrls(node['image'], deref))) ?? [],
    keywords: pick((node) => nonEmpty(keywordList(node['keywords']))) ?? [],
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^.*[/:]/, ''));
}

/** A plain string from a JSON-LD value that may be a string, number, language map or array. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found) return found;
    }
    return null;
  }
  if (isObject(value) && '@value' in value) return text(value['@value']);
  return null;
}

function names(value: unknown, deref: (value: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const resolved = deref(item);
    if (typeof resolved === 'string') {
      const name = cleanText(resolved);
      if (name) out.push(name);
    } else if (isObject(resolved)) {
      const name = text(resolved['name']) ?? joinGivenFamily(resolved);
      if (name) out.push(name);
    }
  }
  return out;
}

function joinGivenFamily(person: JsonObject): string | null {
  const joined = [text(person['givenName']), text(person['familyName'])].filter(Boolean).join(' ');
  return joined || null;
}

function imageUrls(value: unknown, deref: (value: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const resolved = deref(item);
    if (typeof resolved === 'string') {
      if (resolved.trim()) out.push(resolved.trim());
    } else if (isObject(resolved)) {
      const url = text(resolved['url']) ?? text(resolved['contentUrl']) ?? text(resolved['@id']);
      if (url) out.push(url);
    }
  }
  return out;
}

function keywordList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function nonEmpty<T>(list: T[]): T[] | null {
  return list.length > 0 ? list : null;
}
