// Settings to and from a file. Export writes what is stored; import is all or nothing: a file with any
// problem is refused with every problem listed and nothing changes; a good file replaces the settings
// and can be undone.
import { useId, useState } from 'react';
import type { Settings } from '@/utils/settings/settings';
import { parseSettingsFile } from '@/utils/settings/parse-settings-file';
import { describeSettings } from './describe-settings';
import { Notice, type NoticeState } from './Notice';
import { settingsFileProblems } from './settings-file-problems';

interface Props {
  settings: Settings;
  onExport: () => void;
  onImport: (settings: Settings) => void;
}

type Refusal = { fileName: string; problems: string[] };

export function BackupSection({ settings, onExport, onImport }: Props) {
  const inputId = useId();
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const importFile = async (file: File) => {
    setNotice(null);
    setRefusal(null);
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) return setRefusal({ fileName: file.name, problems: settingsFileProblems(parsed.error.message) });
    const before = settings;
    onImport(parsed.value);
    setNotice({
      kind: 'success',
      text: `Imported ${file.name}: ${describeSettings(parsed.value)}. `,
      undo: () => {
        onImport(before);
        setNotice({ kind: 'info', text: 'Import undone: your previous settings are back.' });
      },
    });
  };

  return (
    <div className="backup">
      <p>
        Presets, Markdown options and site rules as one JSON file: keep it as a backup, move it to another browser, or give it
        to the command line (<code>npm run clip -- page.html --rules settings.json</code>).
      </p>
      <div className="backup-actions">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
        <label htmlFor={inputId} className="file-label">
          Import settings from a file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) fires another change.
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <Notice notice={notice} />
      {refusal && (
        <div className="status status-error import-problems" role="alert">
          <p>
            {refusal.fileName} was not imported, and nothing changed. {refusal.problems.length === 1 ? 'Its problem:' : `Its ${refusal.problems.length} problems:`}
          </p>
          <ul>
            {refusal.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
