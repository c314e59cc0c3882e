// What is wrong with one field, said next to it; a template problem also shows the template around
// the mistake with the mistake marked, so `{{title|slugify}}` points at `slugify`.
import type { Problem } from './preset-problems';

/** Characters of context either side of a marked mistake: enough to recognise the spot in a long body. */
const CONTEXT_CHARS = 30;

interface Props {
  id: string;
  source: string;
  problems: readonly Problem[];
}

export function FieldProblems({ id, source, problems }: Props) {
  if (problems.length === 0) return null;
  return (
    <div id={id} className="problems" role="alert">
      {problems.map((problem, i) => (
        <p key={i} className="problem">
          {problem.message}
          {problem.start !== undefined && problem.end !== undefined && <MarkedSource source={source} start={problem.start} end={problem.end} />}
        </p>
      ))}
    </div>
  );
}

function MarkedSource({ source, start, end }: { source: string; start: number; end: number }) {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(source.length, end + CONTEXT_CHARS);
  return (
    <code className="problem-source" aria-hidden="true">
      {from > 0 && '…'}
      {source.slice(from, start)}
      {/* An empty range (a missing "}}" at the end) still needs something to mark. */}
      <mark>{source.slice(start, end) || ' '}</mark>
      {source.slice(end, to)}
      {to < source.length && '…'}
    </code>
  );
}
