// Popup: clips the active tab on open, lets the user edit, then save / download / copy.
// All browser work is in utils/browser and utils/library; this file only wires state.
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ClipEditor } from '@/components/ClipEditor';
import { DuplicatePrompt } from '@/components/DuplicatePrompt';
import { SiteRuleBar } from '@/components/SiteRuleBar';
import { StatusMessage, type Status } from '@/components/StatusMessage';
import { useStatusAction } from '@/components/use-status-action';
import { clipActiveTab } from '@/utils/browser/clip-active-tab';
import { downloadMarkdown } from '@/utils/browser/download-markdown';
import { requestImageAccess } from '@/utils/browser/image-access';
import { fetchImage } from '@/utils/pipeline/images/fetch-image';
import { localizeImages, type ImageAsset } from '@/utils/pipeline/images/localize-images';
import { ClipDatabase } from '@/utils/library/clip-database';
import { findSavedCopies, saveClip, type ClipSource } from '@/utils/library/save-clip';
import type { StoredClip } from '@/utils/library/stored-clip';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';
import type { FrontMatter } from '@/utils/pipeline/render/front-matter';
import { BUILT_IN_PRESETS, type Preset } from '@/utils/pipeline/render/presets';
import { createClipContext, rebuildClip, renderClipInContext, type ClipContext } from '@/utils/pipeline/render/render-clip';
import { toClipdownError } from '@/utils/result';
import type { Settings } from '@/utils/settings/settings';
import { markdownOptionsFor, presetFor } from '@/utils/site-rules/rule-settings';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { readSettings, updateSettings } from '@/utils/settings/settings-item';
import type { PickMode } from '../picker.content/pick-mode';
import { openRuleEditor } from './open-rule-editor';
import { startPicker } from './start-picker';

const db = new ClipDatabase();
const IMAGES_NOT_ALLOWED = ' Images stay web links: Clipdown was not allowed to fetch them.';

function failedImagesNote(failed: number): string {
  return failed ? ` ${failed} image(s) could not be fetched and stay web links.` : '';
}

/** Failures where injecting the picker would fail the same way, so it is not offered. */
const NOT_PICKABLE = new Set(['unsupported-page', 'injection-refused']);

type Loaded = {
  page: ClippedPage;
  clippedAt: Date;
  context: ClipContext;
  frontMatter: FrontMatter;
  body: string;
  /** The body as the preset rendered it, to tell whether the user has edited it. */
  renderedBody: string;
};

