// A library of N clips as Clipdown JSON backups (the format the extension's own backup writes), built from
// real corpus paragraphs: ~8 KB of Markdown each, a third Chinese, ~200 sites, tags with a long tail, dates
// over five years. Deterministic for a seed, so runs compare. Also picks the search queries from the clips
// it wrote, so every query is something the library holds.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupClip } from '../../../utils/library/export/backup-format';
import { backupClipSchema } from '../../../utils/library/import/backup-schema';
import { serializeSettingsFile } from '../../../utils/settings/parse-settings-file';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import type { CorpusText } from './corpus-text';
import { Random } from './random';

/** Issue 6's cap: the page reads a whole backup file into memory before importing it. */
export const CLIPS_PER_FILE = 5000;
/** Aimed a little under 8 KB: the last block added overshoots by half a paragraph on average. */
const TARGET_BYTES = 8 * 1024 - 350;
const FIVE_YEARS_START = Date.UTC(2020, 6, 1);
const FIVE_YEARS_MS = Date.UTC(2025, 6, 1) - FIVE_YEARS_START;
const DAY = 86_400_000;

export interface GeneratedLibrary {
  files: string[];
  clips: number;
  chinese: number;
  /** UTF-8 bytes of all clips' `markdown` (what a ZIP export holds before compression). */
  markdownBytes: number;
  sites: number;
  queries: string[];
}

export interface GenerateOptions {
  count: number;
  dir: string;
  seed: number;
  text: CorpusText;
  queryCount?: number;
  clipsPerFile?: number;
}

export function generateLibrary({ count, dir, seed, text, queryCount = 100, clipsPerFile = CLIPS_PER_FILE }: GenerateOptions): GeneratedLibrary {
  const random = new Random(seed);
  const sites = makeSites(new Random(seed ^ 0x5173));
  const queries = new QueryPicker(new Random(seed ^ 0x9e37), queryCount);
  mkdirSync(dir, { recursive: true });
  const header = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(FIVE_YEARS_START + FIVE_YEARS_MS).toISOString(),
    settings: JSON.parse(serializeSettingsFile(DEFAULT_SETTINGS)) as unknown,
  });
  const files: string[] = [];
  let chinese = 0;
  let markdownBytes = 0;
  for (let start = 0; start < count; start += clipsPerFile) {
    const end = Math.min(count, start + clipsPerFile);
    const file = path.join(dir, `clipdown-library-${String(start + 1).padStart(6, '0')}-${String(end).padStart(6, '0')}.json`);
    const fd = openSync(file, 'w');
    try {
      // Written a clip at a time, the way the extension's backup streams, so 50,000 clips never make one string.
      writeSync(fd, `${header.slice(0, -1)},"clips":[`);
      for (let i = start; i < end; i++) {
        // Every third clip, spread through the library rather than in a block.
        const isChinese = i % 3 === 1;
        const clip = makeClip(random, text, sites, isChinese);
        if (i === start) checkShape(clip);
        if (isChinese) chinese++;
        markdownBytes += Buffer.byteLength(clip.markdown);
        queries.offer(clip, isChinese, count);
        writeSync(fd, `${i === start ? '' : ','}\n${JSON.stringify(clip)}`);
      }
      writeSync(fd, '\n]}\n');
    } finally {
      closeSync(fd);
    }
    files.push(file);
  }
  return { files, clips: count, chinese, markdownBytes, sites: sites.length, queries: queries.result() };
}

/** The page checks every clip against this schema and rejects the whole file on one bad clip: fail here, early. */
function checkShape(clip: BackupClip): void {
  const parsed = backupClipSchema.safeParse(clip);
  if (!parsed.success) throw new Error(`generated clip does not meet the backup schema: ${parsed.error.message}`);
}

interface Site {
  host: string;
  name: string;
  chinese: boolean;
}

