// A preset as the form edits it: each field row carries a stable `uid` so React keeps focus and
// typed text in the right row while rows are added, removed and moved.
import type { FrontMatterField, Preset } from '@/utils/pipeline/render/presets';

export interface DraftField extends FrontMatterField {
  uid: number;
}

export interface PresetDraft extends Omit<Preset, 'fields'> {
  fields: DraftField[];
}

let lastUid = 0;

export function draftField(field: FrontMatterField = { key: '', value: '', type: 'text' }): DraftField {
  lastUid += 1;
  return { ...field, uid: lastUid };
}

export function toDraft(preset: Preset): PresetDraft {
  return { ...preset, fields: preset.fields.map((field) => draftField(field)) };
}

export function fromDraft(draft: PresetDraft): Preset {
  return { ...draft, fields: draft.fields.map(({ key, value, type }) => ({ key, value, type })) };
}
