// How clips are written in Markdown: one control per option, saved on change, with a sample
// converted by the same converter clips use.
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';
import { ChoiceSelect, type Choice } from './ChoiceSelect';
import { ImageChoice } from './ImageChoice';
import { MarkdownSample } from './MarkdownSample';

type SpellingKey = Exclude<keyof MarkdownOptions, 'images'>;

/** Each option's choices, labelled by what they look like in the file. */
const SPELLINGS: { [K in SpellingKey]: { label: string; choices: readonly Choice<MarkdownOptions[K]>[] } } = {
  headingStyle: { label: 'Headings', choices: [{ value: 'atx', label: '# Heading' }, { value: 'setext', label: 'Heading, underlined with === or ---' }] },
  bulletMarker: { label: 'Bullet marker', choices: [{ value: '-', label: '- item' }, { value: '*', label: '* item' }, { value: '+', label: '+ item' }] },
  emDelimiter: { label: 'Emphasis', choices: [{ value: '_', label: '_emphasis_' }, { value: '*', label: '*emphasis*' }] },
  strongDelimiter: { label: 'Strong', choices: [{ value: '**', label: '**strong**' }, { value: '__', label: '__strong__' }] },
  codeFence: { label: 'Code fence', choices: [{ value: '```', label: '``` backticks' }, { value: '~~~', label: '~~~ tildes' }] },
  linkStyle: { label: 'Links', choices: [{ value: 'inline', label: 'Inline: [text](url)' }, { value: 'reference', label: 'Reference: [text][1], addresses at the end' }] },
};

interface Props {
  options: MarkdownOptions;
  onChange: (next: MarkdownOptions) => void;
  requestImageAccess: () => Promise<boolean>;
}

export function MarkdownSection({ options, onChange, requestImageAccess }: Props) {
  const set = <K extends keyof MarkdownOptions>(key: K, value: MarkdownOptions[K]) => onChange({ ...options, [key]: value });
  return (
    <div className="markdown-options">
      <div className="markdown-controls">
        {(Object.keys(SPELLINGS) as SpellingKey[]).map((key) => (
          <Spelling key={key} option={key} value={options[key]} onChange={(value) => set(key, value)} />
        ))}
        <ImageChoice value={options.images} onChange={(images) => set('images', images)} requestImageAccess={requestImageAccess} />
      </div>
      <MarkdownSample options={options} />
    </div>
  );
}

function Spelling<K extends SpellingKey>({ option, value, onChange }: { option: K; value: MarkdownOptions[K]; onChange: (value: MarkdownOptions[K]) => void }) {
  const { label, choices } = SPELLINGS[option];
  return <ChoiceSelect label={label} value={value} choices={choices} onChange={onChange} />;
}
