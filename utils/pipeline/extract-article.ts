// Document + URL (+ the site rule for that URL) → Article. Works on a copy: the live page is never
// modified, unless the caller hands its document over. Falls back in steps when Readability finds
// nothing: the largest text block, then the whole body; `method` says which step won. A rule that turns
// Readability off takes its content element as it is: only its own removals change what the article holds.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractionMethod } from './article';
import { blockText } from './content/block-text';
import { cloneForExtraction } from './content/clone-for-extraction';
import { findLargestBlock } from './content/find-largest-block';
import { keepMath } from './content/keep-math';
import { removeCreditLines } from './content/remove-credit-lines';
import { removeFurniture } from './content/remove-furniture';
import { removeRepeatedCaptions } from './content/remove-repeated-captions';
import { resolveLazyImages } from './content/resolve-lazy-images';
import { isMostlyCjk } from './content/script-profile';
import { stripIndentation } from './content/strip-indentation';
import { trimLinkEdges } from './content/trim-link-edges';
import { readMetadata } from './metadata/extract-metadata';
import { queryRuleSelector } from '../site-rules/query-rule-selector';
import { readRuleFields } from '../site-rules/read-rule-fields';
import { ruleLabel, type SiteRule } from '../site-rules/site-rule';

/** Readability's default; articles in Latin script shorter than this are usually teasers. */
const CHAR_THRESHOLD_LATIN = 500;
/** 37% of real Chinese news articles are under 500 characters (corpus README); 200 keeps them. */
const CHAR_THRESHOLD_CJK = 200;
/** Below this much text an extraction is a caption or a stub, not the article. */
const MIN_ARTICLE_CHARS = 80;

export interface ExtractOptions {
  url: string;
  rule?: SiteRule | null;
  /**
   * The caller hands the document over (the CLI parsed it for this clip alone), so extraction works in it
   * instead of in a copy: under jsdom the copy costs a fifth of the clip. A tab's live page is never handed over.
   */
  consumeDocument?: boolean;
}

export interface Extraction {
  article: Article;
  warnings: string[];
}

export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  const warnings: string[] = [];
  // Everything the page says about itself is read first, while the page is whole.
  const finishMetadata = readMetadata(doc, options.url);
  const ruleFields = options.rule ? readRuleFields(doc, options.rule, options.url, warnings) : {};
  const found = findContent(doc, options, warnings);
  if (found.method === 'largest-block') warnings.push('Readability found no article here; Clipdown used the largest block of text instead. Check the clip.');
  if (found.method === 'body') warnings.push('No article found; the clip holds the whole page text.');

  const content = found.content;
  if (!found.asIs) {
    removeFurniture(content);
    removeRepeatedCaptions(content);
  }
  trimLinkEdges(content);
  stripIndentation(content);
  // Bylines and editor lines printed in the article are metadata: read them, then take them out of the text.
  const metadata = finishMetadata(blockText(content));
  if (!found.asIs) removeCreditLines(content);
  const text = blockText(content);
  return {
    article: { ...metadata, title: metadata.title || found.title || '', ...ruleFields, content, text, method: found.method },
    warnings,
  };
}

interface FoundContent {
  content: Element;
  method: ExtractionMethod;
  title: string | null;
  /** The rule's element taken as it is: no heuristic removes anything from it. */
  asIs: boolean;
}

interface PreparedPage {
  clone: Document;
  ruleRoot: Element | null;
  asIs: boolean;
}

/** A copy of the page (or the page, when handed over) with the rule applied, lazy images resolved and furniture gone. */
function prepare(doc: Document, options: ExtractOptions, warnings: string[]): PreparedPage {
  const clone = options.consumeDocument ? doc : cloneForExtraction(doc);
  const ruleRoot = options.rule ? applyRule(clone, options.rule, warnings) : null;
  const asIs = ruleRoot !== null && options.rule?.useReadability === false;
  resolveLazyImages(clone, options.url);
  if (clone.body) keepMath(clone.body);
  if (clone.body && !asIs) removeFurniture(clone.body, 'page');
  return { clone, ruleRoot, asIs };
}

function findContent(doc: Document, options: ExtractOptions, warnings: string[]): FoundContent {
  const prepared = prepare(doc, options, warnings);
  if (prepared.ruleRoot && prepared.asIs) return { content: prepared.ruleRoot, method: 'rule', title: null, asIs: true };
  const cjk = isMostlyCjk(prepared.clone.body?.textContent ?? '');
  const parsed = new Readability<Node>(prepared.clone, {
    charThreshold: cjk ? CHAR_THRESHOLD_CJK : CHAR_THRESHOLD_LATIN,
    serializer: (node) => node,
    // Class names tell the Markdown converter a code block's language (`language-py`) and where math keeps
    // its TeX (`katex`, `MathJax`); Readability would strip them all.
    keepClasses: true,
  }).parse();
  const readable = parsed?.content as Element | null | undefined;
  if (readable && (parsed?.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
    return { content: readable, method: prepared.ruleRoot ? 'rule' : 'readability', title: parsed?.title ?? null, asIs: false };
  }
  // Readability took the clone apart; the fallbacks start again from the page (rare, so cloning twice is fine).
  // A handed-over page is as Readability leaves it after failing: restored to where it started, less scripts and styles.
  const { clone, ruleRoot } = prepare(doc, options, []);
  if (ruleRoot) return { content: ruleRoot, method: 'rule', title: null, asIs: false };
  const block = findLargestBlock(clone, MIN_ARTICLE_CHARS);
  if (block) return { content: block, method: 'largest-block', title: null, asIs: false };
  return { content: clone.body ?? clone.documentElement, method: 'body', title: null, asIs: false };
}

/** Applies removals, then narrows the page body to the rule's article root. */
function applyRule(clone: Document, rule: SiteRule, warnings: string[]): Element | null {
  const label = ruleLabel(rule);
  for (const selector of rule.removeSelectors) {
    for (const el of queryRuleSelector(clone, selector, label, warnings) ?? []) el.remove();
  }
  if (!rule.contentSelector?.trim()) return null;
  const matches = queryRuleSelector(clone, rule.contentSelector, label, warnings);
  const root = matches?.[0];
  if (!root || !clone.body) {
    if (matches) warnings.push(`Rule "${label}": content selector "${rule.contentSelector}" matched nothing; used automatic extraction.`);
    return null;
  }
  clone.body.replaceChildren(root);
  return root;
}
