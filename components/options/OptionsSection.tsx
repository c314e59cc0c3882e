// One titled part of the options page, reachable from the page's navigation by its id.
import type { ReactNode } from 'react';

export interface SectionInfo {
  id: string;
  title: string;
}

export function OptionsSection({ section, intro, children }: { section: SectionInfo; intro?: ReactNode; children: ReactNode }) {
  const headingId = `${section.id}-heading`;
  return (
    <section id={section.id} className="options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}

export function OptionsNav({ sections }: { sections: readonly SectionInfo[] }) {
  return (
    <nav className="options-nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
