// Edits one preset beside its live preview. Every edit is checked as it is typed; a valid one is
// saved at once (no Save button to forget), an invalid one stays in the form with its problems and
// is not saved, so clips keep using the last valid version.
import { useState } from 'react';
import type { Preset } from '@/utils/pipeline/render/presets';
import { fromDraft, toDraft, type PresetDraft } from './preset-draft';
import { checkPreset, NO_PROBLEMS, type PresetCheck } from './preset-problems';
import { PresetForm } from './PresetForm';
import { PresetPreview } from './PresetPreview';

interface Props {
  /** The stored preset; read once, when the editor opens (mount it again for another). */
  preset: Preset;
  readOnly: boolean;
  clippedAt: Date;
  onSave: (preset: Preset) => void;
  onCopy: () => void;
}

interface EditorState {
  draft: PresetDraft;
  check: PresetCheck;
  /** What clips use now: the stored preset, or the last valid edit. */
  saved: Preset;
}

export function PresetEditor({ preset, readOnly, clippedAt, onSave, onCopy }: Props) {
  const [state, setState] = useState<EditorState>(() => ({ draft: toDraft(preset), check: { ok: true, preset }, saved: preset }));

  const change = (draft: PresetDraft) => {
    const check = checkPreset(fromDraft(draft));
    // Only a real change is written: a trailing space in the name is trimmed away and changes nothing.
    const changed = check.ok && JSON.stringify(check.preset) !== JSON.stringify(state.saved);
    const saved = changed ? check.preset : state.saved;
    setState({ draft, check, saved });
    if (changed) onSave(saved);
  };

  return (
    <div className="preset-editor">
      <div className="preset-editor-form">
        {readOnly && (
          <p className="status read-only-note">
            Built-in presets cannot be changed.{' '}
            <button type="button" onClick={onCopy}>
              Copy to edit
            </button>
          </p>
        )}
        <PresetForm draft={state.draft} problems={state.check.ok ? NO_PROBLEMS : state.check.problems} readOnly={readOnly} onChange={change} />
      </div>
      <PresetPreview preset={state.check.ok ? state.check.preset : state.saved} stale={!state.check.ok} clippedAt={clippedAt} />
    </div>
  );
}
