/**
 * Asks before a revert, saying what it does: the article becomes the chosen revision again,
 * as a new revision, and nothing in between is lost from the history.
 */
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';

interface RevertDialogProps {
  revision: number;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RevertDialog({ revision, busy, error, onConfirm, onCancel }: RevertDialogProps) {
  const { t, formatNumber } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const number = formatNumber(revision);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog revert-dialog"
      data-testid="revert-dialog"
      aria-labelledby={titleId}
      {...{ [OWN_ESCAPE_ATTRIBUTE]: '' }}
      // Escape closes the dialog too: that is a cancel.
      onClose={onCancel}
    >
      <h2 id={titleId} className="modal-dialog__title">
        {t('history.revertTitle', { number })}
      </h2>
      <p className="revert-dialog__intro">{t('history.revertIntro', { number })}</p>
      {error && (
        <p className="panel-error" role="alert" data-testid="revert-error">
          {error}
        </p>
      )}
      <div className="revert-dialog__actions">
        <button type="button" className="button" data-testid="revert-cancel" onClick={() => dialogRef.current?.close()}>
          {t('history.revertCancel')}
        </button>
        <button type="button" className="button button--primary" data-testid="revert-confirm" disabled={busy} onClick={onConfirm}>
          {t('history.revertConfirm')}
        </button>
      </div>
    </dialog>
  );
}
