/**
 * The reader's preferences (language, digits) and everything derived from them: the message
 * lookup, number and date formatting, and the page's `lang`/`dir`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES } from '../../common/constants';
import type { Preferences } from '../../common/contract';
import { useApi } from '../api/ApiContext';
import { formatClockTime, formatGregorianDay, formatSolarHijriDay, formatTimestamp, type MonthNames } from './dates';
import { formatInteger, localizeDigits, type DigitStyle } from './digits';
import { MESSAGES, formatMessage, monthKey, type MessageKey, type MessageParams } from './messages';

export interface I18n {
  locale: Preferences['locale'];
  digits: DigitStyle;
  dir: 'rtl' | 'ltr';
  t: (key: MessageKey, params?: MessageParams) => string;
  monthNames: MonthNames;
  formatNumber: (value: number) => string;
  formatDigits: (text: string) => string;
  /** «۷ آذر ۱۴۰۵» for an ISO day. */
  formatDay: (isoDay: string) => string;
  /** "28 Nov 2026" for an ISO day. */
  formatGregorianDay: (isoDay: string) => string;
  /** «۷ آذر ۱۴۰۵، ۱۴:۰۵» for an ISO timestamp. */
  formatTimestamp: (timestamp: string) => string;
  /** «۱۴:۰۵» for an ISO timestamp. */
  formatTime: (timestamp: string) => string;
  /** The display settings saved with the language: theme, body text size, calendar order. */
  theme: Preferences['theme'];
  editorFontSize: number;
  calendarFirst: Preferences['calendarFirst'];
  setPreferences: (changes: Partial<Preferences>) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [preferences, setPreferencesState] = useState<Preferences>(DEFAULT_PREFERENCES);
  // The first paint waits for the stored preferences (one local call), so an English desk
  // never sees a flash of the Persian layout; if the archive cannot answer, defaults it is.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void api.getPreferences({}).then((result) => {
      if (cancelled) return;
      if (result.ok) setPreferencesState(result.value);
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const setPreferences = useCallback((changes: Partial<Preferences>) => {
    // Applied at once so the switch feels instant; the archive's answer is the final word.
    setPreferencesState((current) => ({ ...current, ...changes }));
    void api.setPreferences({ preferences: changes }).then((result) => {
      if (result.ok) setPreferencesState(result.value);
    });
  }, [api]);

  const i18n = useMemo<I18n>(() => {
    const { locale, digits, theme, editorFontSize, calendarFirst } = preferences;
    const messages = MESSAGES[locale];
    const t = (key: MessageKey, params?: MessageParams) => formatMessage(messages[key], params);
    const monthNames: MonthNames = (month) => messages[monthKey(month)];
    const separator = locale === 'fa' ? '، ' : ', ';
    return {
      locale,
      digits,
      dir: locale === 'fa' ? 'rtl' : 'ltr',
      t,
      monthNames,
      formatNumber: (value) => formatInteger(value, digits),
      formatDigits: (text) => localizeDigits(text, digits),
      formatDay: (isoDay) => formatSolarHijriDay(isoDay, monthNames, digits),
      formatGregorianDay,
      formatTimestamp: (timestamp) => formatTimestamp(timestamp, monthNames, digits, separator),
      formatTime: (timestamp) => formatClockTime(timestamp, digits),
      theme,
      editorFontSize,
      calendarFirst,
      setPreferences,
    };
  }, [preferences, setPreferences]);

  useEffect(() => {
    // The page follows the UI language; the article body keeps its own per-paragraph direction.
    document.documentElement.lang = i18n.locale;
    document.documentElement.dir = i18n.dir;
    document.title = i18n.t('app.title');
    document.documentElement.dataset.theme = i18n.theme;
    document.documentElement.style.setProperty('--body-font-size', `${i18n.editorFontSize}px`);
  }, [i18n]);

  return <I18nContext.Provider value={i18n}>{ready ? children : null}</I18nContext.Provider>;
}