const EN_WORDS = ['daily', 'harbor', 'signal', 'ledger', 'pine', 'north', 'atlas', 'beacon', 'circuit', 'delta', 'field', 'granite', 'hollow', 'index', 'journal', 'kernel', 'lantern', 'meridian', 'notebook', 'orbit', 'prairie', 'quarry', 'river', 'summit', 'tide', 'union', 'valley', 'wire', 'yard', 'zenith', 'copper', 'maple', 'stack', 'pixel', 'thread', 'forge', 'garden', 'review', 'post', 'times'];
const EN_TLDS = ['com', 'com', 'com', 'org', 'net', 'io', 'dev', 'co.uk', 'news', 'blog'];
const ZH_HOST_WORDS = ['xinwen', 'keji', 'caijing', 'tiyu', 'wenhua', 'shenghuo', 'jiankang', 'qiche', 'fangchan', 'jiaoyu', 'lvyou', 'meishi', 'junshi', 'shehui', 'guoji', 'dianying', 'youxi', 'shuma', 'nongye', 'huanbao'];
const ZH_HOST_TLDS = ['com.cn', 'cn', 'com', 'net.cn', 'org.cn'];
const ZH_SITE_WORDS = ['新闻', '科技', '财经', '体育', '文化', '生活', '健康', '汽车', '房产', '教育', '旅游', '美食', '军事', '社会', '国际', '电影', '游戏', '数码', '农业', '环保'];
const ZH_SITE_PLACES = ['中国', '东方', '南方', '北京', '上海', '广州', '深圳', '浙江', '四川', '湖北', '人民', '新华', '华夏', '长江', '天山'];
const ZH_SITE_KINDS = ['网', '在线', '日报', '周刊', '频道', '观察'];

/** ~200 distinct hosts, a third Chinese, each with a display name (what `site` holds after a clip). */
function makeSites(random: Random): Site[] {
  const sites: Site[] = [];
  const hosts = new Set<string>();
  while (sites.length < 200) {
    const chinese = sites.length % 3 === 2;
    let host: string;
    let name: string;
    if (chinese) {
      const word = random.pick(ZH_HOST_WORDS);
      const place = random.pick(ZH_SITE_PLACES);
      host = `${random.pick(['www.', 'news.', '', 'm.'])}${placePinyin(place)}${word}.${random.pick(ZH_HOST_TLDS)}`;
      name = `${place}${ZH_SITE_WORDS[ZH_HOST_WORDS.indexOf(word)]}${random.pick(ZH_SITE_KINDS)}`;
    } else {
      const a = random.pick(EN_WORDS);
      const b = random.pick(EN_WORDS.filter((w) => w !== a));
      host = `${random.pick(['www.', '', 'blog.', 'news.'])}${a}${b}.${random.pick(EN_TLDS)}`;
      name = random.chance(0.4) ? `The ${cap(a)} ${cap(b)}` : `${cap(a)}${cap(b)}`;
    }
    if (hosts.has(host)) continue;
    hosts.add(host);
    sites.push({ host, name, chinese });
  }
  return sites;
}

function placePinyin(place: string): string {
  return ['zhongguo', 'dongfang', 'nanfang', 'beijing', 'shanghai', 'guangzhou', 'shenzhen', 'zhejiang', 'sichuan', 'hubei', 'renmin', 'xinhua', 'huaxia', 'changjiang', 'tianshan'][ZH_SITE_PLACES.indexOf(place)]!;
}

