// A labelled text input or text area with its problems beside it: invalid fields say so to assistive
// technology (aria-invalid) and point at their message (aria-describedby).
import { useId, type ReactNode } from 'react';
import { FieldProblems } from './FieldProblems';
import type { Problem } from './preset-problems';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: readonly Problem[];
  multiline?: boolean;
  readOnly?: boolean;
  /** In a table-like row the column heading names the field for sighted users. */
  hideLabel?: boolean;
  /** Shown after the input, e.g. the `.md` a file name gets. */
  suffix?: ReactNode;
  placeholder?: string;
  autoFocus?: boolean;
  className?: string;
}

export function TextField({ label, value, onChange, problems = [], multiline, readOnly, hideLabel, suffix, placeholder, autoFocus, className }: Props) {
  const id = useId();
  const problemsId = `${id}-problems`;
  const common = {
    id,
    value,
    readOnly,
    placeholder,
    autoFocus,
    spellCheck: false,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? problemsId : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className={['text-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'text-field-label'}>
        {label}
      </label>
      <div className="text-field-input">
        {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
        {suffix}
      </div>
      <FieldProblems id={problemsId} source={value} problems={problems} />
    </div>
  );
}
