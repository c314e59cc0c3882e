// After a delete: what went, and the way back. It stays until the next delete or until dismissed,
// because an undo that times out while the user reads is no undo.
interface Props {
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoNotice({ text, onUndo, onDismiss }: Props) {
  return (
    <div className="undo" role="status">
      <span>{text}</span>
      <button type="button" data-action="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
