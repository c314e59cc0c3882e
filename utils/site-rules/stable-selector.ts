// Selectors the picker writes into site rules. A rule outlives the page it was picked on, so a selector
// must name the element by what the site's authors called it (ids, meaningful classes, a few semantic
// attributes), not by where it happens to sit today; positions (:nth-of-type) are the last resort.
// Pure DOM: every selector is checked with querySelectorAll against the element's own document.

/** Digit runs this long are record numbers (`post-48213`), different on the next article. */
const MAX_STABLE_DIGIT_RUN = 2;
/** A part between punctuation this long mixing letters and digits reads as a hash (`a8f3k2`). */
const MIN_HASH_PART_LENGTH = 5;
/** A named ancestor further up than this makes a chain longer than the position it saves. */
const MAX_STEPS_BELOW_ANCHOR = 3;
/** Class combinations tried on one element: beyond two, selectors get long and brittle. */
const MAX_CLASSES_COMBINED = 2;

/** Names CSS-in-JS tools and frameworks generate, which change with every build or render. */
const GENERATED_NAME = [
  /^css-/, // emotion
  /^sc-/, // styled-components
  /^jsx-\d/, // styled-jsx
  /^svelte-/,
  /^astro-/,
  /^ng-/, // Angular's state and scoping classes
  /^(ember|yui|ext-gen|react-|radix-|headlessui-|mui-)/i,
  /^_/, // CSS modules in many setups
  /__[a-z0-9]{5,}$/i, // CSS modules `Header_title__a1B2c`
  /^:.*:$|^«.*»$/, // React useId
  /^[0-9a-f]{8}-[0-9a-f]{4}-/i, // UUIDs
];

/** Classes that say what state the element is in right now, not what it is. */
const STATE_CLASS = /^(?:(?:is|has)-.+|active|current|selected|hover|hovered|focus|focused|open|opened|closed|expanded|collapsed|visible|hidden|show|shown|in|fade|disabled|enabled|loading|loaded|lazyloaded|sticky|fixed|animated|checked)$/i;

/** Attributes whose values are chosen by authors to describe the element. */
const DESCRIPTIVE_ATTRIBUTES = ['itemprop', 'data-testid', 'role'] as const;

export function isGeneratedName(name: string): boolean {
  if (GENERATED_NAME.some((pattern) => pattern.test(name))) return true;
  if (new RegExp(`\\d{${MAX_STABLE_DIGIT_RUN + 1},}`).test(name)) return true;
  return name.split(/[^a-z0-9]+/i).some((part) => part.length >= MIN_HASH_PART_LENGTH && /\d/.test(part) && /[a-z]/i.test(part));
}

function meaningfulClasses(element: Element): string[] {
  return [...element.classList].filter((name) => !STATE_CLASS.test(name) && !isGeneratedName(name) && !/[:[\]/]/.test(name));
}

/** A short selector matching exactly `element` in its document (or shadow root). */
export function stableSelector(element: Element): string {
  const root = searchRoot(element);
  const unique = (selector: string) => matchesOnly(root, selector, element);
  const alone = ownSelectors(element, { withTag: true, pairs: true }).find(unique);
  if (alone) return alone;
  // Anchors and the parts below them use single names only: pairs on both sides multiply the
  // querySelectorAll calls per hover past what a large page answers quickly.
  const below = ownSelectors(element, { withTag: true, pairs: false });
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    for (const anchor of ownSelectors(ancestor, { withTag: false, pairs: false })) {
      const anchored = below.map((selector) => `${anchor} ${selector}`).find(unique);
      if (anchored) return anchored;
    }
  }
  return positionalSelector(element, unique);
}

/**
 * "Every element like this one" for removals (both share bars, every ad slot): its meaningful classes,
 * as few as match the same elements; null when it has none, and then only stableSelector can name it.
 */
