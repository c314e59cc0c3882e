// The library page: every saved clip, searchable, sortable and filterable, with a reader/editor for
// one clip and export/import for many. This file wires state; the parts live in components/library
// and the data work in utils/library.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ClipList } from '@/components/library/ClipList';
import { ClipReader } from '@/components/library/ClipReader';
import { ExportPanel } from '@/components/library/ExportPanel';
import { ImportPanel } from '@/components/library/ImportPanel';
import { DEFAULT_CONTROLS, LibraryToolbar, type ListControls } from '@/components/library/LibraryToolbar';
import { SelectionBar } from '@/components/library/SelectionBar';
import { UndoNotice } from '@/components/library/UndoNotice';
import { StatusMessage } from '@/components/StatusMessage';
import { useStatusAction } from '@/components/use-status-action';
import { ClipDatabase } from '@/utils/library/clip-database';
import { listClips, listFacets } from '@/utils/library/clip-list';
import type { DeletedClips } from '@/utils/library/clip-rows';
import { deleteClips, restoreClips } from '@/utils/library/delete-clips';
import { clickSelection, keepExisting, NO_SELECTION, selectAllShown, type Selection } from '@/utils/library/selection';
import { removeOldExportFiles } from './export-file';
import { afterPaint, markOnce, measureSearch } from './page-timing';
import { exportInWorker, importInWorker } from './run-in-worker';
import { searchInWorker } from './search-in-worker';
import { MAX_HITS, useClipSearch } from './use-clip-search';
import { useSnippets } from './use-snippets';
import { useSummaries } from './use-summaries';

const db = new ClipDatabase();
const searcher = searchInWorker();
const DAY_MS = 86_400_000;

