// A button's action with its outcome as one line of status: busy while it runs (buttons disable),
// and any failure shown as the message a user can act on instead of an unhandled rejection.
import { useState } from 'react';
import { toClipdownError } from '@/utils/result';
import type { Status } from './StatusMessage';

export function useStatusAction<S extends Status | null>(initial: S) {
  const [status, setStatus] = useState<Status | S>(initial);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<Status | S>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: toClipdownError(error, 'storage-failed').message });
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, busy, run };
}
