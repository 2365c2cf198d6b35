/**
 * The reader's settings, stored in the archive through the API: language, digits, theme, the
 * body's text size, which calendar comes first, and the keyboard-shortcut sheet (Ctrl+/).
 */
import { useId, useRef, useState } from 'react';
import { CALENDARS, DIGIT_STYLES, EDITOR_FONT_SIZES, LOCALES, THEMES } from '../../../common/constants';
import type { Preferences } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { ShortcutSheet } from '../../settings/ShortcutSheet';
import { useDismissDetails } from './useDismiss';
import './SettingsMenu.css';

const FONT_SIZES = Array.from({ length: (EDITOR_FONT_SIZES.max - EDITOR_FONT_SIZES.min) / 2 + 1 }, (_, i) => EDITOR_FONT_SIZES.min + i * 2);

/** `onOpenBackups`: «پشتیبان‌ها», the page of the archive's backups. */
export function SettingsMenu({ onOpenBackups }: { onOpenBackups?: () => void }) {
  const { t, locale, digits, theme, editorFontSize, calendarFirst, formatNumber, setPreferences } = useI18n();
  const id = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  useDismissDetails(detailsRef);
  const sizes = FONT_SIZES.includes(editorFontSize) ? FONT_SIZES : [...FONT_SIZES, editorFontSize].sort((a, b) => a - b);

  return (
    <>
      <details className="settings-menu" ref={detailsRef}>
        <summary className="button settings-menu__summary">{t('settings.button')}</summary>
        <div className="settings-menu__panel">
          <label htmlFor={`${id}-locale`}>{t('settings.language')}</label>
          <select id={`${id}-locale`} value={locale} onChange={(event) => setPreferences({ locale: event.target.value as Preferences['locale'] })}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`locale.${option}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-digits`}>{t('settings.digits')}</label>
          <select id={`${id}-digits`} value={digits} onChange={(event) => setPreferences({ digits: event.target.value as Preferences['digits'] })}>
            {DIGIT_STYLES.map((option) => (
              <option key={option} value={option}>
                {t(`digits.${option}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-theme`}>{t('settings.theme')}</label>
          <select id={`${id}-theme`} data-testid="settings-theme" value={theme} onChange={(event) => setPreferences({ theme: event.target.value as Preferences['theme'] })}>
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {t(`settings.theme.${option}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-size`}>{t('settings.fontSize')}</label>
          <select
            id={`${id}-size`}
            data-testid="settings-font-size"
            value={editorFontSize}
            onChange={(event) => setPreferences({ editorFontSize: Number(event.target.value) })}
          >
            {sizes.map((size) => (
              <option key={size} value={size}>
                {formatNumber(size)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-calendar`}>{t('settings.calendarFirst')}</label>
          <select
            id={`${id}-calendar`}
            data-testid="settings-calendar"
            value={calendarFirst}
            onChange={(event) => setPreferences({ calendarFirst: event.target.value as Preferences['calendarFirst'] })}
          >
            {CALENDARS.map((option) => (
              <option key={option} value={option}>
                {t(`settings.calendar.${option}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small settings-menu__wide" data-testid="open-shortcuts" onClick={() => setSheetOpen(true)}>
            {t('settings.shortcuts')} <kbd dir="ltr">Ctrl+/</kbd>
          </button>
          {onOpenBackups && (
            <button
              type="button"
              className="button button--small settings-menu__wide"
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
      <ShortcutSheet open={sheetOpen} onOpen={() => setSheetOpen(true)} onClose={() => setSheetOpen(false)} />
    </>
  );
}
