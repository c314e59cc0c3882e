// The library's import: JSON backups and ZIPs of Markdown files, one file after another, each read
// whole and written all or nothing; a broken file is reported and the next one still imports. A
// backup's settings are only offered, and written the way the options page imports a settings file.
import { useId, useState } from 'react';
import { describeSettings } from '@/components/options/describe-settings';
import { Notice, type NoticeState } from '@/components/options/Notice';
import type { ImportReport } from '@/utils/library/import/apply-import';
import type { FileOutcome } from '@/utils/library/import/import-file';
import { toClipdownError } from '@/utils/result';
import type { Settings } from '@/utils/settings/settings';
import { readSettings, replaceSettings } from '@/utils/settings/settings-item';
import { ImportFileReport } from './ImportFileReport';
import './panels.css';

/** Imports one file: the library page does it in a worker, tests in place (`importFile`). */
export type Importer = (file: File) => Promise<FileOutcome>;

interface Props {
  importer: Importer;
  /** After each file that added or updated clips, so the page can show them. */
  onImported: (report: ImportReport) => void;
}

interface Working {
  fileName: string;
  position: number;
  count: number;
}

export function ImportPanel({ importer, onImported }: Props) {
  const inputId = useId();
  const [working, setWorking] = useState<Working | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const importFiles = async (files: File[]) => {
    setOutcomes([]);
    setNotice(null);
    for (const [i, file] of files.entries()) {
      setWorking({ fileName: file.name, position: i + 1, count: files.length });
      const outcome = await importer(file);
      setOutcomes((previous) => [...previous, outcome]);
      if (outcome.ok && outcome.report.added.length + outcome.report.updated.length > 0) onImported(outcome.report);
    }
    setWorking(null);
  };

  const applySettings = async (fileName: string, settings: Settings) => {
    try {
      const before = await readSettings();
      await replaceSettings(settings);
      setNotice({
        kind: 'success',
        text: `Settings from ${fileName} are in use: ${describeSettings(settings)}. `,
        undo: () =>
          void replaceSettings(before).then(
            () => setNotice({ kind: 'info', text: 'Undone: your previous settings are back.' }),
            (failure: unknown) => setNotice({ kind: 'error', text: `Could not put your previous settings back: ${toClipdownError(failure, 'storage-failed').message}` }),
          ),
      });
    } catch (failure) {
      setNotice({ kind: 'error', text: `Could not save the backup’s settings: ${toClipdownError(failure, 'storage-failed').message}` });
    }
  };

  return (
    <section className="library-panel import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p className="hint">A Clipdown backup (.json), or a ZIP of Markdown files with front-matter: a Clipdown export, Hexo posts, an Obsidian folder. Clips already here are skipped, not doubled.</p>
      <label htmlFor={inputId} className="file-label">
        Choose files to import
      </label>{' '}
      <input
        id={inputId}
        type="file"
        name="import"
        accept=".zip,.json"
        multiple
        disabled={working !== null}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again (after fixing it) fires another change.
          e.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
      {working && (
        <p className="status status-info" role="status" data-testid="import-working">
          Importing {working.fileName}
          {working.count > 1 && ` (file ${working.position} of ${working.count})`}…
        </p>
      )}
      {outcomes.length > 0 && (
        <ul className="import-report" data-testid="import-report">
          {outcomes.map((outcome, i) => (
            <ImportFileReport key={i} outcome={outcome} onApplySettings={(fileName, settings) => void applySettings(fileName, settings)} />
          ))}
        </ul>
      )}
      <Notice notice={notice} />
    </section>
  );
}
