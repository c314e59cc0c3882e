// Options page: Templates, Markdown, Backup (site rules join later as one more section). This file
// only wires stored settings and the few browser calls to the components, which know neither.
import { useState } from 'react';
import { BackupSection } from '@/components/options/BackupSection';
import { MarkdownSection } from '@/components/options/MarkdownSection';
import { OptionsNav, OptionsSection, type SectionInfo } from '@/components/options/OptionsSection';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import { requestImageAccess } from '@/utils/browser/image-access';
import { downloadSettingsFile } from './download-settings-file';
import { useStoredSettings } from './use-stored-settings';

const SECTIONS = {
  templates: { id: 'templates', title: 'Templates' },
  markdown: { id: 'markdown', title: 'Markdown' },
  backup: { id: 'backup', title: 'Backup' },
} as const satisfies Record<string, SectionInfo>;

export function OptionsApp() {
  const { settings, epoch, error, update, replace } = useStoredSettings();
  // One clock for every preview, so the sample's `clipped` does not tick while the user types.
  const [clippedAt] = useState(() => new Date());

  return (
    <div className="options">
      <header className="options-header">
        <h1>Clipdown options</h1>
        <OptionsNav sections={Object.values(SECTIONS)} />
      </header>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      {!settings ? (
        !error && <p className="status">Reading your settings…</p>
      ) : (
        <main>
          <OptionsSection
            section={SECTIONS.templates}
            intro="A preset decides a clip’s front-matter, file name and body. Copy a built-in one to make it yours; changes are saved as you type, once they are valid."
          >
            <TemplatesSection settings={settings} epoch={epoch} clippedAt={clippedAt} onChange={update} />
          </OptionsSection>
          <OptionsSection section={SECTIONS.markdown} intro="How clips are written. The popup and the command line both follow these choices.">
            <MarkdownSection options={settings.markdown} onChange={(markdown) => update(() => ({ markdown }))} requestImageAccess={requestImageAccess} />
          </OptionsSection>
          <OptionsSection section={SECTIONS.backup}>
            <BackupSection settings={settings} onExport={() => downloadSettingsFile(settings)} onImport={replace} />
          </OptionsSection>
        </main>
      )}
    </div>
  );
}
