// npm run clip -- <file.html|url> [--url <base>] [--preset default|hexo|hugo|jekyll|obsidian] [--rules <file>] [--out <dir>] [--json]
// Prints the Markdown clip of a page, made by the same pipeline the extension runs in the tab.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clipDocument } from '../utils/pipeline/clip-document';
import { builtInPreset, isPresetName, PRESET_NAMES, type PresetName } from '../utils/pipeline/render/presets';
import { renderClip } from '../utils/pipeline/render/render-clip';
import { toClipdownError } from '../utils/result';
import { parseSettingsFile } from '../utils/settings/parse-settings-file';
import { findSiteRule } from '../utils/site-rules/find-site-rule';
import type { SiteRule } from '../utils/site-rules/site-rule';
import { loadPage } from './lib/load-page';

const USAGE = `Usage: npm run clip -- <file.html|url> [options]

  --url <url>       the page's address, for a saved file (default: its canonical URL, else the file path)
  --preset <name>   front-matter preset: ${PRESET_NAMES.join(', ')} (default: the rules file's, else default)
  --rules <file>    settings/rules JSON, as the options page exports it
  --out <dir>       write <dir>/<file name>.md instead of printing
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
  if (values.preset !== undefined && !isPresetName(values.preset)) return usageError(`unknown preset "${values.preset}": choose one of ${PRESET_NAMES.join(', ')}`);

  let rules: SiteRule[] = [];
  let preset: PresetName = 'default';
  if (values.rules) {
    const parsed = parseSettingsFile(await readFile(values.rules, 'utf8'));
    if (!parsed.ok) return fail(`${values.rules}: ${parsed.error.message}`);
    rules = parsed.value.rules;
    preset = parsed.value.preset;
  }
  if (values.preset && isPresetName(values.preset)) preset = values.preset;

  const { dom, url } = await loadPage(positionals[0]!, values.url);
  const rule = findSiteRule(rules, url);
  const page = clipDocument(dom.window.document, { url, rule, consumeDocument: true });
  dom.window.close();
  const clip = renderClip(page, { preset: builtInPreset(preset), clippedAt: new Date() });
  for (const warning of page.warnings) console.error(`warning: ${warning}`);

  if (values.json) {
    const { frontMatter, markdown, filename } = clip;
    console.log(JSON.stringify({ filename, frontMatter, markdown, metadata: page.metadata, method: page.method, rule: page.ruleName, warnings: page.warnings }, null, 2));
  } else if (values.out) {
    await mkdir(values.out, { recursive: true });
    const file = path.join(values.out, clip.filename);
    await writeFile(file, clip.markdown, 'utf8');
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
