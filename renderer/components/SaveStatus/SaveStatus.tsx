/**
 * «ذخیره شد ۱۴:۰۵», «در حال ذخیره…», «تغییرات ذخیره نشده», or the archive's error in words,
 * with a way to try again. `data-state` carries the phase for tests and styling.
 */
import type { ArticleSaver } from '../../autosave/ArticleSaver';
import { useSaveState } from '../../autosave/useSaveState';
import { useI18n } from '../../i18n/I18nProvider';
import { saveErrorKey } from '../../i18n/messages';
import './SaveStatus.css';

export function SaveStatus({ saver }: { saver: ArticleSaver }) {
  const { t, formatTime } = useI18n();
  const state = useSaveState(saver);

  let text: string;
  if (state.phase === 'saving') text = t('save.saving');
  else if (state.error) text = t(saveErrorKey(state.error.code));
  else if (state.phase === 'dirty') text = t('save.dirty');
  else text = t('save.saved', { time: formatTime(state.savedAt) });

  const showError = state.error !== null && state.phase !== 'saving';

  return (
    <div className="save-status" data-state={showError ? 'error' : state.phase}>
      <span
        data-testid="save-status"
        className="save-status__text"
        role={showError ? 'alert' : 'status'}
        data-state={showError ? 'error' : state.phase}
      >
        {text}
      </span>
      {showError && state.error?.code === 'conflict' && (
        <button type="button" className="button button--small" onClick={() => void saver.overwrite()}>
          {t('save.overwrite')}
        </button>
      )}
      {showError && state.error?.code !== 'conflict' && (
        <button type="button" className="button button--small" onClick={() => void saver.retry()}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
