// A list that shows its first lines and counts the rest: a ZIP with 500 bad files still leaves the
// rest of the report readable.
/** Enough to see what went wrong and spot a pattern; the count says how much more there is. */
export const MAX_LISTED = 20;

export function CappedList({ items }: { items: readonly string[] }) {
  const more = items.length - MAX_LISTED;
  return (
    <ul className="capped-list">
      {items.slice(0, MAX_LISTED).map((item, i) => (
        <li key={i}>{item}</li>
      ))}
      {more > 0 && <li className="more">and {more.toLocaleString()} more</li>}
    </ul>
  );
}
