// The parts of a preset as form fields, each with its own problems. Controlled: the draft comes in,
// every edit goes out whole, valid or not (the editor decides what is saved).
import type { PresetDraft } from './preset-draft';
import { unplacedProblems, type ProblemMap } from './preset-problems';
import { FieldProblems } from './FieldProblems';
import { FrontMatterFieldList } from './FrontMatterFieldList';
import { TextField } from './TextField';

interface Props {
  draft: PresetDraft;
  problems: ProblemMap;
  readOnly: boolean;
  onChange: (next: PresetDraft) => void;
}

export function PresetForm({ draft, problems, readOnly, onChange }: Props) {
  const at = (key: string) => problems.get(key) ?? [];
  const others = unplacedProblems(problems, draft.fields.length);
  return (
    <form className="preset-form" aria-label={`Preset ${draft.name}`} onSubmit={(e) => e.preventDefault()}>
      <div className="preset-identity">
        <TextField label="Name" value={draft.name} problems={at('name')} readOnly={readOnly} onChange={(name) => onChange({ ...draft, name })} />
        <p className="preset-id">
          Id <code>{draft.id}</code> <span className="hint">(for <code>npm run clip -- --preset {draft.id}</code>)</span>
        </p>
      </div>
      <FrontMatterFieldList
        fields={draft.fields}
        problems={problems}
        readOnly={readOnly}
        onChange={(fields) => onChange({ ...draft, fields })}
      />
      <TextField
        label="File name"
        value={draft.fileName}
        problems={at('fileName')}
        readOnly={readOnly}
        suffix={<span className="suffix">.md</span>}
        onChange={(fileName) => onChange({ ...draft, fileName })}
      />
      <TextField label="Body" multiline value={draft.body} problems={at('body')} readOnly={readOnly} onChange={(body) => onChange({ ...draft, body })} />
      <FieldProblems id={`preset-${draft.id}-other-problems`} source="" problems={others} />
    </form>
  );
}
