/** Language and digit preferences, stored in the archive through the API. */
import { useId, useRef } from 'react';
import { DIGIT_STYLES, LOCALES } from '../../../common/constants';
import type { Preferences } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { useDismissDetails } from './useDismiss';
import './SettingsMenu.css';

/** `onOpenBackups`: «پشتیبان‌ها», the page of the archive's backups. */
export function SettingsMenu({ onOpenBackups }: { onOpenBackups?: () => void }) {
  const { t, locale, digits, setPreferences } = useI18n();
  const localeId = useId();
  const digitsId = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useDismissDetails(detailsRef);

  return (
    <details className="settings-menu" ref={detailsRef}>
      <summary className="button settings-menu__summary">{t('settings.button')}</summary>
      <div className="settings-menu__panel">
        <label htmlFor={localeId}>{t('settings.language')}</label>
        <select
          id={localeId}
          value={locale}
          onChange={(event) => setPreferences({ locale: event.target.value as Preferences['locale'] })}
        >
          {LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`locale.${option}`)}
            </option>
          ))}
        </select>
        <label htmlFor={digitsId}>{t('settings.digits')}</label>
        <select
          id={digitsId}
          value={digits}
          onChange={(event) => setPreferences({ digits: event.target.value as Preferences['digits'] })}
        >
          {DIGIT_STYLES.map((option) => (
            <option key={option} value={option}>
              {t(`digits.${option}`)}
            </option>
          ))}
        </select>
        {onOpenBackups && (
          <button
            type="button"
            className="button settings-menu__wide"
            data-testid="open-backups"
            onClick={() => {
              detailsRef.current?.removeAttribute('open');
              onOpenBackups();
            }}
          >
            {t('settings.backups')}
          </button>
        )}
      </div>
    </details>
  );
}
