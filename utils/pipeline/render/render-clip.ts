// Clipped page + preset → the file the user gets: typed front-matter, body, file name.
// Pure: the clock comes in as `clippedAt`. Site-rule overrides apply after the preset.
import type { ClippedPage } from '../clipped-page';
import { parseTemplate } from '../template/parse-template';
import { renderTemplate, renderTemplateText } from '../template/render-template';
import { templateVariables, type ClipClock, type TemplateVariables } from '../template/template-variables';
import { isEmptyValue, valueToText, type TemplateValue } from '../template/template-value';
import { ClipdownFailure } from '../../result';
import { isOverrideTemplate } from '../../site-rules/override-template';
import { coerceFieldValue } from './field-value';
import { composeMarkdown, type FrontMatter, type FrontMatterValue } from './front-matter';
import type { Preset } from './presets';
import { markdownFilename } from './safe-filename';

export interface Clip {
  frontMatter: FrontMatter;
  body: string;
  markdown: string;
  filename: string;
}

export interface RenderOptions extends ClipClock {
  preset: Preset;
}

/** What a clip is rendered from; the popup keeps it to rebuild the file as the user edits. */
export interface ClipContext {
  preset: Preset;
  variables: TemplateVariables;
}

export function createClipContext(page: ClippedPage, options: RenderOptions): ClipContext {
  return { preset: options.preset, variables: templateVariables(page, options) };
}

export function renderClip(page: ClippedPage, options: RenderOptions): Clip {
  return renderClipInContext(page, createClipContext(page, options));
}

export function renderClipInContext(page: ClippedPage, context: ClipContext): Clip {
  const { preset, variables } = context;
  const frontMatter = new Map<string, FrontMatterValue>();
  for (const { key, value, type } of preset.fields) frontMatter.set(key, coerceFieldValue(renderTemplate(value, variables), type));
  const types = new Map(preset.fields.map(({ key, type }) => [key, type]));
  for (const [key, override] of Object.entries(page.frontMatterOverrides)) {
    const value = renderOverride(override, key, page.rule?.name ?? null, variables);
    const type = types.get(key);
    frontMatter.set(key, type ? coerceFieldValue(value, type) : value);
  }
  return assemble(context, Object.fromEntries(frontMatter), renderTemplateText(preset.body, variables));
}

/**
 * Rebuilds the file after the user edited front-matter or body: values take their field's type
 * again, and the file name is the preset's template rendered with the edited title.
 */
export function rebuildClip(context: ClipContext, edit: { frontMatter: FrontMatter; body: string }): Clip {
  const types = new Map(context.preset.fields.map(({ key, type }) => [key, type]));
  const frontMatter = Object.fromEntries(
    Object.entries(edit.frontMatter).map(([key, value]) => {
      const type = types.get(key);
      return [key, type ? coerceFieldValue(value, type) : value];
    }),
  );
  return assemble(context, frontMatter, edit.body);
}

export interface BuildOptions {
  /** Defaults to the title as the name. */
  filename?: string;
  /** Keys whose ISO 8601 values are written as YAML dates. */
  dateKeys?: ReadonlySet<string>;
}

/** A file from front-matter and body as they are, without a preset. */
export function buildClip(frontMatter: FrontMatter, body: string, options: BuildOptions = {}): Clip {
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : '';
  return {
    frontMatter,
    body,
    markdown: composeMarkdown(frontMatter, body, { dateKeys: options.dateKeys }),
    filename: options.filename ?? markdownFilename(title),
  };
}

function assemble({ preset, variables }: ClipContext, frontMatter: FrontMatter, body: string): Clip {
  // The title as it will be saved: edited, or cleared (no title), or the page's when the preset has none.
  const title = 'title' in frontMatter ? (typeof frontMatter.title === 'string' ? frontMatter.title : '') : variables.title;
  const filename = markdownFilename(renderTemplateText(preset.fileName, { ...variables, title }));
  const dateKeys = new Set(preset.fields.filter((f) => f.type === 'date').map((f) => f.key));
  return buildClip(frontMatter, body, { filename, dateKeys });
}

/** Strings and list items holding "{{" are templates; a list item's template adds its value's items in its place. */
function renderOverride(override: FrontMatterValue, key: string, ruleName: string | null, variables: TemplateVariables): FrontMatterValue {
  if (typeof override === 'string') return isOverrideTemplate(override) ? renderOverrideTemplate(override, key, ruleName, variables) : override;
  if (!Array.isArray(override)) return override;
  return override.flatMap((item) => (isOverrideTemplate(item) ? listItems(renderOverrideTemplate(item, key, ruleName, variables)) : [item]));
}

/** A rendered item joins the list: a list's items each, text as one item, an empty value as none. */
function listItems(value: TemplateValue): string[] {
  if (Array.isArray(value)) return value;
  if (isEmptyValue(value)) return [];
  return [valueToText(value)];
}

function renderOverrideTemplate(source: string, key: string, ruleName: string | null, variables: TemplateVariables): TemplateValue {
  const parsed = parseTemplate(source);
  if (parsed.ok) return renderTemplate(parsed.template, variables);
  const where = `${ruleName ? `Site rule “${ruleName}”` : 'A site rule'}, front-matter “${key}”`;
  throw new ClipdownFailure('invalid-rules', `${where}: ${parsed.problems.map((p) => p.message).join('; ')}`);
}
