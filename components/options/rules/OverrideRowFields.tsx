// One front-matter override: key, kind of value, and the value in the control that kind needs.
// Controls are named by position ("Value of override 2") so each is found by its label.
import { useId } from 'react';
import { problemKey, type ProblemMap } from '../preset-problems';
import { TextField } from '../TextField';
import { OVERRIDE_TYPES, type OverrideRow, type OverrideType } from './rule-draft';

const TYPE_LABELS: Record<OverrideType, string> = { text: 'text', list: 'list', boolean: 'true/false', number: 'number', empty: 'empty' };

const PLACEHOLDERS: Partial<Record<OverrideType, string>> = {
  text: 'text, or a template: {{author}}',
  list: 'items, comma-separated',
  number: 'e.g. 3',
};

/** What a value becomes when the user switches its kind: kept where it still makes sense. */
function retype(row: OverrideRow, type: OverrideType): OverrideRow {
  if (type === 'boolean') return { ...row, type, value: row.value === 'true' ? 'true' : 'false' };
  if (type === 'empty') return { ...row, type, value: '' };
  return { ...row, type };
}

interface Props {
  row: OverrideRow;
  index: number;
  problems: ProblemMap;
  autoFocus: boolean;
  onChange: (next: OverrideRow) => void;
  onRemove: () => void;
}

export function OverrideRowFields({ row, index, problems, autoFocus, onChange, onRemove }: Props) {
  const n = index + 1;
  const at = (part: string) => problems.get(problemKey('frontMatter', index, part)) ?? [];
  const booleanId = useId();
  return (
    <li className="field-row override-row" aria-label={`Override ${n}${row.key ? `: ${row.key}` : ''}`}>
      <TextField className="field-key" label={`Key of override ${n}`} hideLabel placeholder="key" value={row.key} problems={at('key')} autoFocus={autoFocus} onChange={(key) => onChange({ ...row, key })} />
      <label className="field-type">
        <span className="visually-hidden">Type of override {n}</span>
        <select value={row.type} onChange={(e) => onChange(retype(row, e.target.value as OverrideType))}>
          {OVERRIDE_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      {row.type === 'boolean' ? (
        <label className="field-value" htmlFor={booleanId}>
          <span className="visually-hidden">Value of override {n}</span>
          <select id={booleanId} value={row.value} onChange={(e) => onChange({ ...row, value: e.target.value })}>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        </label>
      ) : row.type === 'empty' ? (
        <span className="field-value hint">written as an empty value</span>
      ) : (
        <TextField
          className="field-value"
          label={`Value of override ${n}`}
          hideLabel
          placeholder={PLACEHOLDERS[row.type]}
          value={row.value}
          problems={at('value')}
          onChange={(value) => onChange({ ...row, value })}
        />
      )}
      <div className="field-buttons">
        <button type="button" aria-label={`Remove override ${n}`} title="Remove" onClick={onRemove}>
          ✕
        </button>
      </div>
    </li>
  );
}
