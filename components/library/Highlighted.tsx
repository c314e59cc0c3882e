// Text with the searched words marked. The text is the clip's, so it is rendered as text nodes only.
import type { TextRange } from '@/utils/library/search/highlight';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (!ranges.length) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
