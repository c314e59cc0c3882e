// Runs the real CLI as a user would (npm run clip -- …) on fixture pages.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtInPreset, PRESET_NAMES } from '../../../utils/pipeline/render/presets';
import { expectFieldTypes } from '../pipeline/render/expect-field-types';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/pages/seed-004-news/source.html');
const clip = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/clip.ts', ...args], { cwd: ROOT });

function frontMatter(markdown: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parse(match![1]!, { version }) as Record<string, unknown>;
}

describe('npm run clip', () => {
  it('prints Markdown with valid front-matter: title without site suffix, the article’s date', async () => {
    const { stdout } = await clip(FIXTURE);
    const fm = frontMatter(stdout);
    expect(fm.title).toBe('漳州开发区:一鼓作气');
    expect(String(fm.published).slice(0, 10)).toBe('2024-09-27');
    // A saved page names its own address; links and `source` use it.
    expect(fm.source).toBe('https://news.example.cn/zhangzhou/4907.html');
    expect(stdout).toContain('面对“疫情围城”');
    expect(stdout).not.toContain('版权声明');
  }, 30_000);

  it('applies a rules file and a preset, and writes the file with --out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clipdown-cli-'));
    const rules = path.join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ format: 'clipdown-settings', version: 1, rules: [{ name: '产业信息', patterns: ['news.example.cn'], frontMatter: { categories: ['新媒体', '趣头条'] } }] }));
    const { stdout } = await clip(FIXTURE, '--rules', rules, '--preset', 'hexo', '--out', dir);
    const written = stdout.trim();
    // Hexo names posts `:title.md`: the slug of the title.
    expect(path.basename(written)).toBe('漳州开发区-一鼓作气.md');
    const fm = frontMatter(readFileSync(written, 'utf8'));
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(fm.categories).toEqual(['新媒体', '趣头条']);
  }, 30_000);

  it('prints the clip as JSON with --json', async () => {
    const { stdout } = await clip(FIXTURE, '--url', 'https://other.example/x.html', '--json');
    const result = JSON.parse(stdout) as { filename: string; frontMatter: Record<string, unknown>; markdown: string };
    expect(result.filename).toBe('2024-09-27-漳州开发区-一鼓作气.md');
    expect(result.frontMatter.source).toBe('https://other.example/x.html');
    expect(result.markdown.startsWith('---\n')).toBe(true);
  }, 30_000);

  it('prints, with each preset, front-matter that YAML parsers read back with the preset’s types', async () => {
    const outputs = await Promise.all(PRESET_NAMES.map((name) => clip(FIXTURE, '--preset', name)));
    outputs.forEach(({ stdout }, i) => {
      const preset = builtInPreset(PRESET_NAMES[i]!);
      expectFieldTypes(preset, frontMatter(stdout), frontMatter(stdout, '1.1'));
      expect(frontMatter(stdout).title).toBe('漳州开发区:一鼓作气');
    });
  }, 60_000);

  it('explains bad input instead of crashing', async () => {
    await expect(clip('/nonexistent/page.html')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/clip: .*no such file/i) });
    await expect(clip(FIXTURE, '--preset', 'nope')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown preset "nope": choose one of default, hexo, hugo, jekyll, obsidian/) });
    const dir = mkdtempSync(path.join(tmpdir(), 'clipdown-cli-'));
    writeFileSync(path.join(dir, 'bad.json'), '{"rules": [{"patterns": []}]}');
    await expect(clip(FIXTURE, '--rules', path.join(dir, 'bad.json'))).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Invalid settings file/) });
  }, 30_000);

  it('downloads the article’s images into assets/ with --images local, and embeds them with data-uri', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const server = createServer((req, res) => {
      if (req.url === '/photo') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'clipdown-images-'));
      const page = path.join(dir, 'page.html');
      const paragraph = '<p>The harbour reopened on Monday after a week of repairs, and the first ships came in at dawn.</p>';
      writeFileSync(page, `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${paragraph.repeat(6)}<p><img src="/photo" alt="The harbour" width="800" height="600"></p><p><img src="/missing.jpg" alt="Gone" width="800" height="600"></p>${paragraph}</article></body></html>`);

      const out = path.join(dir, 'out');
      const { stdout, stderr } = await clip(page, '--url', `${base}/news/1.html`, '--images', 'local', '--out', out);
      const markdown = readFileSync(stdout.trim(), 'utf8');
      const [, asset] = /!\[The harbour\]\((assets\/photo-[0-9a-f]{8}\.png)\)/.exec(markdown) ?? [];
      expect(asset).toBeDefined();
      expect(readFileSync(path.join(out, asset!))).toEqual(png);
      expect(markdown).toContain(`![Gone](${base}/missing.jpg)`);
      expect(stderr).toMatch(/image kept as a link, .*missing\.jpg: 404/);

      const embedded = await clip(page, '--url', `${base}/news/1.html`, '--images', 'data-uri');
      expect(embedded.stdout).toContain(`![The harbour](data:image/png;base64,${png.toString('base64')})`);
      const dropped = await clip(page, '--url', `${base}/news/1.html`, '--images', 'drop');
      expect(dropped.stdout).not.toContain('![');
      expect(existsSync(path.join(dir, 'assets'))).toBe(false);
    } finally {
      server.close();
    }
  }, 60_000);

  it('asks for --out before writing images locally', async () => {
    await expect(clip(FIXTURE, '--images', 'local')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--images local .*--out/) });
  }, 30_000);
});

