// Asked when the page is already in the library: replace that clip, or keep both.
interface Props {
  savedTitle: string;
  savedAt: number;
  onUpdate: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}

export function DuplicatePrompt({ savedTitle, savedAt, onUpdate, onKeepBoth, onCancel }: Props) {
  return (
    <div className="prompt" role="alertdialog" aria-labelledby="duplicate-title">
      <p id="duplicate-title">
        This page is already in your library: <strong>{savedTitle || 'untitled'}</strong>, saved{' '}
        {new Date(savedAt).toLocaleString()}.
      </p>
      <div className="actions">
        <button type="button" data-action="update" onClick={onUpdate}>
          Update saved clip
        </button>
        <button type="button" data-action="keep-both" onClick={onKeepBoth}>
          Keep both
        </button>
        <button type="button" data-action="cancel" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
