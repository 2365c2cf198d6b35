/** One click between the light and the dark theme; the choice is saved with the other settings. */
import { useI18n } from '../i18n/I18nProvider';

export function ThemeToggle() {
  const { t, theme, setPreferences } = useI18n();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button button--quiet theme-toggle"
      data-testid="theme-toggle"
      aria-pressed={theme === 'dark'}
      aria-label={t('settings.themeToggle')}
      title={`${t('settings.themeToggle')}: ${t(`settings.theme.${next}`)}`}
      onClick={() => setPreferences({ theme: next })}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