describe('npm run clip with a settings file’s site rule', () => {
  const PAGE = path.join(ROOT, 'tests/fixtures/rules/page.html');
  const SETTINGS = path.join(ROOT, 'tests/fixtures/rules/settings.json');
  interface JsonClip {
    filename: string;
    frontMatter: Record<string, unknown>;
    markdown: string;
    method: string;
    rule: { id: string; name: string } | null;
  }
  const clipJson = async (...args: string[]) => JSON.parse((await clip(PAGE, '--json', ...args)).stdout) as JsonClip;
  /** The fixture's settings with its one rule changed, written where the CLI can read it. */
  function settingsWith(change: Record<string, unknown>): string {
    const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as { rules: Record<string, unknown>[] };
    settings.rules[0] = { ...settings.rules[0], ...change };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clipdown-rules-')), 'settings.json');
    writeFileSync(file, JSON.stringify(settings));
    return file;
  }

  it('applies the rule’s content selector, removals, front-matter, preset and file name', async () => {
    const result = await clipJson('--rules', SETTINGS);
    expect(result.rule).toEqual({ id: 'rule-qtt-news', name: '示例科技网 趣头条' });
    expect(result.method).toBe('rule');
    expect(result.filename).toBe('qtt-20240315-趣头条发布内容生态报告.md');
    const fm = frontMatter(result.markdown);
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(fm).toMatchObject({ title: '趣头条发布内容生态报告', categories: ['新媒体', '趣头条'], comments: false });
    expect(result.markdown).toContain('趣头条今天发布了年度内容生态报告');
    expect(result.markdown).not.toContain('编辑部附言');
    expect(result.markdown).not.toContain('背景资料');
  }, 30_000);

  it('clips as without rules when the rule is disabled', async () => {
    const [disabled, plain] = await Promise.all([clipJson('--rules', settingsWith({ enabled: false })), clipJson()]);
    expect(disabled.rule).toBeNull();
    expect(disabled.method).toBe('readability');
    expect(disabled.filename).toBe('2024-03-15-趣头条发布内容生态报告.md');
    expect(Object.keys(frontMatter(disabled.markdown))).toEqual(['title', 'source', 'author', 'published', 'clipped', 'site', 'tags', 'image']);
    expect(disabled.markdown).toContain('编辑部附言');
    expect(disabled.markdown).toContain('背景资料');
    // Everything but the clip time is the default clip's.
    const withoutClock = (markdown: string) => markdown.replace(/^clipped: .*$/m, '');
    expect(withoutClock(disabled.markdown)).toBe(withoutClock(plain.markdown));
  }, 30_000);

  it('refuses a matching rule with problems, naming the rule and the field', async () => {
    const broken = settingsWith({ fileName: '{{titel}}', removeSelectors: ['div['] });
    await expect(clip(PAGE, '--rules', broken)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/rule "示例科技网 趣头条": removeSelectors\.0: Not a valid CSS selector; fileName: Unknown variable "titel"/),
    });
  }, 30_000);
});
