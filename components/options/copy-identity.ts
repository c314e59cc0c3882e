// The id and name of a new copy of a preset: `hexo-copy` / “Hexo (copy)”, then `hexo-copy-2` /
// “Hexo (copy 2)”. The id is what the CLI's --preset takes, so it stays readable and never changes.
import { isPresetName, type Preset } from '@/utils/pipeline/render/presets';

export function copyIdentity(source: Preset, own: readonly Preset[]): { id: string; name: string } {
  const taken = new Set(own.map((preset) => preset.id));
  // A copy of a copy is named after the original, not "Hexo (copy) (copy)".
  const base = source.id.replace(/-copy(-\d+)?$/, '');
  const name = source.name.replace(/ \(copy( \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const id = n === 1 ? `${base}-copy` : `${base}-copy-${n}`;
    if (!taken.has(id) && !isPresetName(id)) return { id, name: n === 1 ? `${name} (copy)` : `${name} (copy ${n})` };
  }
}
