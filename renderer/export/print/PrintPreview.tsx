/**
 * «پیش‌نمایش چاپ»: the print sheet over the desk, with the choice of the Gregorian date and a
 * button that prints. In the app it saves a PDF through Electron's `printToPDF` (main asks
 * where); in the browser shell it opens the browser's print, where PDF is one of the printers.
 * Both print the same sheet with the same print stylesheet: while the preview is open, the
 * desk is hidden from print and only the sheet remains.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { exportFilename } from '../../../common/export-filename';
import type { Article } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { datelineText } from '../datelineText';
import { PrintSheet } from './PrintSheet';
import './print.css';

interface PrintPreviewProps {
  article: Article;
  onClose: () => void;
}

export function PrintPreview({ article, onClose }: PrintPreviewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [withGregorian, setWithGregorian] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const dateline = datelineText(article.datelinePlace, article.datelineDate, i18n, withGregorian);

  useEffect(() => {
    document.documentElement.classList.add('is-print-preview');
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('is-print-preview');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const print = async () => {
    setProblem(null);
    if (window.dabirPrint) {
      const result = await window.dabirPrint.savePdf(exportFilename(article.headline, 'pdf'));
      if (!result.ok && result.error !== 'cancelled') setProblem(t('print.failed', { reason: result.error }));
    } else {
      window.print();
    }
  };

  return createPortal(
    <div className="print-preview" role="dialog" aria-modal="true" aria-label={t('print.preview')} data-testid="print-preview">
      <div className="print-preview__bar" dir={i18n.dir}>
        <strong>{t('print.preview')}</strong>
        <label className="print-preview__option">
          <input type="checkbox" data-testid="print-gregorian" checked={withGregorian} onChange={(event) => setWithGregorian(event.target.checked)} />
          {t('print.gregorian')}
        </label>
        <button type="button" className="button button--primary" data-testid="print-now" onClick={() => void print()}>
          {window.dabirPrint ? t('print.savePdf') : t('print.print')}
        </button>
        <button type="button" className="button" data-testid="print-close" onClick={onClose} autoFocus>
          {t('print.close')}
        </button>
        {problem && (
          <span className="print-preview__error" role="alert">
            {problem}
          </span>
        )}
      </div>
      <div className="print-preview__paper">
        <PrintSheet article={article} dateline={dateline} />
      </div>
    </div>,
    document.body,
  );
}
