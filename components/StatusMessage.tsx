// One line of feedback: what just happened, or what went wrong and what to do.
import './status-message.css';

export type Status = { kind: 'info' | 'success' | 'warning' | 'error'; text: string };

export function StatusMessage({ status }: { status: Status }) {
  return (
    <p className={`status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-status={status.kind}>
      {status.text}
    </p>
  );
}
