// Tells whether an element sits in a comment thread, by the class/id of its ancestors. Unlike
// isInCommentOrForm it ignores <form>: ASP.NET pages wrap the whole page, article included, in one.

/** Ancestors checked; comment containers are close to their text, and the walk must stay cheap. */
const MAX_ANCESTORS = 15;
const COMMENT_TOKEN = /^(?:comments?|commentlist|comment-?(?:list|area|body|content|section|thread)s?|disqus_thread|replies)$|^(?:comments?|reply|replies)[-_](?!open|closed|count|link|number)/i;

export function isInCommentThread(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_ANCESTORS; depth++) {
    const tag = current.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    const tokens = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((token) => token && COMMENT_TOKEN.test(token))) return true;
    current = current.parentElement;
  }
  return false;
}
