// Real article text to build clips from: the paragraphs of the evaluation corpus's truth bodies, Chinese
// from the two Chinese sources and English from the others, plus the titles the corpus annotates. Only the
// text is reused; pages are never parsed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CorpusText {
  english: string[];
  chinese: string[];
  englishTitles: string[];
  chineseTitles: string[];
}

const CHINESE_SOURCES = new Set(['cwce-zh', 'daniel-zh']);
const HAN = /\p{Script=Han}/gu;

interface Truth {
  body?: string | null;
  title?: string | null;
}

export function loadCorpusText(corpusDir: string): CorpusText {
  const text: CorpusText = { english: [], chinese: [], englishTitles: [], chineseTitles: [] };
  for (const source of subfolders(corpusDir)) {
    const chinese = CHINESE_SOURCES.has(source);
    for (const id of subfolders(path.join(corpusDir, source))) {
      let truth: Truth;
      try {
        truth = JSON.parse(readFileSync(path.join(corpusDir, source, id, 'truth.json'), 'utf8')) as Truth;
      } catch {
        continue;
      }
      for (const raw of (truth.body ?? '').split(/\n\s*\n/)) {
        const paragraph = raw.replace(/\s*\n\s*/g, chinese ? '' : ' ').trim();
        if (chinese ? isChineseParagraph(paragraph) : isEnglishParagraph(paragraph)) (chinese ? text.chinese : text.english).push(paragraph);
      }
      const title = truth.title?.trim();
      if (title && title.length <= 120) (chinese ? text.chineseTitles : text.englishTitles).push(title);
    }
  }
  if (text.english.length < 100 || text.chinese.length < 100) {
    throw new Error(`too little text in ${corpusDir}: ${text.english.length} English and ${text.chinese.length} Chinese paragraphs (want 100+ of each)`);
  }
  return text;
}

/** Captions, bylines and "Share this" lines make poor article text; keep sentences. */
function isEnglishParagraph(p: string): boolean {
  return p.length >= 60 && /[a-z]{3}/.test(p) && !/[\u0000-\u0008]/.test(p);
}

/** Mostly Han, so a "Chinese" clip reads as Chinese (the corpus has some English lines in Chinese pages). */
function isChineseParagraph(p: string): boolean {
  const han = p.match(HAN)?.length ?? 0;
  return han >= 20 && han / p.length > 0.5;
}

function subfolders(dir: string): string[] {
  return readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
}
