// Footnotes: references like <sup><a href="#fn1" id="fnref1">1</a></sup> become `[^1]`, and the notes
// they point to (an <li id="fn1"> in an <ol>, section.footnotes, Wikipedia's references) become
// `[^1]: text` definitions at the end, without their ↩ back-links. Numbered in reading order.
import { forEachElement } from './elements';
import { MARK } from './markers';

/** class, id or role of the block that holds the notes. */
const NOTES_BLOCK = /footnote|endnote|references|reflist|doc-endnotes|(?:^|[\s_-])notes?(?:$|[\s_-])/i;
/** class, id, role or rel of a note reference. */
const REFERENCE_HINT = /footnote|noteref|fnref|fn-ref|reference|(?:^|[\s_-])(?:ref|fn)(?:$|[\s_-])/i;
const BACKLINK_HINT = /backref|backlink|footnote-back|fnback|doc-backlink/i;
/** What back-links show: ↩ (with a text presentation selector), ↑, ^. */
const BACKLINK_TEXT = /^[\s↩↑⤴^\ufe0e\ufe0f]+$/u;
/** What a note reference shows: 1, [12], (a), iv, *, †, ①, 注3. A link reading "Smith 2006" cites a source instead. */
const MARKER_TEXT = /^[\s[(（【]*(?:注|note\s*)?(?:\d{1,4}|[a-z]{1,2}|[ivxlc]{1,6}|[*†‡§¶]{1,3}|[\u2460-\u24ff\u2776-\u2793])[\s\])）】.]*$/iu;
const NOTES_HEADING = /^\s*(?:foot\s*notes?|end\s*notes?|notes|references|脚注|注释|注解|参考(?:资料|文献)?)\s*$/i;

interface Reference {
  link: Element;
  note: Element;
}

/** Rewrites the footnotes in place; true when there were any. */
export function prepareFootnotes(root: Element): boolean {
  const references = findReferences(root);
  if (!references.length) return false;
  const doc = root.ownerDocument;
  const labels = new Map<Element, string>();
  const referenceIds = new Set(references.flatMap(({ link }) => idsOf(link)));
  for (const { note } of references) if (!labels.has(note)) labels.set(note, String(labels.size + 1));

  const holders = new Set<Element>();
  for (const note of labels.keys()) holders.add(notesHolder(note, root, references[0]!.link));
  for (const { link, note } of references) {
    const marker = doc.createElement('span');
    marker.setAttribute(MARK.footnoteRef, labels.get(note)!);
    marker.textContent = labels.get(note)!;
    referenceElement(link).replaceWith(marker);
  }
  const definitions = doc.createElement('div');
  definitions.setAttribute(MARK.footnotes, '');
  for (const [note, label] of labels) {
    removeBacklinks(note, referenceIds);
    const definition = doc.createElement('div');
    definition.setAttribute(MARK.footnote, label);
    definition.append(...Array.from(note.childNodes));
    definitions.append(definition);
    note.remove();
  }
  for (const holder of holders) removeIfEmpty(holder, root);
  root.append(definitions);
  return true;
}

