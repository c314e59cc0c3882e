// Editable front-matter: one field per key, keeping each value's type (lists stay lists,
// booleans stay booleans, empty text becomes null).
import { useState } from 'react';
import type { FrontMatter, FrontMatterValue } from '@/utils/pipeline/render/front-matter';

interface Props {
  frontMatter: FrontMatter;
  onChange: (next: FrontMatter) => void;
}

export function FrontMatterFields({ frontMatter, onChange }: Props) {
  const set = (key: string, value: FrontMatterValue) => onChange({ ...frontMatter, [key]: value });
  return (
    <div className="fields">
      {Object.entries(frontMatter).map(([key, value]) => (
        <label key={key} className={key === 'title' ? 'field field-title' : 'field'}>
          <span className="field-name">{key}</span>
          <FieldInput name={key} value={value} onChange={(next) => set(key, next)} />
        </label>
      ))}
    </div>
  );
}

function FieldInput({ name, value, onChange }: { name: string; value: FrontMatterValue; onChange: (v: FrontMatterValue) => void }) {
  if (typeof value === 'boolean') {
    return <input type="checkbox" name={name} checked={value} onChange={(e) => onChange(e.target.checked)} />;
  }
  if (Array.isArray(value)) return <ListInput name={name} value={value} onChange={onChange} />;
  return (
    <input
      type="text"
      name={name}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(textValue(e.target.value, value))}
    />
  );
}

function textValue(text: string, previous: FrontMatterValue): FrontMatterValue {
  if (text === '') return null;
  if (typeof previous === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

const LIST_SEPARATOR = /[,，、]/;

/** Keeps the typed text as is (a trailing comma must not vanish) and reports the parsed list. */
function ListInput({ name, value, onChange }: { name: string; value: string[]; onChange: (v: string[]) => void }) {
  const [draft, setDraft] = useState(value.join(', '));
  return (
    <input
      type="text"
      name={name}
      placeholder="comma-separated"
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(e.target.value.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean));
      }}
    />
  );
}
