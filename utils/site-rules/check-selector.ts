// Whether a CSS selector parses, asked of the engine that will run it (jsdom in Node, the browser in
// the extension) so the rule editor and the clip agree. Cheap enough to run on every keystroke.

/** Engine messages longer than this are stack-like noise next to a form field. */
const MAX_REASON_LENGTH = 60;
/** Engines that only restate "invalid selector" add nothing to our own message. */
const RESTATEMENT = /invalid selector|not a valid selector/i;
/** Chrome prefixes its reason with the DOM call that failed. */
const DOM_CALL_PREFIX = /^Failed to execute '[^']*' on '[^']*':\s*/;

/** null when the selector is valid, else a short message saying it is not and, when the engine says, why. */
export function selectorProblem(selector: string, doc: Document): string | null {
  if (!selector.trim()) return 'a selector cannot be empty';
  try {
    // A fragment is empty, so the query costs nothing however broad the selector.
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(DOM_CALL_PREFIX, '').trim() : '';
    const useful = reason && reason.length <= MAX_REASON_LENGTH && !RESTATEMENT.test(reason);
    return useful ? `not a valid CSS selector (${reason})` : 'not a valid CSS selector';
  }
}
