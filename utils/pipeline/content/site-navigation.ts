// The site's own navigation: menus, breadcrumbs, section and archive lists. Readability 0.6 keeps a list however
// many of its words are links (its link-density test skips lists), so a menu inside the story's container, or a
// blog's archive column, comes along with the article. Judged by markup and by where the links go, never by wording.
import { CONTROL_SEPARATORS } from './furniture-patterns';
import { holdsProse } from './prose';
import { cleanText } from '../metadata/clean-text';
import { registrableName } from '../metadata/registrable-name';
import { resolveHttpUrl } from '../resolve-url';

/** ARIA's names for navigation; a page marks its menus with them even where it marks nothing else. */
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar', 'menuitem']);

/**
 * A `<nav>` or an element whose role says navigation. One that holds the headline or a paragraph of prose is
 * not a menu, whatever it is called: some pages wrap their story in the wrong landmark.
 */
export function isNavigationLandmark(el: Element, holdsHeadline: boolean): boolean {
  const role = el.getAttribute('role')?.trim().toLowerCase() ?? '';
  if (el.tagName.toUpperCase() !== 'NAV' && !NAVIGATION_ROLES.has(role)) return false;
  return !holdsHeadline && !holdsProse(el);
}

/** Fewer items than this is a short list of links, which a story may well hold. */
const MIN_MENU_ITEMS = 4;
/** A menu entry is a section's or a month's name: "US & World", "April 2006", "财经 (31)", "2006年4月". */
const MAX_MENU_LABEL_CHARS = 24;
const MAX_MENU_LABEL_WORDS = 3;
/** Chinese puts a headline in as few characters as English puts three words; a section's name is shorter still. */
const MAX_HAN_MENU_LABEL_CHARS = 8;
const HAN = /\p{scx=Han}/u;

/**
 * A list of four or more entries, each one short link to another page of the same site and nothing else but a
 * count. A story's own list of links points elsewhere or says more per entry; a table of contents points into
 * the page itself.
 */
export function isLinkMenu(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = Array.from(el.children);
  if (items.length < MIN_MENU_ITEMS || items.some((item) => item.tagName.toUpperCase() !== 'LI')) return false;
  const base = el.ownerDocument.baseURI;
  const page = addressOf(base, base);
  const site = page && registrableName(page.hostname);
  return !!page && !!site && items.every((item) => isMenuEntry(item, page, site, base));
}

function isMenuEntry(item: Element, page: URL, site: string, base: string): boolean {
  const links = item.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const link = links[0]!;
  const label = cleanText(link.textContent);
  if (!isMenuLabel(label)) return false;
  // Besides its link, an entry may show only a count or separators: "(15)", "»".
  if (cleanText(item.textContent).replace(label, '').replace(CONTROL_SEPARATORS, '') !== '') return false;
  const target = addressOf(link.getAttribute('href'), base);
  if (!target || (target.hostname === page.hostname && target.pathname === page.pathname && target.search === page.search)) return false;
  return registrableName(target.hostname) === site;
}

function isMenuLabel(label: string): boolean {
  if (!label) return false;
  if (HAN.test(label)) return label.length <= MAX_HAN_MENU_LABEL_CHARS;
  return label.length <= MAX_MENU_LABEL_CHARS && label.split(' ').length <= MAX_MENU_LABEL_WORDS;
}

/** Through the pipeline's one resolver, so a menu's links are addresses exactly where metadata's are. */
function addressOf(value: string | null, base: string): URL | null {
  const href = resolveHttpUrl(value, base);
  return href ? new URL(href) : null;
}
