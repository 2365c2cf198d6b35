/**
 * The small inline form the link button opens (instead of `window.prompt`, which Electron does
 * not implement). Only http(s) and mailto addresses are accepted.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { normalizeLinkInput } from '../../links';

interface LinkFormProps {
  initialUrl: string;
  onSubmit: (url: string) => void;
  onCancel: () => void;
}

export function LinkForm({ initialUrl, onSubmit, onCancel }: LinkFormProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeLinkInput(value);
    if (url === null) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    onSubmit(url);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    // A plain div with a submit handler on Enter: the page's CSP has `form-action 'none'`, and a
    // <form> is not needed when nothing is ever submitted to a server.
    <div className="link-form" role="group" aria-label={t('toolbar.link')} onKeyDown={onKeyDown}>
      <label htmlFor={inputId} className="link-form__label">
        {t('link.url')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="link-form__input"
        type="url"
        dir="ltr"
        inputMode="url"
        placeholder="https://"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit(event);
        }}
      />
      <button type="button" className="button button--primary" onClick={submit}>
        {t('link.apply')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('link.cancel')}
      </button>
      {invalid && (
        <p id={errorId} className="link-form__error" role="alert">
          {t('link.invalid')}
        </p>
      )}
    </div>
  );
}
