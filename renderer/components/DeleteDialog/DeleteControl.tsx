/**
 * A delete button with what follows it: the archive's refusal in words beside it, or the
 * dialog naming the articles that refer to what is being deleted. The owner supplies the
 * delete itself (useReferenceAwareDelete) and the words.
 */
import type { ReferenceAwareDelete } from '../../workbench/useReferenceAwareDelete';
import { DeleteDialog } from './DeleteDialog';

interface DeleteControlProps {
  deletion: ReferenceAwareDelete;
  label: string;
  testId: string;
  /** The failed delete in words, or null. */
  error: string | null;
  errorClassName: string;
  dialog: { title: string; intro: string; confirmLabel: string };
}

export function DeleteControl({ deletion, label, testId, error, errorClassName, dialog }: DeleteControlProps) {
  return (
    <>
      <button type="button" className="button button--small button--quiet" data-testid={testId} disabled={deletion.busy} onClick={deletion.start}>
        {label}
      </button>
      {error && !deletion.pending && (
        <span className={errorClassName} role="alert">
          {error}
        </span>
      )}
      {deletion.pending && (
        <DeleteDialog
          {...dialog}
          references={deletion.pending}
          busy={deletion.busy}
          error={error}
          onConfirm={deletion.confirm}
          onCancel={deletion.cancel}
        />
      )}
    </>
  );
}
