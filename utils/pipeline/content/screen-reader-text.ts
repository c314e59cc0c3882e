// Text a page shows only to screen readers: "Image caption", "Share this with Facebook", "(opens in a new window)",
// "Loading...". A clip is read by eye, as the page was, so these labels have no place in it. Short labels only: a
// page may hide a whole passage the same way and show it on demand.
const SCREEN_READER_CLASS =
  /(^|\s)(sr-only|screen-reader-only|screen-reader-text|screenreader-only|visually-?hidden|visuallyhidden|hidden-visually|off-?screen|element-invisible|a11y-hidden|u-hidden-visually)(\s|$)/i;
const MAX_LABEL_CHARS = 60;

export function isScreenReaderLabel(el: Element, chars: number, holdsHeadline: boolean): boolean {
  // A headline hidden for screen readers is still the story's headline.
  if (chars > MAX_LABEL_CHARS || holdsHeadline || el.tagName.toUpperCase() === 'H1') return false;
  return SCREEN_READER_CLASS.test(el.getAttribute('class') ?? '');
}
