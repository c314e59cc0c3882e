// A rule's front-matter overrides: keys forced to fixed values or templates after the preset has
// filled its own. The new row's key gets the focus, since a row without a key cannot be saved.
import { useState } from 'react';
import type { ProblemMap } from '../preset-problems';
import { OverrideRowFields } from './OverrideRowFields';
import { overrideRow, type OverrideRow } from './rule-draft';

interface Props {
  rows: OverrideRow[];
  problems: ProblemMap;
  onChange: (next: OverrideRow[]) => void;
}

export function OverrideList({ rows, problems, onChange }: Props) {
  const [addedUid, setAddedUid] = useState<number | null>(null);
  const add = () => {
    const row = overrideRow();
    setAddedUid(row.uid);
    onChange([...rows, row]);
  };
  return (
    <fieldset className="field-list">
      <legend>Front-matter overrides</legend>
      {rows.length > 0 && (
        <div className="field-head" aria-hidden="true">
          <span>Key</span>
          <span>Type</span>
          <span>Value</span>
        </div>
      )}
      <ol>
        {rows.map((row, index) => (
          <OverrideRowFields
            key={row.uid}
            row={row}
            index={index}
            problems={problems}
            autoFocus={row.uid === addedUid}
            onChange={(next) => onChange(rows.map((r, i) => (i === index ? next : r)))}
            onRemove={() => onChange(rows.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <button type="button" className="secondary" onClick={add}>
        Add override
      </button>
    </fieldset>
  );
}
