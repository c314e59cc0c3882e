// A site rule tells Clipdown, for pages matching its URL patterns, where the article is,
// what to throw away, and which front-matter values to force. Validated with zod wherever
// rules enter (rules files, storage) so a bad rule is reported, not half-applied.
import { z } from 'zod';

export const frontMatterValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);

export const siteRuleSchema = z.object({
  /** Stable identity for editing; hand-written rules files may leave it out. */
  id: z.string().min(1).optional(),
  name: z.string().default(''),
  enabled: z.boolean().default(true),
  /** Match patterns (`*://*.example.com/news/*`) or plain hosts (`example.com`, subdomains included). */
  patterns: z.array(z.string().min(1)).min(1, 'a rule needs at least one URL pattern'),
  /** CSS selector of the article root; Readability then runs on that element only. */
  contentSelector: z.string().optional(),
  removeSelectors: z.array(z.string().min(1)).default([]),
  /** Front-matter keys forced to these values, after the preset has filled its own. */
  frontMatter: z.record(z.string(), frontMatterValueSchema).default({}),
});

export type SiteRule = z.infer<typeof siteRuleSchema>;
