// "Did you mean …?" for a misspelt variable or filter name: the known names closest in
// edit distance, or that one name starts with the other (`slugify` → `slug`).

/** Further than this many edits, a name is a different word, not a typo. */
const MAX_TYPO_DISTANCE = 2;
/** A shared start shorter than this (`da…`) says nothing. */
const MIN_PREFIX_LENGTH = 3;

export function suggestNames(unknown: string, known: readonly string[]): string[] {
  const wanted = unknown.toLowerCase();
  let best = Infinity;
  let closest: string[] = [];
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance > MAX_TYPO_DISTANCE) continue;
    if (distance < best) [best, closest] = [distance, [name]];
    else if (distance === best) closest.push(name);
  }
  if (closest.length) return closest;
  return known.filter((name) => sharesPrefix(wanted, name.toLowerCase()));
}

/** ` — did you mean "slug"?`, or nothing when no name is close. */
export function didYouMean(suggestions: readonly string[]): string {
  if (!suggestions.length) return '';
  const quoted = suggestions.map((name) => `"${name}"`);
  const last = quoted.pop()!;
  return ` — did you mean ${quoted.length ? `${quoted.join(', ')} or ${last}` : last}?`;
}

function sharesPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX_LENGTH && long.startsWith(short);
}

/** Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
