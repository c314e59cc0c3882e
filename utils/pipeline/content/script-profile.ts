// Chinese and Japanese pack a sentence into a third of the characters English needs, so
// length thresholds tuned on English text must shrink for them.

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;
/** Enough text to judge the script without scanning a huge page whole. */
const SAMPLE_CHARS = 20_000;
/** Share of CJK characters (among non-space ones) above which a page counts as CJK. */
const CJK_SHARE = 0.3;

export function isMostlyCjk(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, '');
  if (!sample) return false;
  const cjk = sample.match(HAN_OR_KANA)?.length ?? 0;
  return cjk / sample.length >= CJK_SHARE;
}
