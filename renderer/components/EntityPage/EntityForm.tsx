/**
 * An entity's own fields, for a new entity («نام تازه») and for editing one: kind, canonical
 * name, description and, for an event, the days it ran (chosen in the Solar Hijri calendar).
 * A new entity also takes its other names, one per line. Mistakes the form can see (no name,
 * an event that ends before it starts) are said here, before the archive is asked.
 */
import { useId, useState, type FormEvent } from 'react';
import { LIMITS, type EntityKind } from '../../../common/constants';
import type { ApiError } from '../../../common/result';
import { useI18n } from '../../i18n/I18nProvider';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { SolarHijriDatePicker } from '../SolarHijriDatePicker/SolarHijriDatePicker';
import { entityErrorMessage } from './entityErrors';
import { ENTITY_KINDS, entityKindKey } from './entityKinds';

export interface EntityFormValues {
  kind: EntityKind;
  canonical: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  /** Other names, for a new entity. */
  aliases: string[];
}

interface EntityFormProps {
  mode: 'create' | 'edit';
  initial: EntityFormValues;
  /** Resolves to the archive's refusal, or null when it took the values. */
  onSubmit: (values: EntityFormValues) => Promise<ApiError | null>;
  onCancel: () => void;
}

export function splitAliasLines(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))];
}

export function EntityForm({ mode, initial, onSubmit, onCancel }: EntityFormProps) {
  const { t, dir } = useI18n();
  const [values, setValues] = useState(initial);
  const [aliasText, setAliasText] = useState(initial.aliases.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const change = (changes: Partial<EntityFormValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const canonical = values.canonical.trim();
    if (canonical === '') return setError(t('entity.error.emptyName'));
    const isEvent = values.kind === 'event';
    const startsOn = isEvent ? values.startsOn : null;
    const endsOn = isEvent ? values.endsOn : null;
    if (startsOn && endsOn && endsOn < startsOn) return setError(t('entity.error.datesReversed'));
    setBusy(true);
    try {
      const refused = await onSubmit({ ...values, canonical, startsOn, endsOn, aliases: splitAliasLines(aliasText) });
      if (refused) setError(entityErrorMessage(t, refused));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="entity-form" data-testid="entity-form" onSubmit={(event) => void submit(event)}>
      <div className="entity-form__row">
        <div className="entity-form__field">
          <label htmlFor={`${id}-kind`}>{t('entity.field.kind')}</label>
          <select
            id={`${id}-kind`}
            data-testid="entity-kind"
            value={values.kind}
            onChange={(event) => change({ kind: event.target.value as EntityKind })}
          >
            {ENTITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(entityKindKey(kind))}
              </option>
            ))}
          </select>
        </div>
        <div className="entity-form__field entity-form__field--wide">
          <label htmlFor={`${id}-canonical`}>{t('entity.field.canonical')}</label>
          <PersianTextField
            id={`${id}-canonical`}
            testId="entity-canonical"
            value={values.canonical}
            maxLength={LIMITS.shortText}
            emptyDirection={dir}
            placeholder={t('entity.field.canonicalPlaceholder')}
            onChange={(canonical) => change({ canonical })}
            autoFocus
          />
        </div>
      </div>

      {mode === 'create' && (
        <div className="entity-form__field">
          <label htmlFor={`${id}-aliases`}>{t('entity.field.aliases')}</label>
          <PersianTextField
            id={`${id}-aliases`}
            testId="entity-aliases-input"
            multiline
            className="entity-form__textarea entity-form__textarea--lines"
            value={aliasText}
            emptyDirection={dir}
            placeholder={t('entity.field.aliasesPlaceholder')}
            onChange={(text) => {
              setAliasText(text);
              setError(null);
            }}
          />
        </div>
      )}

      <div className="entity-form__field">
        <label htmlFor={`${id}-description`}>{t('entity.field.description')}</label>
        <PersianTextField
          id={`${id}-description`}
          testId="entity-description"
          multiline
          className="entity-form__textarea"
          value={values.description}
          maxLength={LIMITS.lead}
          emptyDirection={dir}
          placeholder={t('entity.field.descriptionPlaceholder')}
          onChange={(description) => change({ description })}
        />
      </div>

      {values.kind === 'event' && (
        <div className="entity-form__row">
          <div className="entity-form__field">
            <span id={`${id}-starts`} className="entity-form__label">
              {t('entity.field.startsOn')}
            </span>
            <SolarHijriDatePicker labelId={`${id}-starts`} value={values.startsOn} onChange={(startsOn) => change({ startsOn })} />
          </div>
          <div className="entity-form__field">
            <span id={`${id}-ends`} className="entity-form__label">
              {t('entity.field.endsOn')}
            </span>
            <SolarHijriDatePicker labelId={`${id}-ends`} value={values.endsOn} onChange={(endsOn) => change({ endsOn })} />
          </div>
        </div>
      )}

      {error && (
        <p className="entity-form__error" role="alert" data-testid="entity-form-error">
          {error}
        </p>
      )}
      <div className="entity-form__actions">
        <button type="submit" className="button button--primary" data-testid="entity-form-submit" disabled={busy}>
          {mode === 'create' ? t('entity.form.create') : t('entity.form.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('entity.form.cancel')}
        </button>
      </div>
    </form>
  );
}
