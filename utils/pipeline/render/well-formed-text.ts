// Lone UTF-16 surrogates (half an emoji, cut by a careless page script) cannot be written as
// UTF-8: every encoder turns them into U+FFFD. Doing it first keeps what we show and what we
// save the same.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
