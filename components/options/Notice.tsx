// One line saying what just happened, with an Undo button when the change can be taken back.
export interface NoticeState {
  kind: 'info' | 'success' | 'warning' | 'error';
  text: string;
  undo?: () => void;
}

export function Notice({ notice }: { notice: NoticeState | null }) {
  // The live region stays in the page so screen readers announce each new notice.
  return (
    <div className="notice" role="status" aria-live="polite">
      {notice && (
        <p className={`status status-${notice.kind}`} data-status={notice.kind}>
          {notice.text}
          {notice.undo && (
            <button type="button" className="link" onClick={notice.undo}>
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