export function LibraryApp() {
  const { summaries, complete, error } = useSummaries(db);
  useEffect(() => void removeOldExportFiles(), []);
  const [typed, setTyped] = useState({ query: '', at: 0 });
  const [controls, setControls] = useState<ListControls>(DEFAULT_CONTROLS);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [openId, setOpenId] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ deleted: DeletedClips; text: string } | null>(null);
  const { status, setStatus, busy, run } = useStatusAction(null);

  const known = useMemo(() => (complete && summaries ? new Map(summaries.map((clip) => [clip.id, clip])) : null), [complete, summaries]);
  const [search, beginSearch] = useClipSearch(db, searcher, typed.query, typed.at, known);
  const searching = typed.query.trim() !== '';
  const searchReady = search.query === typed.query;
  const highlights = searching ? search.highlights : [];
  const { snippets, onInView } = useSnippets(searcher, highlights);

  // Until a search's first results come, the list stays as it was rather than blinking empty.
  const showingHits = searching && search.query !== '';
  const shown = useMemo(() => {
    return listClips(showingHits ? search.hits : (summaries ?? []), {
      sort: showingHits ? controls.searchSort : controls.sort,
      descending: controls.descending,
      site: controls.site,
      tag: controls.tag,
      from: controls.from ? Date.parse(`${controls.from}T00:00`) : null,
      to: controls.to ? Date.parse(`${controls.to}T00:00`) + DAY_MS - 1 : null,
    });
  }, [showingHits, search.hits, summaries, controls]);
  const shownIds = useMemo(() => shown.map((clip) => clip.id), [shown]);
  const facets = useMemo(() => listFacets(summaries ?? []), [summaries]);

  // Selected clips deleted elsewhere (another tab, the popup replacing one) leave the selection.
  useEffect(() => {
    if (known) setSelection((previous) => keepExisting(previous, (id) => known.has(id)));
  }, [known]);

  useEffect(() => {
    // Interactive: the first rows are painted and a task queued then runs, as an input event would.
    if (summaries) afterPaint(() => (markOnce('clipdown:first-rows'), setTimeout(() => markOnce('clipdown:interactive'), 0)));
    if (complete) afterPaint(() => markOnce('clipdown:all-loaded'));
  }, [summaries, complete]);

  // The search worker starts once the first rows are on screen, and is ready before anyone has typed.
  const listed = summaries !== null;
  useEffect(() => {
    if (listed) afterPaint(() => void searcher.warmUp());
  }, [listed]);

  const measured = useRef(-1);
  useEffect(() => {
    if (!searching || !searchReady || measured.current === search.startedAt) return;
    measured.current = search.startedAt;
    afterPaint(() => measureSearch(search.query, search.startedAt));
  }, [searching, searchReady, search]);

  const onSelect = useCallback((id: string, shift: boolean) => setSelection((previous) => clickSelection(previous, shownIds, id, shift)), [shownIds]);

  const onDeleted = (deleted: DeletedClips) => {
    const titles = deleted.clips.map((clip) => `“${clip.title || 'untitled'}”`);
    const text = titles.length === 1 ? `Deleted ${titles[0]}.` : `Deleted ${titles.length.toLocaleString()} clips.`;
    setUndo({ deleted, text });
    setStatus(null);
    if (openId && deleted.clips.some((clip) => clip.id === openId)) setOpenId(null);
  };

  const onDeleteSelected = () =>
    run(async () => {
      const deleted = await deleteClips(db, [...selection.ids]);
      setSelection(NO_SELECTION);
      onDeleted(deleted);
      return null;
    });

  const onUndo = () =>
    run(async () => {
      if (!undo) return null;
      await restoreClips(db, undo.deleted);
      setUndo(null);
      const count = undo.deleted.clips.length;
      return { kind: 'success', text: count === 1 ? 'The clip is back.' : `${count.toLocaleString()} clips are back.` };
    });

  const total = summaries?.length ?? 0;
  const countText = searching
    ? searchReady
      ? `${shown.length.toLocaleString()}${search.hits.length >= MAX_HITS ? '+' : ''} ${shown.length === 1 ? 'clip matches' : 'clips match'}${search.hits.length >= MAX_HITS ? ` (the best ${MAX_HITS}; add a word to narrow it)` : ''}`
      : 'Searching…'
    : summaries
      ? `${shown.length.toLocaleString()}${shown.length !== total ? ` of ${total.toLocaleString()}` : ''}${complete ? '' : '+'} clips`
      : 'Loading…';

  return (
    <div className="library">
      <header className="library-header">
        <h1>Clipdown library</h1>
        <span data-testid="result-count" data-query={typed.query} data-state={searching ? (searchReady ? 'ready' : 'searching') : summaries ? 'ready' : 'loading'}>
          {countText}
        </span>
        <nav>
          <button type="button" className="link" data-action="show-transfer" onClick={() => setOpenId(null)}>
            Export & import
          </button>{' '}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options
          </button>
        </nav>
      </header>
      <main className="library-main">
        <section className="list-pane">
          <LibraryToolbar
            query={typed.query}
            onQuery={(query) => {
              const at = performance.now();
              beginSearch(query);
              setTyped({ query, at });
            }}
            controls={controls}
            onControls={setControls}
            searching={searching}
            facets={facets}
          />
          {(error ?? search.error) && <StatusMessage status={{ kind: 'error', text: (error ?? search.error)! }} />}
          {status && <StatusMessage status={status} />}
          {undo && <UndoNotice text={undo.text} onUndo={() => void onUndo()} onDismiss={() => setUndo(null)} />}
          <SelectionBar
            selectedCount={selection.ids.size}
            shownCount={shown.length}
            onSelectAllShown={() => setSelection((previous) => selectAllShown(previous, shownIds))}
            onClear={() => setSelection(NO_SELECTION)}
            onDelete={() => void onDeleteSelected()}
            busy={busy}
          />
          {summaries && !total ? (
            <p className="empty">No clips yet. Clip a page with the toolbar button and choose Save, or import a ZIP or backup.</p>
          ) : (
            <ClipList
              clips={shown}
              selected={selection.ids}
              openId={openId}
              highlights={highlights}
              snippets={snippets}
              onOpen={setOpenId}
              onSelect={onSelect}
              onInView={onInView}
            />
          )}
        </section>
        <section className="side-pane">
          {openId ? (
            <ClipReader key={openId} db={db} clipId={openId} onDeleted={onDeleted} onClose={() => setOpenId(null)} />
          ) : (
            <>
              <ExportPanel db={db} exporter={exportInWorker} clipIds={selection.ids.size ? [...selection.ids] : null} libraryCount={complete && summaries ? summaries.length : null} />
              <ImportPanel importer={importInWorker} onImported={() => setStatus(null)} />
            </>
          )}
        </section>
      </main>
    </div>
  );
}
