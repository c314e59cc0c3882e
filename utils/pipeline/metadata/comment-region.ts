// Tells whether an element sits in a comment thread or a form: names and dates there belong to
// commenters, and form fields hold placeholders ("Your name"), never the article's byline.

/** Ancestors checked; comment containers are close to their fields, and the walk must stay cheap. */
const MAX_ANCESTORS = 15;

const FORM_TAGS = new Set(['FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'OPTION', 'LABEL']);
const COMMENT_TOKEN = /^(?:comments?|commentlist|comment-?(?:list|area|form|body|content|section|respond|thread)s?|respond|reply|replies|disqus_thread)$|^(?:comments?|reply|replies)[-_](?!open|closed|count|link|number)/i;

export function isInCommentOrForm(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_ANCESTORS; depth++) {
    const tag = current.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (FORM_TAGS.has(tag)) return true;
    const tokens = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((token) => token && COMMENT_TOKEN.test(token))) return true;
    current = current.parentElement;
  }
  return false;
}