function load(page: ClippedPage, clippedAt: Date, preset: Preset): Loaded {
  const context = createClipContext(page, { preset, clippedAt });
  const { frontMatter, body } = renderClipInContext(page, context);
  return { page, clippedAt, context, frontMatter, body, renderedBody: body };
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { status, setStatus, busy, run } = useStatusAction<Status>({ kind: 'info', text: 'Clipping this page…' });
  const [duplicate, setDuplicate] = useState<StoredClip | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** The tab being clipped, once it is known to accept the picker. */
  const [tabId, setTabId] = useState<number>();
  const [pickable, setPickable] = useState(false);

  useEffect(() => {
    void (async () => {
      const [result, stored, [tab]] = await Promise.all([
        clipActiveTab(),
        readSettings(),
        browser.tabs.query({ active: true, currentWindow: true }),
      ]);
      setTabId(tab?.id);
      // A page with no article found is where picking one helps most.
      setPickable(tab?.id !== undefined && (result.ok || !NOT_PICKABLE.has(result.error.code)));
      if (!result.ok) return setStatus({ kind: 'error', text: result.error.message });
      const page = result.value;
      setSettings(stored);
      setLoaded(load(page, new Date(), presetFor(stored, appliedRule(stored, page))));
      setStatus(readyStatus(page));
    })().catch((error: unknown) => setStatus({ kind: 'error', text: toClipdownError(error, 'extraction-failed').message }));
  }, []);

  const clip = useMemo(() => (loaded ? rebuildClip(loaded.context, loaded) : null), [loaded]);

  const onPick = (mode: PickMode) => {
    if (tabId === undefined) return;
    startPicker(tabId, mode).catch((error: unknown) =>
      setStatus({ kind: 'error', text: `Could not start picking in this page: ${toClipdownError(error, 'injection-refused').message}` }),
    );
  };

  const ruleBar = (rule: ClippedPage['rule']) =>
    pickable && (
      <SiteRuleBar
        rule={rule}
        onEditRule={() =>
          rule &&
          openRuleEditor(rule.id, tabId).catch((error: unknown) =>
            setStatus({ kind: 'error', text: toClipdownError(error, 'storage-failed').message }),
          )
        }
        onPickArticle={() => onPick('article')}
        onPickRemovals={() => onPick('remove')}
      />
    );

  if (!loaded || !clip) {
    return (
      <main className="popup">
        <Header />
        <StatusMessage status={status} />
        {ruleBar(null)}
      </main>
    );
  }

  const source: ClipSource = {
    url: loaded.page.metadata.url,
    canonicalUrl: loaded.page.metadata.canonicalUrl,
    site: loaded.page.metadata.siteName,
  };

  const store = async (replaceId?: string): Promise<Status> => {
    const kept = await clipToKeep();
    const stored = await saveClip(db, kept.clip, source, { replaceId, now: new Date(), images: kept.images });
    const images = kept.images.length ? ` with ${kept.images.length} image(s)` : '';
    const text = replaceId ? `Updated “${stored.title}” in your library${images}.` : `Saved “${stored.title}” to your library${images}.`;
    return { kind: kept.note ? 'warning' : 'success', text: `${text}${kept.note}` };
  };

  const save = (replaceId?: string) =>
    run(() => {
      setDuplicate(null);
      return store(replaceId);
    });

  const onSave = () =>
    run(async () => {
      const [existing] = await findSavedCopies(db, source);
      if (!existing) return store();
      setDuplicate(existing);
      return { kind: 'info', text: 'Already saved: update it or keep both?' };
    });

  /**
   * The file as the user's image setting wants it: images downloaded beside it (local, for downloads only)
   * or embedded (data-uri). Images that cannot be had keep their web address, and the user is told.
   */
  const imageMode = () => (settings ? markdownOptionsFor(settings, appliedRule(settings, loaded.page)).images : undefined);

  const withImages = async (forDownload: boolean): Promise<{ markdown: string; assets: ImageAsset[]; note: string }> => {
    const mode = imageMode();
    if (mode !== 'data-uri' && !(mode === 'local' && forDownload)) return { markdown: clip.markdown, assets: [], note: '' };
    // Asked first, while the click still counts as the user's gesture.
    if (!(await requestImageAccess())) return { markdown: clip.markdown, assets: [], note: IMAGES_NOT_ALLOWED };
    const localized = await localizeImages(clip.markdown, mode, fetchImage);
    return { markdown: localized.markdown, assets: localized.assets, note: failedImagesNote(localized.failed.length) };
  };

  /**
   * With local images, the library keeps the images with the clip (and its body links them as assets/),
   * so the clip still shows them, and exports them, once the page is gone.
   */
  const clipToKeep = async (): Promise<{ clip: typeof clip; images: ImageAsset[]; note: string }> => {
    if (imageMode() !== 'local') return { clip, images: [], note: '' };
    if (!(await requestImageAccess())) return { clip, images: [], note: IMAGES_NOT_ALLOWED };
    const localized = await localizeImages(loaded.body, 'local', fetchImage);
    const kept = rebuildClip(loaded.context, { frontMatter: loaded.frontMatter, body: localized.markdown });
    return { clip: kept, images: localized.assets, note: failedImagesNote(localized.failed.length) };
  };

  const onDownload = () =>
    run(async () => {
      const { markdown, assets, note } = await withImages(true);
      await downloadMarkdown(clip.filename, markdown, assets);
      const images = assets.length ? ` with ${assets.length} image(s) in assets/` : '';
      return { kind: note ? 'warning' : 'success', text: `Downloading ${clip.filename}${images}.${note}` };
    });

  const onCopy = () =>
    run(async () => {
      const { markdown, note } = await withImages(false);
      await navigator.clipboard.writeText(markdown);
      return { kind: note ? 'warning' : 'success', text: `Copied the Markdown to the clipboard.${note}` };
    });

  const presets = [...BUILT_IN_PRESETS, ...(settings?.presets ?? [])];

  const onPreset = async (id: string) => {
    if (!settings || !presets.some((candidate) => candidate.id === id)) return;
    let next: Loaded;
    try {
      next = load(loaded.page, loaded.clippedAt, presetFor(settings, appliedRule(settings, loaded.page), id));
    } catch (error) {
      return setStatus({ kind: 'error', text: toClipdownError(error, 'extraction-failed').message });
    }
    // A body the user has edited is theirs: switching presets changes front-matter and file name only.
    setLoaded(loaded.body === loaded.renderedBody ? next : { ...next, body: loaded.body });
    setSettings(await updateSettings({ preset: id }));
  };

  return (
    <main className="popup">
      <Header>
        <label className="preset">
          Template{' '}
          <select name="preset" value={loaded.context.preset.id} onChange={(e) => void onPreset(e.target.value)}>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </select>
        </label>
      </Header>
      <StatusMessage status={status} />
      {/* Actions first: the popup is at most 600 px tall, the body editor below may scroll. */}
      <p className="filename" title="File name">
        {clip.filename}
      </p>
      <div className="actions">
        <button type="button" data-action="save" disabled={busy || duplicate !== null} onClick={() => void onSave()}>
          Save
        </button>
        <button type="button" data-action="download" disabled={busy} onClick={() => void onDownload()}>
          Download .md
        </button>
        <button type="button" data-action="copy" disabled={busy} onClick={() => void onCopy()}>
          Copy
        </button>
      </div>
      {ruleBar(loaded.page.rule)}
      {duplicate && (
        <DuplicatePrompt
          savedTitle={duplicate.title}
          savedAt={duplicate.updatedAt}
          onUpdate={() => void save(duplicate.id)}
          onKeepBoth={() => void save()}
          onCancel={() => {
            setDuplicate(null);
            setStatus({ kind: 'info', text: 'Not saved.' });
          }}
        />
      )}
      <ClipEditor
        key={loaded.context.preset.id}
        frontMatter={loaded.frontMatter}
        body={loaded.body}
        onFrontMatterChange={(frontMatter) => setLoaded({ ...loaded, frontMatter })}
        onBodyChange={(body) => setLoaded({ ...loaded, body })}
      />
    </main>
  );
}

function Header({ children }: { children?: React.ReactNode }) {
  return (
    <header className="header">
      <h1>Clipdown</h1>
      <div>
        {children}{' '}
        <button type="button" data-action="library" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}>
          Library
        </button>{' '}
        <button type="button" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </div>
    </header>
  );
}

function readyStatus(page: ClippedPage): Status {
  if (page.warnings.length) return { kind: 'warning', text: page.warnings.join(' ') };
  const rule = page.rule ? ` with site rule “${page.rule.name}”` : '';
  return { kind: 'info', text: `Clipped${rule}. Edit anything, then save, download or copy.` };
}

/** The stored rule the clip was made with (its preset, file name and image handling apply here too). */
function appliedRule(settings: Settings, page: ClippedPage): SiteRule | null {
  return settings.rules.find((rule) => rule.id === page.rule?.id) ?? null;
}
