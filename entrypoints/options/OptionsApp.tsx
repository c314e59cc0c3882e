// Options page: Rules, Templates, Markdown, Backup. This file only wires stored settings, the page's
// address (`#rule=<id>&tab=<tabId>`, the popup's "edit this rule" link) and the few browser calls to
// the components, which know none of them.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { BackupSection } from '@/components/options/BackupSection';
import { describeSettings } from '@/components/options/describe-settings';
import { MarkdownSection } from '@/components/options/MarkdownSection';
import { OptionsNav, OptionsSection, type SectionInfo } from '@/components/options/OptionsSection';
import { parseRuleLink } from '@/components/options/rules/rule-link';
import { RulesSection } from '@/components/options/rules/RulesSection';
import { SyncNote } from '@/components/options/SyncNote';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import { requestImageAccess } from '@/utils/browser/image-access';
import { tabAddress } from '@/utils/browser/tab-address';
import { testRuleOnTab } from '@/utils/browser/test-rule-on-tab';
import { downloadSettingsFile } from './download-settings-file';
import { useStoredSettings } from './use-stored-settings';

const SECTIONS = {
  rules: { id: 'rules', title: 'Site rules' },
  templates: { id: 'templates', title: 'Templates' },
  markdown: { id: 'markdown', title: 'Markdown' },
  backup: { id: 'backup', title: 'Backup' },
} as const satisfies Record<string, SectionInfo>;

export function OptionsApp() {
  const { settings, epoch, error, location, update, replace } = useStoredSettings();
  // One clock for every preview, so the sample's `clipped` does not tick while the user types.
  const [clippedAt] = useState(() => new Date());
  const link = useRuleLink();
  const linkedTab = useLinkedTab(link.tabId);

  return (
    <div className="options">
      <header className="options-header">
        <h1>Clipdown options</h1>
        <OptionsNav sections={Object.values(SECTIONS)} />
        <a className="library-link" href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Clip library
        </a>
      </header>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      <SyncNote location={location} />
      {!settings ? (
        !error && <p className="status">Reading your settings…</p>
      ) : (
        <main>
          <OptionsSection
            section={SECTIONS.rules}
            intro="For sites you clip often: where the article is, what to throw away and which front-matter the clip gets. Changes are saved as you type, once they are valid."
          >
            <RulesSection
              settings={settings}
              epoch={epoch}
              clippedAt={clippedAt}
              linkedRule={link.rule}
              linkedTab={linkedTab}
              onChange={update}
              onTest={testRuleOnTab}
              requestImageAccess={requestImageAccess}
            />
          </OptionsSection>
          <OptionsSection
            section={SECTIONS.templates}
            intro="A preset decides a clip’s front-matter, file name and body. Copy a built-in one to make it yours; changes are saved as you type, once they are valid."
          >
            <TemplatesSection settings={settings} epoch={epoch} clippedAt={clippedAt} onChange={update} />
          </OptionsSection>
          <OptionsSection section={SECTIONS.markdown} intro="How clips are written. The popup and the command line both follow these choices.">
            <MarkdownSection options={settings.markdown} onChange={(markdown) => update(() => ({ markdown }))} requestImageAccess={requestImageAccess} />
          </OptionsSection>
          <OptionsSection section={SECTIONS.backup} intro={`An export now holds ${describeSettings(settings)}.`}>
            <BackupSection settings={settings} onExport={() => downloadSettingsFile(settings)} onImport={replace} />
          </OptionsSection>
        </main>
      )}
    </div>
  );
}

/** The rule and tab the page's address names; a new `#rule=` (the popup linking again) opens it again. */
function useRuleLink() {
  const read = (visit: number) => {
    const { ruleId, tabId } = parseRuleLink(location.hash);
    return { rule: ruleId ? { id: ruleId, visit } : null, tabId };
  };
  const [link, setLink] = useState(() => read(0));
  useEffect(() => {
    const onHashChange = () => setLink((previous) => read((previous.rule?.visit ?? 0) + 1));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return link;
}

function useLinkedTab(tabId: number | null): { id: number; url: string | null } | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (tabId === null) return;
    let live = true;
    void tabAddress(tabId).then((address) => live && setUrl(address));
    return () => {
      live = false;
    };
  }, [tabId]);
  return tabId === null ? null : { id: tabId, url };
}
