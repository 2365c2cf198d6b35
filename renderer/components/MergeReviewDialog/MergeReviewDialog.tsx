/**
 * «نیازمند بازبینی پس از ادغام»: the articles a merge kept from two lines of edits, for the
 * editor to work through: open one, read it, mark it reviewed.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { MergeReviewItem } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';

interface MergeReviewDialogProps {
  onClose: () => void;
  onOpenArticle: (id: string) => void;
  /** How many are left, after one is marked reviewed. */
  onCount: (count: number) => void;
}

export function MergeReviewDialog({ onClose, onOpenArticle, onCount }: MergeReviewDialogProps) {
  const api = useApi();
  const { t, formatDay } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [items, setItems] = useState<MergeReviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.listMergeReviews({ limit: 200 });
    if (result.ok) {
      setItems(result.value.items);
      onCount(result.value.total);
    } else setError(t(errorKey(result.error.code)));
  }, [api, onCount, t]);

  useEffect(() => {
    dialogRef.current?.showModal();
    void load();
  }, [load]);

  const resolve = async (id: string) => {
    const result = await api.resolveMergeReview({ id });
    if (!result.ok) return setError(t(errorKey(result.error.code)));
    setItems((before) => before?.filter((item) => item.id !== id) ?? null);
    onCount(result.value.remaining);
  };

  const close = () => {
    dialogRef.current?.close();
    onClose();
  };

  return (
    <dialog ref={dialogRef} className="modal-dialog import-dialog" aria-labelledby={titleId} data-testid="merge-reviews" onCancel={(event) => { event.preventDefault(); close(); }}>
      <h2 id={titleId} className="modal-dialog__title">
        {t('reviews.title')}
      </h2>
      <p className="import-dialog__intro">{t('reviews.intro')}</p>
      {error && <p className="panel-error" role="alert">{error}</p>}
      {items && items.length === 0 && <p className="muted">{t('reviews.empty')}</p>}
      <ul className="import-dialog__report">
        {(items ?? []).map((item) => (
          <li key={item.id} className="import-report-row" data-testid="merge-review-row">
            <span className="import-report-row__file">
              <bdi>{item.headline}</bdi>
            </span>
            <span className="muted">
              {t(`reviews.reason.${item.reason}`)} · {formatDay(item.markedAt.slice(0, 10))}
            </span>
            <span className="import-dialog__actions">
              <button type="button" className="button button--small" onClick={() => { close(); onOpenArticle(item.id); }}>
                {t('reviews.open')}
              </button>
              <button type="button" className="button button--small" data-testid="merge-review-resolve" onClick={() => void resolve(item.id)}>
                {t('reviews.resolve')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={close}>
          {t('reviews.close')}
        </button>
      </div>
    </dialog>
  );
}
