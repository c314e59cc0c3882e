// Galleries and responsive layouts print a caption more than once: a full and a truncated copy for different
// screens, the same caption under every slide of a carousel, a slide cloned for looping. A reader of the clip
// needs each caption once. Only captions are compared: an interview's questions or a recipe's steps repeat on purpose.
import { cleanText } from '../metadata/clean-text';

const CAPTIONS = 'figcaption, [class*="caption" i]';
/**
 * Shorter repeats are credits ("Photo by Joan Bardeletti", "Mark Stout/Getty Images"): each belongs to its own
 * photo, and a reader sees whose each one is. A caption that describes a scene says it once.
 */
const MIN_CAPTION_CHARS = 40;
/** A truncated copy ends in an ellipsis where it was cut. */
const CUT_MARK = /\s*(…|\.{3})\s*$/u;

export function removeRepeatedCaptions(root: Element): void {
  const kept: Array<{ text: string; caption: Element }> = [];
  for (const caption of Array.from(root.querySelectorAll(CAPTIONS))) {
    // The innermost caption is judged: a figure's caption block may wrap the caption and a credit.
    if (caption.querySelector(CAPTIONS) || !root.contains(caption)) continue;
    const text = cleanText(caption.textContent).replace(CUT_MARK, '');
    if (text.length < MIN_CAPTION_CHARS) continue;
    if (kept.some((earlier) => earlier.text.startsWith(text))) {
      caption.remove();
      continue;
    }
    // The truncated copy came first: the whole caption stays instead.
    const cut = kept.find((earlier) => text.startsWith(earlier.text));
    if (cut) {
      cut.caption.remove();
      Object.assign(cut, { text, caption });
    } else {
      kept.push({ text, caption });
    }
  }
}
