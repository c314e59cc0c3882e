// Checks a rule draft the way the clip will use it and files each problem under the form field that
// shows it: 'patterns', 'patterns.<i>', 'contentSelector', 'removeSelectors.<i>', 'fieldSelectors.<field>',
// 'frontMatter.<key>', 'fileName', 'preset', 'useReadability'. Runs on every keystroke: no page queries.
import type { Preset } from '../pipeline/render/presets';
import { checkTemplate } from '../pipeline/template/parse-template';
import { presetExists } from '../settings/settings';
import { selectorProblem } from './check-selector';
import { parsePattern } from './match-pattern';
import { isOverrideTemplate } from './override-template';
import type { FieldSelectors, SiteRule } from './site-rule';

export interface RuleProblem {
  path: string;
  message: string;
}

export interface RuleCheckContext {
  /** The user's own presets; built-in ids are always valid. */
  presets: readonly Preset[];
  /** Any document: selectors are parsed by its engine, nothing is queried. */
  doc: Document;
}

const FIELD_NAMES: readonly (keyof FieldSelectors)[] = ['title', 'author', 'published', 'image'];

/** A line break would end the key; ": " or a trailing ":" reads as key and value; " #" starts a comment. */
const KEY_PROBLEMS: readonly { test: (key: string) => boolean; message: string }[] = [
  { test: (key) => /[\r\n]/.test(key), message: 'A front-matter key cannot hold a line break' },
  { test: (key) => key.includes(': ') || key.endsWith(':'), message: 'A front-matter key cannot hold “: ” or end with “:”' },
  { test: (key) => key.includes(' #') || key.startsWith('#'), message: 'A front-matter key cannot start a comment with “#”' },
];

export function siteRuleProblems(rule: SiteRule, context: RuleCheckContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message: sentence(message) });
  const checkSelector = (path: string, selector: string) => {
    const problem = selectorProblem(selector, context.doc);
    if (problem) add(path, problem);
  };

  if (rule.patterns.length === 0) add('patterns', 'A rule needs at least one URL pattern');
  rule.patterns.forEach((pattern, i) => {
    try {
      parsePattern(pattern);
    } catch (error) {
      add(`patterns.${i}`, (error as Error).message);
    }
  });

  const content = rule.contentSelector?.trim() ? rule.contentSelector : null;
  if (content !== null) checkSelector('contentSelector', content);
  if (!rule.useReadability && content === null) {
    add('useReadability', 'Taking the page without Readability needs a content selector: say which element is the article');
  }
  rule.removeSelectors.forEach((selector, i) => checkSelector(`removeSelectors.${i}`, selector));
  for (const field of FIELD_NAMES) {
    const selector = rule.fieldSelectors[field];
    if (selector?.trim()) checkSelector(`fieldSelectors.${field}`, selector);
  }

  for (const [key, value] of Object.entries(rule.frontMatter)) {
    const path = `frontMatter.${key}`;
    const keyProblem = key.trim() ? KEY_PROBLEMS.find((p) => p.test(key))?.message : 'A front-matter key cannot be empty';
    if (keyProblem) add(path, keyProblem);
    if (typeof value === 'string') {
      if (isOverrideTemplate(value)) for (const message of templateMessages(value)) add(path, message);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (isOverrideTemplate(item)) for (const message of templateMessages(item)) add(path, `item ${i + 1}: ${message}`);
      });
    }
  }

  if (rule.fileName !== undefined) for (const message of templateMessages(rule.fileName)) add('fileName', message);
  if (rule.preset !== undefined && !presetExists(rule.preset, context.presets)) add('preset', `No preset has the id “${rule.preset}”`);
  return problems;
}

function templateMessages(source: string): string[] {
  return checkTemplate(source).map((problem) => problem.message);
}

/** Messages come from several checkers; next to a field they all read as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