const EN_TAGS = ['programming', 'javascript', 'typescript', 'rust', 'design', 'science', 'politics', 'economy', 'health', 'climate', 'history', 'books', 'music', 'travel', 'food', 'ai', 'security', 'privacy', 'startups', 'linux', 'databases', 'web', 'education', 'space', 'energy', 'sports', 'film', 'photography', 'writing', 'to-read', 'reference', 'research', 'work', 'ideas', 'long-read', 'interview', 'opinion', 'howto', 'review', 'archive'];
const ZH_TAGS = ['新闻', '科技', '财经', '读书', '历史', '健康', '教育', '旅行', '美食', '互联网', '创业', '设计', '电影', '摄影', '音乐', '政策', '法律', '经济', '文化', '稍后读', '收藏', '资料', '观点', '访谈'];
const EN_FIRST = ['James', 'Mary', 'Robert', 'Linda', 'Ahmed', 'Priya', 'Chen', 'Sofia', 'Lucas', 'Emma', 'Olivia', 'Noah', 'Kenji', 'Fatima', 'Daniel', 'Grace', 'Ivan', 'Zoe', 'Samuel', 'Hannah'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Nguyen', 'Patel', 'Kim', 'Walker', 'Hughes', 'Okafor', 'Rossi', 'Schmidt', 'Dubois', 'Silva', 'Cohen', 'Novak', 'Evans'];
const ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const ZH_GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然思琪子涵梓轩';

function makeClip(random: Random, text: CorpusText, sites: Site[], chinese: boolean): BackupClip {
  const candidates = sites.filter((s) => s.chinese === chinese);
  const site = candidates[random.zipfIndex(candidates.length, 0.8)]!;
  const createdAt = FIVE_YEARS_START + Math.floor(random.next() * FIVE_YEARS_MS);
  const published = random.chance(0.8) ? createdAt - Math.floor(random.next() * 30 * DAY) : null;
  const updatedAt = random.chance(0.1) ? createdAt + Math.floor(random.next() * 60 * DAY) : createdAt;
  const offset = chinese ? 8 : random.pick([-5, 0, 1]);
  const title = chinese ? chineseTitle(random, text) : englishTitle(random, text);
  const tagPool = chinese ? ZH_TAGS : EN_TAGS;
  const tags = [...new Set(Array.from({ length: random.zipfIndex(5, 0.5) }, () => tagPool[random.zipfIndex(tagPool.length)]!))];
  const day = localIso(published ?? createdAt, offset).slice(0, 10);
  const url = chinese
    ? `https://${site.host}/${day.slice(0, 7).replace('-', '')}/t${day.replaceAll('-', '')}_${random.int(1_000_000, 9_999_999)}.shtml`
    : `https://${site.host}/${day.slice(0, 4)}/${day.slice(5, 7)}/${asciiSlug(title) || random.int(10_000, 99_999)}-${random.int(100, 999)}`;
  const frontMatter = {
    title,
    source: url,
    author: random.chance(0.7) ? (chinese ? chineseName(random) : `${random.pick(EN_FIRST)} ${random.pick(EN_LAST)}`) : null,
    published: published === null ? null : localIso(published, offset),
    clipped: localIso(createdAt, offset),
    site: site.name,
    tags,
    image: random.chance(0.5) ? `https://${site.host}/images/${random.uuid().slice(0, 8)}.jpg` : null,
  };
  const head = `---\n${stringify(frontMatter, { lineWidth: 0, nullStr: '' })}---\n\n`;
  const target = random.around(TARGET_BYTES, 2500, 3500, 14_000);
  const body = makeBody(random, text, site, chinese, Math.max(1000, target - Buffer.byteLength(head)));
  return {
    id: random.uuid(),
    url,
    canonicalUrl: random.chance(0.4) ? url : null,
    site: site.name,
    title,
    frontMatter,
    body,
    markdown: `${head}${body}\n`,
    filename: `${day}-${chinese ? chineseSlug(title) : asciiSlug(title) || 'untitled'}.md`,
    tags,
    createdAt,
    updatedAt,
    images: [],
  };
}

/** Headings, lists, quotes, links and images in about the proportions clipped articles have them. */
function makeBody(random: Random, text: CorpusText, site: Site, chinese: boolean, targetBytes: number): string {
  const paragraphs = chinese ? text.chinese : text.english;
  const blocks: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const paragraph = random.pick(paragraphs);
    const roll = random.next();
    let block: string;
    if (blocks.length >= 2 && roll < 0.12) block = `## ${heading(paragraph, chinese, random)}`;
    else if (roll < 0.18) block = sentences(paragraph, chinese).slice(0, random.int(2, 5)).map((s) => `- ${s}`).join('\n');
    else if (roll < 0.22) block = `> ${paragraph}`;
    else if (roll < 0.25) block = `![${heading(paragraph, chinese, random)}](https://${site.host}/images/${random.uuid().slice(0, 12)}.${random.pick(['jpg', 'png', 'webp'])})`;
    else block = decorate(paragraph, chinese, site, random);
    blocks.push(block);
    bytes += Buffer.byteLength(block) + 2;
  }
  return blocks.join('\n\n');
}

function decorate(paragraph: string, chinese: boolean, site: Site, random: Random): string {
  if (chinese || !random.chance(0.25)) return paragraph;
  const words = paragraph.split(' ');
  if (words.length < 8) return paragraph;
  const at = random.int(0, words.length - 3);
  const phrase = words.slice(at, at + 2).join(' ');
  const marked = random.chance(0.7) ? `[${phrase}](https://${site.host}/${asciiSlug(phrase) || 'page'})` : `*${phrase}*`;
  return [...words.slice(0, at), marked, ...words.slice(at + 2)].join(' ');
}

function sentences(paragraph: string, chinese: boolean): string[] {
  const parts = paragraph.split(chinese ? /(?<=[。！？；])/u : /(?<=[.!?])\s+/u).map((s) => s.trim()).filter(Boolean);
  return parts.length >= 2 ? parts : [paragraph];
}

