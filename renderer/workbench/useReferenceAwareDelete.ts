/**
 * Deleting something other articles refer to takes two steps. The first asks the archive to
 * delete only if nothing points at it ('refuse'); when something does, the archive names it
 * and the writer decides, in a dialog, whether those references go too ('remove').
 */
import { useCallback, useState } from 'react';
import type { DeleteReport } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';

export type ReferencePolicy = 'refuse' | 'remove';

export interface ReferenceAwareDelete {
  /** The references that stopped the first step; the dialog shows them. */
  pending: DeleteReport['references'] | null;
  busy: boolean;
  error: ApiError | null;
  start(): void;
  confirm(): void;
  cancel(): void;
}

export function useReferenceAwareDelete(
  remove: (policy: ReferencePolicy) => Promise<Result<DeleteReport>>,
  onDeleted: (report: DeleteReport) => void,
): ReferenceAwareDelete {
  const [pending, setPending] = useState<DeleteReport['references'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (policy: ReferencePolicy) => {
      setBusy(true);
      setError(null);
      const result = await remove(policy);
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (result.value.deleted) {
        setPending(null);
        onDeleted(result.value);
      } else {
        setPending(result.value.references);
      }
    },
    [remove, onDeleted],
  );

  return {
    pending,
    busy,
    error,
    start: () => void run('refuse'),
    confirm: () => void run('remove'),
    cancel: () => {
      setPending(null);
      setError(null);
    },
  };
}
