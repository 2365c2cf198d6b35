/**
 * Shown instead of the desk when Electron served the page but its preload exposed no
 * `window.dabir`: nothing can be read or saved, and the writer should learn that before
 * typing a word, not from a failed save.
 */
import { useI18n } from '../../i18n/I18nProvider';
import '../../styles/stop-screen.css';

export function BridgeMissingScreen() {
  const { t } = useI18n();
  return (
    <main className="stop-screen" role="alert" data-testid="bridge-missing">
      <h1 className="stop-screen__title">{t('bridge.missingTitle')}</h1>
      <p>{t('bridge.missingProblem')}</p>
      <p>{t('bridge.missingAdvice')}</p>
    </main>
  );
}
