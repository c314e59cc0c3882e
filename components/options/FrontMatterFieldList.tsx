// A preset's front-matter fields in file order: add, remove, move. The new row's key gets the focus,
// since a field without a key is the one thing that cannot be saved.
import { useState } from 'react';
import { draftField, type DraftField } from './preset-draft';
import type { ProblemMap } from './preset-problems';
import { FrontMatterFieldRow } from './FrontMatterFieldRow';

interface Props {
  fields: DraftField[];
  problems: ProblemMap;
  readOnly: boolean;
  onChange: (next: DraftField[]) => void;
}

export function FrontMatterFieldList({ fields, problems, readOnly, onChange }: Props) {
  const [addedUid, setAddedUid] = useState<number | null>(null);
  const replaceAt = (index: number, field: DraftField) => onChange(fields.map((f, i) => (i === index ? field : f)));
  const move = (index: number, offset: -1 | 1) => {
    const next = [...fields];
    [next[index], next[index + offset]] = [next[index + offset]!, next[index]!];
    onChange(next);
  };
  const add = () => {
    const field = draftField();
    setAddedUid(field.uid);
    onChange([...fields, field]);
  };
  return (
    <fieldset className="field-list">
      <legend>Front-matter fields</legend>
      <div className="field-head" aria-hidden="true">
        <span>Key</span>
        <span>Type</span>
        <span>Value</span>
      </div>
      <ol>
        {fields.map((field, index) => (
          <FrontMatterFieldRow
            key={field.uid}
            field={field}
            index={index}
            count={fields.length}
            problems={problems}
            readOnly={readOnly}
            autoFocus={field.uid === addedUid}
            onChange={(next) => replaceAt(index, next)}
            onMove={(offset) => move(index, offset)}
            onRemove={() => onChange(fields.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="secondary" onClick={add}>
          Add field
        </button>
      )}
    </fieldset>
  );
}
