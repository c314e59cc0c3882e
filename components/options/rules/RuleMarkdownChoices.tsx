// The Markdown options a rule may set for its site, each "as in Markdown settings" until chosen.
// Images fetched from other sites need the all-sites permission, asked for in the change handler
// as the Markdown section does; refused, the rule keeps its previous choice and says why.
import { useId, useState } from 'react';
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';

type Option = keyof MarkdownOptions;

/** Each option's values, labelled as they look in the file (the order is the menu's). */
const OPTIONS: { [K in Option]: { label: string; values: Record<MarkdownOptions[K], string> } } = {
  images: { label: 'Images', values: { remote: 'Keep remote URL', local: 'Download into assets/', 'data-uri': 'Embed as data URI', drop: 'Leave out' } },
  headingStyle: { label: 'Headings', values: { atx: '# Heading', setext: 'Underlined' } },
  bulletMarker: { label: 'Bullet marker', values: { '-': '- item', '*': '* item', '+': '+ item' } },
  emDelimiter: { label: 'Emphasis', values: { _: '_emphasis_', '*': '*emphasis*' } },
  strongDelimiter: { label: 'Strong', values: { '**': '**strong**', __: '__strong__' } },
  codeFence: { label: 'Code fence', values: { '```': '``` backticks', '~~~': '~~~ tildes' } },
  linkStyle: { label: 'Links', values: { inline: 'Inline', reference: 'Reference' } },
};

const FETCHING_IMAGES: ReadonlySet<string> = new Set(['local', 'data-uri']);
const AS_DEFAULT = '';

interface Props {
  value: Partial<MarkdownOptions>;
  /** The user's Markdown settings, named in each "as in Markdown settings" choice. */
  defaults: MarkdownOptions;
  onChange: (next: Partial<MarkdownOptions>) => void;
  requestImageAccess: () => Promise<boolean>;
}

export function RuleMarkdownChoices({ value, defaults, onChange, requestImageAccess }: Props) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = async (option: Option, choice: string) => {
    setRefusal(null);
    if (option === 'images' && FETCHING_IMAGES.has(choice) && !(await requestImageAccess())) {
      setRefusal('Clipdown was not allowed to read images from other sites, so this rule’s images stay as they were. Choose again and allow access to all sites.');
      return;
    }
    const next = { ...value };
    if (choice === AS_DEFAULT) delete next[option];
    else Object.assign(next, { [option]: choice });
    onChange(next);
  };
  return (
    <fieldset className="rule-markdown">
      <legend>Markdown on this site</legend>
      {(Object.keys(OPTIONS) as Option[]).map((option) => (
        <MarkdownChoice key={option} option={option} value={value[option]} fallback={defaults[option]} onChange={(choice) => void choose(option, choice)} />
      ))}
      {refusal && (
        <p className="status status-warning" role="alert">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}

function MarkdownChoice({ option, value, fallback, onChange }: { option: Option; value: string | undefined; fallback: string; onChange: (choice: string) => void }) {
  const id = useId();
  const { label, values } = OPTIONS[option] as { label: string; values: Record<string, string> };
  return (
    <div className="choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? AS_DEFAULT} onChange={(e) => onChange(e.target.value)}>
        <option value={AS_DEFAULT}>As in Markdown settings ({values[fallback] ?? fallback})</option>
        {Object.entries(values).map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
