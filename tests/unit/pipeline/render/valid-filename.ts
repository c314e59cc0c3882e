// What makes a file name unsafe somewhere, stated independently of safe-filename.ts, so the
// tests check its output against the rules rather than against itself.

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED_STEM = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function filenameProblems(name: string): string[] {
  const problems: string[] = [];
  const base = name.slice(0, -'.md'.length);
  if (!name.endsWith('.md')) problems.push('no .md extension');
  if (!base) problems.push('empty base name');
  if (new TextEncoder().encode(name).length > 200) problems.push('over 200 bytes');
  if (FORBIDDEN.test(name)) problems.push('forbidden character');
  if (!name.isWellFormed()) problems.push('lone surrogate');
  if (/^[.\s-]/.test(name)) problems.push('hidden, padded or option-like start');
  if (/[.\s]$/.test(base)) problems.push('trailing dot or space before the extension');
  if (RESERVED_STEM.test(name.split('.')[0]!.trimEnd())) problems.push('Windows device name');
  if (name === '.' || name === '..' || name.includes('/') || name.includes('\\')) problems.push('a path, not a name');
  return problems;
}
