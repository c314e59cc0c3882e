// One front-matter field of a preset: key, type and value template, with buttons to move or remove
// it. Controls are named by the field's position ("Value of field 3") so each is found by its label.
import { FIELD_TYPES, type FieldType } from '@/utils/pipeline/render/field-value';
import type { DraftField } from './preset-draft';
import { problemKey, type ProblemMap } from './preset-problems';
import { TextField } from './TextField';

interface Props {
  field: DraftField;
  index: number;
  count: number;
  problems: ProblemMap;
  readOnly: boolean;
  autoFocus: boolean;
  onChange: (next: DraftField) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function FrontMatterFieldRow({ field, index, count, problems, readOnly, autoFocus, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const at = (part: string) => problems.get(problemKey('fields', index, part)) ?? [];
  return (
    <li className="field-row" aria-label={`Field ${n}${field.key ? `: ${field.key}` : ''}`}>
      <TextField
        className="field-key"
        label={`Key of field ${n}`}
        hideLabel
        placeholder="key"
        value={field.key}
        problems={at('key')}
        readOnly={readOnly}
        autoFocus={autoFocus}
        onChange={(key) => onChange({ ...field, key })}
      />
      <label className="field-type">
        <span className="visually-hidden">Type of field {n}</span>
        <select value={field.type} disabled={readOnly} onChange={(e) => onChange({ ...field, type: e.target.value as FieldType })}>
          {FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <TextField
        className="field-value"
        label={`Value of field ${n}`}
        hideLabel
        placeholder="template, e.g. {{title}}"
        value={field.value}
        problems={[...at('value'), ...at('type')]}
        readOnly={readOnly}
        onChange={(value) => onChange({ ...field, value })}
      />
      {!readOnly && (
        <div className="field-buttons">
          <button type="button" aria-label={`Move field ${n} up`} title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" aria-label={`Move field ${n} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" aria-label={`Remove field ${n}`} title="Remove" onClick={onRemove}>
            ✕
          </button>
        </div>
      )}
    </li>
  );
}
