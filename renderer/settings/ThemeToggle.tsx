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
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

function MoonIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" aria-hidden="true">
      <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
    </svg>
  );
}

function SunIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2.5v2.5M12 19v2.5M2.5 12H5M19 12h2.5M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8" />
    </svg>
  );
}
