/** What the writer sees after a render error: what became of the open article's changes, and the way on. */
import { useI18n } from '../../i18n/I18nProvider';
import '../../styles/stop-screen.css';

/** Where the open article's pending changes are: on their way, in the archive, or still only here. */
export type CrashSave = 'saving' | 'saved' | 'unsaved';

interface CrashScreenProps {
  save: CrashSave;
  onRetrySave: () => void;
  onReload: () => void;
}

export function CrashScreen({ save, onRetrySave, onReload }: CrashScreenProps) {
  const { t } = useI18n();
  return (
    <main className="stop-screen" role="alert" data-testid="crash-screen" data-save={save}>
      <h1 className="stop-screen__title">{t('crash.title')}</h1>
      <p data-testid="crash-save">{t(save === 'saving' ? 'crash.saving' : save === 'saved' ? 'crash.saved' : 'crash.unsaved')}</p>
      <p>
        {save === 'unsaved' && (
          <button type="button" className="button button--primary" onClick={onRetrySave}>
            {t('crash.retrySave')}
          </button>
        )}{' '}
        <button type="button" className={save === 'unsaved' ? 'button' : 'button button--primary'} disabled={save === 'saving'} onClick={onReload}>
          {t('crash.reload')}
        </button>
      </p>
    </main>
  );
}
