// A site rule tells Clipdown, for pages matching its URL patterns, where the article is, what to throw
// away, where the title/author/date/image are, which front-matter values to force, and how to write the
// clip (preset, file name, Markdown options). Validated with zod wherever rules enter (rules files,
// storage) so a bad rule is reported, not half-applied.
import { z } from 'zod';
import { markdownOverridesSchema } from '../pipeline/markdown/markdown-options';

export const frontMatterValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);

/** Optional selectors for metadata the page prints where no heuristic looks. */
export const fieldSelectorsSchema = z.object({
  title: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  image: z.string().optional(),
});

export const siteRuleSchema = z.object({
  /** Stable identity for editing and for the popup's "edit this rule" link; hand-written rules files may leave it out. */
  id: z.string().min(1).default(() => newRuleId()),
  name: z.string().default(''),
  enabled: z.boolean().default(true),
  /** Match patterns (`*://*.example.com/news/*`) or plain hosts (`example.com`, subdomains included). */
  patterns: z.array(z.string().min(1)).min(1, 'a rule needs at least one URL pattern'),
  /** CSS selector of the article root. */
  contentSelector: z.string().optional(),
  /** With a content selector: false takes that element as the article as it is, without Readability. */
  useReadability: z.boolean().default(true),
  removeSelectors: z.array(z.string().min(1)).default([]),
  fieldSelectors: fieldSelectorsSchema.default({}),
  /** Front-matter keys forced to these values (strings may be templates), after the preset has filled its own. */
  frontMatter: z.record(z.string(), frontMatterValueSchema).default({}),
  /** Id of the preset clips of this site use instead of the default one. */
  preset: z.string().min(1).optional(),
  /** File-name template replacing the preset's. */
  fileName: z.string().min(1).optional(),
  /** Markdown options (image handling included) that differ from the user's defaults on this site. */
  markdown: markdownOverridesSchema.default({}),
});

export type SiteRule = z.infer<typeof siteRuleSchema>;
export type FieldSelectors = z.infer<typeof fieldSelectorsSchema>;

export function newRuleId(): string {
  return `rule-${crypto.randomUUID()}`;
}

/** What a clip records of the rule that shaped it: enough for the popup to name it and link to its editor. */
export interface AppliedRule {
  id: string;
  name: string;
}

export function ruleLabel(rule: Pick<SiteRule, 'name' | 'patterns'>): string {
  return rule.name || rule.patterns[0] || 'site rule';
}
