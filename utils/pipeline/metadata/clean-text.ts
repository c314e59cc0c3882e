// Collapses every run of whitespace (including NBSP and full-width spaces) to one space and trims.
// Metadata values come from attributes and text nodes laid out for display, not for reading back.

/** Layout whitespace: runs of spaces, line breaks, NBSP, full-width spaces and zero-width characters. */
export const WHITESPACE_RUN = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(WHITESPACE_RUN, ' ').trim();
}