function heading(paragraph: string, chinese: boolean, random: Random): string {
  if (chinese) return firstClause(paragraph, 4, 16);
  const words = paragraph.replace(/[^\p{L}\p{N}' -]/gu, '').split(/\s+/).filter(Boolean);
  return cap(words.slice(0, random.int(3, 7)).join(' '));
}

function englishTitle(random: Random, text: CorpusText): string {
  if (text.englishTitles.length > 0 && random.chance(0.15)) return random.pick(text.englishTitles);
  const words = random.pick(text.english).replace(/[^\p{L}\p{N}' -]/gu, '').split(/\s+/).filter(Boolean);
  const title = words.slice(0, random.int(5, 11)).map((w, i) => (i === 0 || w.length > 3 ? cap(w) : w)).join(' ');
  return random.chance(0.15) ? `${title} | ${random.pick(['Analysis', 'Opinion', 'Guide', 'Explained', 'Review'])}` : title;
}

function chineseTitle(random: Random, text: CorpusText): string {
  if (text.chineseTitles.length > 0 && random.chance(0.15)) return random.pick(text.chineseTitles);
  const first = firstClause(random.pick(text.chinese), 6, 22);
  return random.chance(0.25) ? `${first}：${firstClause(random.pick(text.chinese), 4, 12)}` : first;
}

/** The opening words up to the first comma or stop, cut to `max` characters, padded past `min` if it is short. */
function firstClause(paragraph: string, min: number, max: number): string {
  const clean = paragraph.replace(/^[\s“”"‘’「」《》（）()【】\-—·、，。：；！？…]+/u, '');
  const stop = clean.search(/[，。：；！？、,.!?]/u);
  let clause = stop > 0 ? clean.slice(0, stop) : clean;
  if (Array.from(clause).length < min) clause = clean.replace(/[，。：；！？、]/gu, '');
  return Array.from(clause).slice(0, max).join('').trim();
}

function chineseName(random: Random): string {
  const given = Array.from({ length: random.int(1, 2) }, () => random.pick(Array.from(ZH_GIVEN))).join('');
  return `${random.pick(Array.from(ZH_SURNAMES))}${given}`;
}

function asciiSlug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** Chinese titles stay Chinese in file names, as the extension's slug keeps them; only what file systems refuse goes. */
function chineseSlug(title: string): string {
  return Array.from(title.replace(/[<>:"/\\|?*#^[\]\s]+/g, '-')).slice(0, 40).join('').replace(/^[-.]+|[-.]+$/g, '') || 'untitled';
}

function localIso(ms: number, offsetHours: number): string {
  const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const EN_STOPWORDS = new Set('about after also been before being between both could does doing down during each from further have having here hers into itself just like more most much must only other over said same should some such than that their theirs them then there these they this those through under until very were what when where which while will with would your yours year years people because'.split(' '));
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;
const ZH_SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Half Chinese words (2–4 characters cut from a clip's text), half English: single words and two-word
 * phrases. Drawn from clips across the whole library (reservoir-style by position), never twice the same.
 */
class QueryPicker {
  private readonly chinese: string[] = [];
  private readonly words: string[] = [];
  private readonly phrases: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly count: number,
  ) {}

  offer(clip: BackupClip, chinese: boolean, total: number): void {
    // A few candidates per query wanted, spread over the whole library; result() draws from them all.
    if (this.random.next() > (this.count * 4) / total) return;
    if (chinese) {
      // Words as ICU's dictionary segments them, so a query reads like something a person would type.
      const paragraph = this.random.pick(clip.body.split('\n\n'));
      const words = Array.from(ZH_SEGMENTER.segment(paragraph), (s) => s.segment).filter((w) => HAN_WORD.test(w));
      if (words.length > 0) this.add(this.chinese, this.random.pick(words));
    } else {
      const words = clip.body.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
      const usable = (w: string | undefined): w is string => !!w && /^\p{L}{4,14}$/u.test(w) && !EN_STOPWORDS.has(w.toLowerCase());
      const at = this.random.int(0, Math.max(0, words.length - 2));
      if (this.random.chance(0.5)) {
        const word = words.slice(at).find(usable);
        if (word) this.add(this.words, word.toLowerCase());
      } else {
        for (let i = at; i < words.length - 1; i++) {
          if (usable(words[i]) && usable(words[i + 1])) {
            this.add(this.phrases, `${words[i]!.toLowerCase()} ${words[i + 1]!.toLowerCase()}`);
            break;
          }
        }
      }
    }
  }

  private add(list: string[], query: string): void {
    if (this.seen.has(query)) return;
    this.seen.add(query);
    list.push(query);
  }

  result(): string[] {
    const half = Math.ceil(this.count / 2);
    const chinese = this.shuffled(this.chinese).slice(0, half);
    const english = interleave(this.shuffled(this.words), this.shuffled(this.phrases)).slice(0, this.count - chinese.length);
    const all = interleave(chinese, english);
    if (all.length < this.count) throw new Error(`only ${all.length} distinct queries found for ${this.count}; library too small?`);
    return all.slice(0, this.count);
  }

  private shuffled(list: readonly string[]): string[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.random.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}
