// The template language at a glance: every variable and filter with what it does, from the same
// lists the checker uses, so the help never names something that does not exist.
import { TEMPLATE_FILTERS } from '@/utils/pipeline/template/filters';
import { TEMPLATE_VARIABLES } from '@/utils/pipeline/template/template-variables';

export function TemplateHelp() {
  return (
    <details className="template-help" open>
      <summary>Variables and filters</summary>
      <p className="hint">
        Write <code>{'{{variable}}'}</code>, add filters with <code>|</code>: <code>{'{{title|slug}}'}</code>,{' '}
        <code>{'{{published|date:"YYYY-MM-DD"}}'}</code>, <code>{'{{author|default:site|upper}}'}</code>. Text outside{' '}
        <code>{'{{ }}'}</code> is kept as written.
      </p>
      <div className="help-columns">
        <HelpList title="Variables" entries={TEMPLATE_VARIABLES.map(({ name, description }) => ({ term: `{{${name}}}`, description }))} />
        <HelpList title="Filters" entries={TEMPLATE_FILTERS.map(({ syntax, description }) => ({ term: `|${syntax}`, description }))} />
      </div>
    </details>
  );
}

function HelpList({ title, entries }: { title: string; entries: { term: string; description: string }[] }) {
  return (
    <div>
      <h3>{title}</h3>
      <dl>
        {entries.map(({ term, description }) => (
          <div key={term} className="help-entry">
            <dt>
              <code>{term}</code>
            </dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
