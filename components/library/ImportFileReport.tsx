// What importing one file did: how many clips were added, updated and skipped, the files it left out
// and why, or why the whole file was refused; and, for a backup, its settings to apply if wanted.
import { settingsFileProblems } from '@/components/options/settings-file-problems';
import type { ImportReport } from '@/utils/library/import/apply-import';
import type { FileOutcome } from '@/utils/library/import/import-file';
import type { Settings } from '@/utils/settings/settings';
import { CappedList } from './CappedList';

interface Props {
  outcome: FileOutcome;
  onApplySettings: (fileName: string, settings: Settings) => void;
}

export function ImportFileReport({ outcome, onApplySettings }: Props) {
  if (!outcome.ok) {
    return (
      <li className="import-file" data-outcome="refused">
        <p className="status status-error">
          <strong>{outcome.fileName}</strong>: {outcome.message}
        </p>
      </li>
    );
  }
  const { fileName, report, settings } = outcome;
  const titles = (clips: ImportReport['added']) => clips.map((clip) => clip.title || clip.path || 'Untitled');
  return (
    <li className="import-file" data-outcome="imported">
      <p>
        <strong>{fileName}</strong>: {report.added.length.toLocaleString()} added, {report.updated.length.toLocaleString()} updated,{' '}
        {report.skipped.length.toLocaleString()} skipped.
      </p>
      {report.problems.length > 0 && (
        <div className="import-problems">
          <p>{report.problems.length === 1 ? '1 file was left out:' : `${report.problems.length.toLocaleString()} files were left out:`}</p>
          <CappedList items={report.problems.map((problem) => `${problem.path}: ${problem.message}`)} />
        </div>
      )}
      {report.added.length > 0 && <TitleList label="Added" titles={titles(report.added)} />}
      {report.updated.length > 0 && <TitleList label="Updated" titles={titles(report.updated)} />}
      {settings?.ok && (
        <p>
          This backup also holds settings.{' '}
          <button type="button" className="secondary" data-action="apply-backup-settings" onClick={() => onApplySettings(fileName, settings.value)}>
            Use the backup’s settings
          </button>
        </p>
      )}
      {settings && !settings.ok && (
        <div className="import-problems">
          <p>The settings in this backup cannot be used:</p>
          <CappedList items={settingsFileProblems(settings.error.message)} />
        </div>
      )}
    </li>
  );
}

function TitleList({ label, titles }: { label: string; titles: string[] }) {
  return (
    <details>
      <summary>
        {label}: {titles.length.toLocaleString()}
      </summary>
      <CappedList items={titles} />
    </details>
  );
}
