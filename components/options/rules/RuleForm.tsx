// A site rule's parts as form fields, each with its own problems. Controlled: the draft comes in,
// every edit goes out whole, valid or not (the editor decides what is saved).
import { useId, type ReactNode } from 'react';
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';
import type { Preset } from '@/utils/pipeline/render/presets';
import type { FieldSelectors } from '@/utils/site-rules/site-rule';
import { FieldProblems } from '../FieldProblems';
import type { Problem, ProblemMap } from '../preset-problems';
import { TextField } from '../TextField';
import { OverrideList } from './OverrideList';
import { OTHER_PROBLEMS } from './rule-check';
import type { RuleDraft } from './rule-draft';
import { RuleMarkdownChoices } from './RuleMarkdownChoices';

const FIELD_SELECTORS: readonly { field: keyof FieldSelectors; label: string }[] = [
  { field: 'title', label: 'Title selector' },
  { field: 'author', label: 'Author selector' },
  { field: 'published', label: 'Date selector' },
  { field: 'image', label: 'Lead image selector' },
];

interface Props {
  draft: RuleDraft;
  problems: ProblemMap;
  presets: readonly Preset[];
  markdownDefaults: MarkdownOptions;
  onChange: (next: RuleDraft) => void;
  requestImageAccess: () => Promise<boolean>;
}

export function RuleForm({ draft, problems, presets, markdownDefaults, onChange, requestImageAccess }: Props) {
  const at = (key: string) => problems.get(key) ?? [];
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => onChange({ ...draft, [key]: value });
  const otherId = useId();
  return (
    <form className="rule-form" aria-label={`Rule ${draft.name || 'without a name'}`} onSubmit={(e) => e.preventDefault()}>
      <TextField label="Name" value={draft.name} placeholder="e.g. Xinhua news" problems={at('name')} onChange={(name) => set('name', name)} />
      <Hinted hint={<>One per line: a match pattern such as <code>*://*.example.com/news/*</code>, or a plain host such as <code>example.com</code> (its subdomains and any port too).</>}>
        <TextField label="URL patterns" multiline value={draft.patterns} problems={at('patterns')} onChange={(patterns) => set('patterns', patterns)} />
      </Hinted>
      <fieldset className="rule-group">
        <legend>Article</legend>
        <TextField label="Content selector" value={draft.contentSelector} placeholder="e.g. article .post-body (empty: Clipdown finds it)" problems={at('contentSelector')} onChange={(contentSelector) => set('contentSelector', contentSelector)} />
        <Checkbox
          label="Use Readability inside it (off: take the element as it is)"
          checked={draft.useReadability}
          problems={at('useReadability')}
          onChange={(useReadability) => set('useReadability', useReadability)}
        />
        <Hinted hint="One CSS selector per line: share buttons, related links, comments…">
          <TextField label="Remove selectors" multiline value={draft.removeSelectors} problems={at('removeSelectors')} onChange={(removeSelectors) => set('removeSelectors', removeSelectors)} />
        </Hinted>
      </fieldset>
      <fieldset className="rule-group rule-field-selectors">
        <legend>Metadata the page prints where Clipdown does not look (optional)</legend>
        {FIELD_SELECTORS.map(({ field, label }) => (
          <TextField
            key={field}
            label={label}
            value={draft.fieldSelectors[field]}
            problems={at(`fieldSelectors.${field}`)}
            onChange={(selector) => set('fieldSelectors', { ...draft.fieldSelectors, [field]: selector })}
          />
        ))}
      </fieldset>
      <OverrideList rows={draft.frontMatter} problems={problems} onChange={(frontMatter) => set('frontMatter', frontMatter)} />
      <fieldset className="rule-group">
        <legend>File</legend>
        <PresetChoice value={draft.preset} presets={presets} problems={at('preset')} onChange={(preset) => set('preset', preset)} />
        <TextField
          label="File name"
          value={draft.fileName}
          placeholder="as in the preset, e.g. {{title|slug}}"
          problems={at('fileName')}
          suffix={<span className="suffix">.md</span>}
          onChange={(fileName) => set('fileName', fileName)}
        />
      </fieldset>
      <RuleMarkdownChoices value={draft.markdown} defaults={markdownDefaults} onChange={(markdown) => set('markdown', markdown)} requestImageAccess={requestImageAccess} />
      <FieldProblems id={otherId} source="" problems={at(OTHER_PROBLEMS)} />
    </form>
  );
}

function Hinted({ hint, children }: { hint: ReactNode; children: ReactNode }) {
  return (
    <div className="hinted">
      {children}
      <p className="hint">{hint}</p>
    </div>
  );
}

function Checkbox({ label, checked, problems, onChange }: { label: string; checked: boolean; problems: readonly Problem[]; onChange: (checked: boolean) => void }) {
  const problemsId = useId();
  return (
    <div className="checkbox-field">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? problemsId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
      <FieldProblems id={problemsId} source="" problems={problems} />
    </div>
  );
}

function PresetChoice({ value, presets, problems, onChange }: { value: string; presets: readonly Preset[]; problems: readonly Problem[]; onChange: (id: string) => void }) {
  const id = useId();
  const problemsId = `${id}-problems`;
  const known = value === '' || presets.some((preset) => preset.id === value);
  return (
    <div className="text-field">
      <label htmlFor={id} className="text-field-label">
        Preset
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? problemsId : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">As chosen for new clips</option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name}
          </option>
        ))}
        {/* A preset deleted since the rule chose it stays visible, so the problem below has something to point at. */}
        {!known && <option value={value}>{value} (missing)</option>}
      </select>
      <FieldProblems id={problemsId} source="" problems={problems} />
    </div>
  );
}
