// MathJax 3 gives each formula's container its context menu's class ("MathJax CtxtMenu_Attached_0"), which
// Readability reads as a menu and deletes, formula and all: a clip of a page of equations kept only the
// prose around them. The class says nothing the clip needs; the Markdown converter finds these containers
// by their tag.
export function keepMath(root: Element): void {
  for (const container of Array.from(root.querySelectorAll('mjx-container[class]'))) container.removeAttribute('class');
}
