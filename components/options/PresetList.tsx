// Every preset, built-in ones first: which one new clips use (a radio group), which one is open in
// the editor, and per preset the actions it allows (built-in ones are only copied).
import type { Preset } from '@/utils/pipeline/render/presets';

interface Props {
  builtIn: readonly Preset[];
  own: readonly Preset[];
  /** settings.preset: what new clips use. */
  chosenId: string;
  openId: string;
  onChoose: (id: string) => void;
  onOpen: (id: string) => void;
  onCopy: (preset: Preset) => void;
  onDelete: (preset: Preset) => void;
}

export function PresetList({ builtIn, own, chosenId, openId, onChoose, onOpen, onCopy, onDelete }: Props) {
  const item = (preset: Preset, isOwn: boolean) => (
    <li key={preset.id} className="preset-item" aria-current={preset.id === openId || undefined}>
      <label className="preset-choice">
        <input type="radio" name="preset-for-new-clips" checked={preset.id === chosenId} onChange={() => onChoose(preset.id)} />
        <span>{preset.name}</span>
      </label>
      <span className="preset-actions">
        <button type="button" className="link" aria-label={`${isOwn ? 'Edit' : 'View'} ${preset.name}`} disabled={preset.id === openId} onClick={() => onOpen(preset.id)}>
          {isOwn ? 'Edit' : 'View'}
        </button>
        {/* Names start with the visible text (what speech users say), then whose. */}
        <button type="button" className="link" aria-label={`${isOwn ? 'Duplicate ' : 'Copy to edit: '}${preset.name}`} onClick={() => onCopy(preset)}>
          {isOwn ? 'Duplicate' : 'Copy to edit'}
        </button>
        {isOwn && (
          <button type="button" className="link danger" aria-label={`Delete ${preset.name}`} onClick={() => onDelete(preset)}>
            Delete
          </button>
        )}
      </span>
    </li>
  );
  return (
    <fieldset className="preset-list">
      <legend>Use for new clips</legend>
      <h3 className="preset-group">Built in</h3>
      <ul>{builtIn.map((preset) => item(preset, false))}</ul>
      <h3 className="preset-group">Yours</h3>
      {own.length ? <ul>{own.map((preset) => item(preset, true))}</ul> : <p className="hint">None yet: copy a built-in preset to make one of your own.</p>}
    </fieldset>
  );
}
