/**
 * Asks before a delete that would change other articles: names each article that refers to
 * the thing being deleted and what will happen to its reference, so the writer can cancel,
 * or go ahead knowing exactly which stories get a new revision.
 */
import { useEffect, useId, useRef } from 'react';
import type { DeleteReport } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';
import './DeleteDialog.css';

type Reference = DeleteReport['references'][number];

const KIND_KEYS: Record<Reference['kind'], MessageKey> = {
  inline: 'delete.reference.inline',
  backlink: 'delete.reference.backlink',
  link: 'delete.reference.backlink',
  mention: 'delete.reference.mention',
};

interface DeleteDialogProps {
  title: string;
  intro: string;
  references: DeleteReport['references'];
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteDialog({ title, intro, references, confirmLabel, busy, error, onConfirm, onCancel }: DeleteDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog delete-dialog"
      data-testid="delete-dialog"
      aria-labelledby={titleId}
      {...{ [OWN_ESCAPE_ATTRIBUTE]: '' }}
      // Escape closes the dialog too: that is a cancel.
      onClose={onCancel}
    >
      <h2 id={titleId} className="modal-dialog__title">
        {title}
      </h2>
      <p className="delete-dialog__intro">{intro}</p>
      <ul className="delete-dialog__list" data-testid="delete-references">
        {references.map((reference) => (
          <li key={`${reference.articleId}:${reference.kind}`} className="delete-dialog__item">
            <span className="delete-dialog__headline" dir="auto">
              {reference.headline || t('archive.untitled')}
            </span>
            <span className="delete-dialog__kind">{t(KIND_KEYS[reference.kind])}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      <div className="delete-dialog__actions">
        <button type="button" className="button" data-testid="delete-cancel" onClick={() => dialogRef.current?.close()}>
          {t('delete.cancel')}
        </button>
        <button type="button" className="button button--danger" data-testid="delete-confirm" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
