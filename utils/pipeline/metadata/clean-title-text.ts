// A title as the page wrote it, minus the layout: line breaks and the indentation around them become one space.
// Unlike cleanText, spaces the writer typed stay, full-width ones included ("欲張りなイヌ　＜童話集＞").

const LAYOUT_BREAK = /[ \u00a0]*[\t\n\r\f\v][\s]*/g;

export function cleanTitleText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(LAYOUT_BREAK, ' ').trim();
}
