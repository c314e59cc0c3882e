// What an imported settings file brought, in one sentence, so the user can tell it was the right file.
import { resolvePreset, type Settings } from '@/utils/settings/settings';

export function describeSettings(settings: Settings): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `${count(settings.presets.length, 'preset', 'presets')} of your own, ` +
    `${count(settings.rules.length, 'site rule', 'site rules')} and the Markdown options; ` +
    `new clips use “${resolvePreset(settings, settings.preset).name}”`
  );
}
