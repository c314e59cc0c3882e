// A working copy of the page for the destructive steps (rules, furniture removal, Readability), so the live
// page is never touched. Only the body is copied: metadata is read from the page itself, and the head (often
// most of a page's nodes: scripts, styles, metas) costs as much to copy as the article. What the body's
// reading needs from the head comes along: the base URL, the title and the root's lang and dir.

export function cloneForExtraction(doc: Document): Document {
  if (!doc.body || doc.body.tagName.toUpperCase() !== 'BODY') return doc.cloneNode(true) as Document;
  const copy = doc.implementation.createHTMLDocument('');
  const base = copy.createElement('base');
  base.setAttribute('href', doc.baseURI);
  copy.head.append(base);
  copy.title = doc.title;
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value !== null) copy.documentElement.setAttribute(name, value);
  }
  copy.body.replaceWith(copy.importNode(doc.body, true));
  return copy;
}
