// Tells whether an element sits in a comment thread (or a form): names and dates there belong to
// commenters, and form fields hold placeholders ("Your name"), never the article's byline.

/** Ancestors checked; comment containers are close to their fields, and the walk must stay cheap. */
const MAX_ANCESTORS = 15;

const FORM_TAGS = new Set(['FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'OPTION', 'LABEL']);
const COMMENT_TOKEN = /^(?:comments?|commentlist|comment-?(?:list|area|body|content|section|thread)s?|disqus_thread|replies)$|^(?:comments?|reply|replies)[-_](?!open|closed|count|link|number)/i;
/** Comment forms ("respond", "comment-form") join the thread once forms count too. */
const COMMENT_FORM_TOKEN = /^(?:comment-?(?:form|respond)s?|respond|reply)$/i;

export function isInCommentOrForm(element: Element): boolean {
  return someAncestor(element, (tag, token) => FORM_TAGS.has(tag) || COMMENT_TOKEN.test(token) || COMMENT_FORM_TOKEN.test(token));
}

/**
 * The comment thread only. For text read from the page as a whole: ASP.NET pages wrap everything, the
 * article included, in one <form>.
 */
export function isInCommentThread(element: Element): boolean {
  return someAncestor(element, (_tag, token) => COMMENT_TOKEN.test(token));
}

/** `test` gets each ancestor's tag and each of its class/id tokens ('' for an element without any). */
function someAncestor(element: Element, test: (tag: string, token: string) => boolean): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_ANCESTORS; depth++) {
    const tag = current.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    const tokens = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if ((tokens.length === 0 ? [''] : tokens).some((token) => test(tag, token))) return true;
    current = current.parentElement;
  }
  return false;
}
