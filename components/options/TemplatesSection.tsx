// Templates: the presets list, the open preset's editor with its live preview, and the language help.
// Built-in presets are read-only; the user's own copies are edited, renamed, deleted (with undo) and
// chosen for new clips. Every change goes out as a settings update; storage is the caller's business.
import { useState } from 'react';
import { BUILT_IN_PRESETS, copyPreset, type Preset } from '@/utils/pipeline/render/presets';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { copyIdentity } from './copy-identity';
import { Notice, type NoticeState } from './Notice';
import { PresetEditor } from './PresetEditor';
import { PresetList } from './PresetList';
import { TemplateHelp } from './TemplateHelp';

interface Props {
  settings: Settings;
  /** Changes when the settings were replaced as a whole: open editors start over from storage. */
  epoch: number;
  clippedAt: Date;
  onChange: (update: (current: Settings) => Partial<Settings>) => void;
}

export function TemplatesSection({ settings, epoch, clippedAt, onChange }: Props) {
  const [openId, setOpenId] = useState(settings.preset);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const all = [...BUILT_IN_PRESETS, ...settings.presets];
  const open = all.find((preset) => preset.id === openId) ?? all.find((preset) => preset.id === settings.preset) ?? BUILT_IN_PRESETS[0]!;
  const isOwn = (id: string) => settings.presets.some((preset) => preset.id === id);

  const copy = (source: Preset) => {
    const preset = copyPreset(source, copyIdentity(source, settings.presets));
    onChange((current) => ({ presets: [...current.presets, preset] }));
    setOpenId(preset.id);
    setNotice({ kind: 'success', text: `Copied “${source.name}” as “${preset.name}”: edit it below.` });
  };

  const save = (preset: Preset) => {
    onChange((current) => ({ presets: current.presets.map((p) => (p.id === preset.id ? preset : p)) }));
  };

  const choose = (id: string) => {
    onChange(() => ({ preset: id }));
    setNotice({ kind: 'success', text: `New clips use “${all.find((p) => p.id === id)?.name ?? id}”.` });
  };

  const remove = (preset: Preset) => {
    const index = settings.presets.findIndex((p) => p.id === preset.id);
    const wasChosen = settings.preset === preset.id;
    onChange((current) => ({
      presets: current.presets.filter((p) => p.id !== preset.id),
      // Clips need a preset that exists; the default is the one every clipper starts from.
      ...(current.preset === preset.id && { preset: DEFAULT_SETTINGS.preset }),
    }));
    if (openId === preset.id) setOpenId(DEFAULT_SETTINGS.preset);
    const undo = () => {
      onChange((current) => restore(current, preset, index, wasChosen));
      setOpenId(preset.id);
      setNotice({ kind: 'success', text: `Restored “${preset.name}”.` });
    };
    setNotice({ kind: 'info', text: `Deleted “${preset.name}”.${wasChosen ? ' New clips use Default again.' : ''} `, undo });
  };

  return (
    <div className="templates">
      <Notice notice={notice} />
      <div className="templates-layout">
        <PresetList
          builtIn={BUILT_IN_PRESETS}
          own={settings.presets}
          chosenId={settings.preset}
          openId={open.id}
          onChoose={choose}
          onOpen={setOpenId}
          onCopy={copy}
          onDelete={remove}
        />
        <PresetEditor
          key={`${open.id}:${epoch}`}
          preset={open}
          readOnly={!isOwn(open.id)}
          clippedAt={clippedAt}
          onSave={save}
          onCopy={() => copy(open)}
        />
      </div>
      <TemplateHelp />
    </div>
  );
}

/** Puts a deleted preset back where it was, unless its id was taken since; chosen again if it was. */
function restore(current: Settings, preset: Preset, index: number, wasChosen: boolean): Partial<Settings> {
  if (current.presets.some((p) => p.id === preset.id)) return {};
  const presets = [...current.presets];
  presets.splice(Math.min(index, presets.length), 0, preset);
  return { presets, ...(wasChosen && current.preset === DEFAULT_SETTINGS.preset && { preset: preset.id }) };
}