function findReferences(root: Element): Reference[] {
  const ids = new Map<string, Element>();
  const fragmentLinks: Element[] = [];
  forEachElement(root, (el) => {
    if (el.id && !ids.has(el.id)) ids.set(el.id, el);
    if (el.nodeName === 'A' && el.getAttribute('href')?.startsWith('#')) fragmentLinks.push(el);
  });
  const references: Reference[] = [];
  /** Lists holding a note that must stay: the whole list stays, so its notes keep their order. */
  const stayingLists = new Set<Element | null>();
  for (const link of fragmentLinks) {
    const note = ids.get(decodeFragment(link.getAttribute('href')!.slice(1)));
    if (!note || note.contains(link) || !(link.compareDocumentPosition(note) & 4 /* FOLLOWING */)) continue;
    const backlinked = hasLinkTo(note, idsOf(link));
    const looksLikeNote = note.nodeName === 'LI' || !!notesBlock(note, root);
    if (!backlinked && !(looksLikeReference(link) && looksLikeNote)) continue;
    // Markdown inside raw HTML is not parsed: `[^1]` there would be text, and a note only it points to
    // would vanish from the rendering. Such a reference stays a link, and its note's whole list stays
    // where it is, so the notes keep their order.
    if (link.closest(`[${MARK.table}="html"]`)) stayingLists.add(note.parentElement);
    else references.push({ link, note });
  }
  return references.filter(({ note }) => !stayingLists.has(note.parentElement));
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The ids a back-link may point to: the link's own and its <sup>'s. */
function idsOf(link: Element): string[] {
  return [link, link.parentElement, link.closest('sup')].flatMap((el) => (el?.id ? [el.id] : []));
}

function looksLikeReference(link: Element): boolean {
  if (!MARKER_TEXT.test(link.textContent ?? '')) return false;
  const sup = link.closest('sup') ?? link.querySelector('sup');
  return !!sup || [link, link.parentElement].some((el) => REFERENCE_HINT.test(hints(el)));
}

function hints(el: Element | null): string {
  return el ? ['class', 'id', 'role', 'rel'].map((name) => el.getAttribute(name) ?? '').join(' ') : '';
}

function hasLinkTo(note: Element, ids: string[]): boolean {
  return Array.from(note.getElementsByTagName('a')).some((a) => ids.includes(decodeFragment((a.getAttribute('href') ?? '').replace(/^#/, ''))));
}

function notesBlock(note: Element, root: Element): Element | null {
  for (let el = note.parentElement; el && el !== root; el = el.parentElement) if (NOTES_BLOCK.test(hints(el))) return el;
  return null;
}

/** What to remove once the notes are taken out: the outermost notes block that holds no reference, else their list. */
function notesHolder(note: Element, root: Element, firstReference: Element): Element {
  let holder: Element = note.parentElement ?? note;
  for (let el = note.parentElement; el && el !== root && !el.contains(firstReference); el = el.parentElement) {
    if (NOTES_BLOCK.test(hints(el))) holder = el;
  }
  return holder;
}

/** The <sup> around a reference goes with it, unless it holds more than the reference. */
function referenceElement(link: Element): Element {
  const sup = link.parentElement;
  return sup?.nodeName === 'SUP' && sup.textContent?.trim() === link.textContent?.trim() ? sup : link;
}

function removeBacklinks(note: Element, referenceIds: Set<string>): void {
  for (const a of Array.from(note.getElementsByTagName('a'))) {
    const target = decodeFragment((a.getAttribute('href') ?? '').replace(/^#/, ''));
    const isFragment = (a.getAttribute('href') ?? '').startsWith('#');
    if (referenceIds.has(target) || BACKLINK_HINT.test(hints(a)) || (isFragment && BACKLINK_TEXT.test(a.textContent ?? ''))) a.remove();
  }
  for (const el of Array.from(note.querySelectorAll('[class*="backlink"]'))) el.remove();
}

/** Removes the emptied notes block, the wrappers it leaves empty, and the "Notes" heading and rule just before them. */
function removeIfEmpty(holder: Element, root: Element): void {
  if (holder === root || !root.contains(holder) || !isEmptyBesidesHeadings(holder)) return;
  let removed = holder;
  while (removed.parentElement && removed.parentElement !== root && isEmptyBesidesHeadings(removed.parentElement, removed)) {
    removed = removed.parentElement;
  }
  let before = removed.previousElementSibling;
  if (before && /^H[1-6]$/.test(before.nodeName) && NOTES_HEADING.test(before.textContent ?? '')) {
    const heading = before;
    before = before.previousElementSibling;
    heading.remove();
  }
  if (before?.nodeName === 'HR') before.remove();
  removed.remove();
}

function isEmptyBesidesHeadings(el: Element, except?: Element): boolean {
  const rest = el.cloneNode(true) as Element;
  const skip = except ? Array.from(el.children).indexOf(except) : -1;
  if (skip >= 0) rest.children[skip]!.remove();
  for (const heading of Array.from(rest.querySelectorAll('h1, h2, h3, h4, h5, h6'))) heading.remove();
  return !rest.textContent?.trim() && !rest.querySelector('img');
}

export function footnoteDefinition(label: string, content: string): string {
  const [first = '', ...rest] = content.trim().split('\n');
  // Later lines belong to the note when indented by four spaces.
  const body = [first, ...rest.map((line) => (line ? `    ${line}` : line))].join('\n');
  const definition = `[^${label}]: ${body}`.trimEnd();
  return rest.length ? `\n\n${definition}\n\n` : `\n${definition}\n`;
}
