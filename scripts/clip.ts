// npm run clip -- <file.html|url> [--url <base>] [--preset <id>] [--images <mode>] [--rules <file>] [--out <dir>] [--json]
// Prints the Markdown clip of a page, made by the same pipeline the extension runs in the tab.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clipDocument } from '../utils/pipeline/clip-document';
import { fetchImage } from '../utils/pipeline/images/fetch-image';
import { localizeImages } from '../utils/pipeline/images/localize-images';
import { markdownOptionsSchema } from '../utils/pipeline/markdown/markdown-options';
import { PRESET_NAMES } from '../utils/pipeline/render/presets';
import { renderClip } from '../utils/pipeline/render/render-clip';
import { toClipdownError } from '../utils/result';
import { parseSettingsFile } from '../utils/settings/parse-settings-file';
import { DEFAULT_SETTINGS, presetExists, type Settings } from '../utils/settings/settings';
import { findSiteRule } from '../utils/site-rules/find-site-rule';
import { siteRuleProblems } from '../utils/site-rules/rule-problems';
import { markdownOptionsFor, presetFor } from '../utils/site-rules/rule-settings';
import { ruleLabel } from '../utils/site-rules/site-rule';
import { loadPage } from './lib/load-page';

const IMAGE_MODES = markdownOptionsSchema.shape.images.unwrap().options;

const USAGE = `Usage: npm run clip -- <file.html|url> [options]

  --url <url>       the page's address, for a saved file (default: its canonical URL, else the file path)
  --preset <id>     front-matter preset: ${PRESET_NAMES.join(', ')}, or one of the settings file's own
                    (default: the matching site rule's, else the settings file's choice, else default)
  --images <mode>   remote (keep the page's image URLs), local (download into <out>/assets/; needs --out),
                    data-uri (embed them), drop (no images); default: the matching site rule's, else the settings file's, else remote
  --rules <file>    settings JSON as the options page exports it: rules, presets, Markdown options
                    (the rule matching the page is checked first: a problem in it stops the clip)
  --out <dir>       write <dir>/<file name>.md (and its assets/) instead of printing
  --json            print the clip as JSON (front-matter, markdown, filename, metadata)`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        preset: { type: 'string' },
        images: { type: 'string' },
        rules: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError('give exactly one file or URL');

  let settings: Settings = DEFAULT_SETTINGS;
  if (values.rules) {
    const parsed = parseSettingsFile(await readFile(values.rules, 'utf8'));
    if (!parsed.ok) return fail(`${values.rules}: ${parsed.error.message}`);
    settings = parsed.value;
  }
  if (values.preset !== undefined && !presetExists(values.preset, settings.presets)) {
    const ids = [...PRESET_NAMES, ...settings.presets.map((preset) => preset.id)];
    return usageError(`unknown preset "${values.preset}": choose one of ${ids.join(', ')}`);
  }
  if (values.images !== undefined && !(IMAGE_MODES as readonly string[]).includes(values.images)) {
    return usageError(`unknown image mode "${values.images}": choose one of ${IMAGE_MODES.join(', ')}`);
  }

  const { dom, url } = await loadPage(positionals[0]!, values.url);
  const rule = findSiteRule(settings.rules, url);
  // The options page will not save a rule with problems; a hand-written file gets the same checks, so a
  // rule is applied whole or not at all.
  const problems = rule ? siteRuleProblems(rule, { presets: settings.presets, doc: dom.window.document }) : [];
  if (rule && problems.length) {
    dom.window.close();
    return fail(`${values.rules}: rule "${ruleLabel(rule)}": ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  const ruleMarkdown = markdownOptionsFor(settings, rule);
  const markdown = { ...ruleMarkdown, images: (values.images as (typeof IMAGE_MODES)[number] | undefined) ?? ruleMarkdown.images };
  if (markdown.images === 'local' && !values.out) {
    dom.window.close();
    return usageError('--images local writes the images into <dir>/assets/: give --out <dir>');
  }
  const page = clipDocument(dom.window.document, { url, rule, consumeDocument: true, markdown });
  dom.window.close();
  let assets: { path: string; bytes: Uint8Array }[] = [];
  if (markdown.images === 'local' || markdown.images === 'data-uri') {
    const localized = await localizeImages(page.body, markdown.images, fetchImage);
    page.body = localized.markdown;
    assets = localized.assets;
    for (const { url: failedUrl, reason } of localized.failed) page.warnings.push(`image kept as a link, ${failedUrl}: ${reason}`);
  }
  const clip = renderClip(page, { preset: presetFor(settings, rule, values.preset), clippedAt: new Date() });
  for (const warning of page.warnings) console.error(`warning: ${warning}`);

  if (values.json) {
    const { frontMatter, markdown: text, filename } = clip;
    console.log(JSON.stringify({ filename, frontMatter, markdown: text, metadata: page.metadata, method: page.method, rule: page.rule, warnings: page.warnings }, null, 2));
  } else if (values.out) {
    await mkdir(values.out, { recursive: true });
    const file = path.join(values.out, clip.filename);
    await writeFile(file, clip.markdown, 'utf8');
    for (const asset of assets) {
      await mkdir(path.dirname(path.join(values.out, asset.path)), { recursive: true });
      await writeFile(path.join(values.out, asset.path), asset.bytes);
    }
    console.log(file);
  } else {
    process.stdout.write(clip.markdown);
  }
  return 0;
}

function usageError(message: string): number {
  console.error(`clip: ${message}\n\n${USAGE}`);
  return 2;
}

function fail(message: string): number {
  console.error(`clip: ${message}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(fail(toClipdownError(error, 'extraction-failed').message)),
);
