// A rule's front-matter value is a template only where it holds "{{": plain text such as a category
// name is written as it is, so no escaping is ever needed for it. The editor and the renderer agree here.

export function isOverrideTemplate(text: string): boolean {
  return text.includes('{{');
}