export function similarSelector(element: Element): string | null {
  const classes = meaningfulClasses(element).map((name) => `.${cssEscape(name)}`);
  if (!classes.length) return null;
  const root = searchRoot(element);
  const all = classes.join('');
  const matched = root.querySelectorAll(all).length;
  return classes.find((single) => root.querySelectorAll(single).length === matched) ?? all;
}

/** Selectors naming the element by itself, most stable first. */
function ownSelectors(element: Element, { withTag, pairs }: { withTag: boolean; pairs: boolean }): string[] {
  const tag = element.localName;
  const selectors: string[] = [];
  const { id } = element;
  if (id && !isGeneratedName(id)) selectors.push(`#${cssEscape(id)}`);
  const classes = meaningfulClasses(element).map((name) => `.${cssEscape(name)}`);
  for (const combination of combinations(classes, pairs ? MAX_CLASSES_COMBINED : 1)) {
    selectors.push(combination.join(''));
    if (withTag) selectors.push(`${tag}${combination.join('')}`);
  }
  for (const name of DESCRIPTIVE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !isGeneratedName(value)) selectors.push(`${tag}[${name}="${value.replace(/["\\]/g, '\\$&')}"]`);
  }
  if (withTag) selectors.push(tag);
  return selectors;
}

/** Singles first, then pairs, in class order. */
function combinations(items: readonly string[], most: number): string[][] {
  const singles = items.map((item) => [item]);
  if (most < 2) return singles;
  const pairs = items.flatMap((first, i) => items.slice(i + 1).map((second) => [first, second]));
  return [...singles, ...pairs];
}

/**
 * `tag.class:nth-of-type(n) > …` under the nearest named ancestor within reach; without one, the shortest
 * chain that is unique (on a real page that is rarely just one step).
 */
function positionalSelector(element: Element, unique: (selector: string) => boolean): string {
  const steps = [positionedStep(element)];
  let shortest = unique(steps[0]!) ? steps[0]! : null;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const chain = steps.join(' > ');
    if (steps.length <= MAX_STEPS_BELOW_ANCHOR) {
      const named = ownSelectors(node, { withTag: false, pairs: false }).find((selector) => unique(`${selector} > ${chain}`));
      if (named) return `${named} > ${chain}`;
    }
    if (shortest) return shortest;
    steps.unshift(positionedStep(node));
    if (unique(steps.join(' > '))) shortest = steps.join(' > ');
  }
  return shortest ?? steps.join(' > ');
}

/** The node among its siblings: tag and classes, with its position only when a sibling looks the same. */
function positionedStep(node: Element): string {
  const base = `${node.localName}${meaningfulClasses(node).map((name) => `.${cssEscape(name)}`).join('')}`;
  const parent = node.parentElement;
  if (!parent) return base;
  const sameTag = [...parent.children].filter((sibling) => sibling.localName === node.localName);
  const lookAlikes = sameTag.filter((sibling) => sibling.matches(base));
  return lookAlikes.length > 1 ? `${base}:nth-of-type(${sameTag.indexOf(node) + 1})` : base;
}

function searchRoot(element: Element): ParentNode {
  const root = element.getRootNode();
  return 'querySelectorAll' in root ? (root as ParentNode) : element.ownerDocument;
}

function matchesOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false; // a name we failed to escape: try the next selector rather than write a broken one
  }
}

/** CSS.escape (CSSOM §2.1.1), which jsdom lacks. */
export function cssEscape(value: string): string {
  let result = '';
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) result += '\uFFFD';
    else if ((code >= 0x01 && code <= 0x1f) || code === 0x7f || (/\d/.test(char) && (i === 0 || (i === 1 && value[0] === '-')))) {
      result += `\\${code.toString(16)} `;
    } else if (i === 0 && char === '-' && value.length === 1) result += `\\${char}`;
    else if (code >= 0x80 || /[-\w]/.test(char)) result += char;
    else result += `\\${char}`;
  }
  return result;
}
