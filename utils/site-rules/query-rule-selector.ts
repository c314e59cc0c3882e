// Runs one of a rule's selectors on a page. A rule saved before a selector broke (or written by hand)
// must not stop the clip: an invalid selector is skipped with a warning that names the rule.
import { selectorProblem } from './check-selector';

/** Every match in document order, or null when the selector is invalid (and `warnings` says so). */
export function queryRuleSelector(root: ParentNode, selector: string, label: string, warnings: string[]): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    const problem = root.ownerDocument ? selectorProblem(selector, root.ownerDocument) : null;
    warnings.push(`Rule "${label}": "${selector}" is ${problem ?? 'not a valid CSS selector'}; it was ignored.`);
    return null;
  }
}
