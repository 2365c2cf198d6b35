/**
 * The names an entity is known by. Each change is saved at once (an alias is one decision):
 * add a name, remove one, flag one ambiguous (a common word too, so detection only offers it
 * for confirmation), or make one the canonical name (the old one stays an alias).
 */
import { useId, useState } from 'react';
import { LIMITS } from '../../../common/constants';
import type { Entity, EntityAlias } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { PersianTextField } from '../PersianTextField/PersianTextField';

interface EntityAliasesProps {
  entity: Entity;
  busy: boolean;
  /** Saves the whole alias set; resolves false when the archive refused it. */
  onSaveAliases: (aliases: EntityAlias[]) => Promise<boolean>;
  onMakeCanonical: (name: string) => Promise<boolean>;
}

export function EntityAliases({ entity, busy, onSaveAliases, onMakeCanonical }: EntityAliasesProps) {
  const { t, dir } = useI18n();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const inputId = useId();

  const add = async () => {
    const name = draft.trim();
    if (name === '' || busy) return;
    if (entity.aliases.some((alias) => alias.name === name)) {
      setNote(t('entity.aliases.exists', { name }));
      return;
    }
    setNote(null);
    if (await onSaveAliases([...entity.aliases, { name, ambiguous: false }])) setDraft('');
  };

  const toggleAmbiguous = (name: string) =>
    void onSaveAliases(entity.aliases.map((alias) => (alias.name === name ? { ...alias, ambiguous: !alias.ambiguous } : alias)));

  const remove = (name: string) => void onSaveAliases(entity.aliases.filter((alias) => alias.name !== name));

  return (
    <section className="entity-card" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className="entity-card__title">
        {t('entity.aliases.heading')}
      </h3>
      <p className="entity-card__hint">{t('entity.aliases.hint')}</p>
      <ul className="entity-aliases">
        {entity.aliases.map((alias) => {
          const canonical = alias.name === entity.canonical;
          return (
            <li key={alias.name} className="entity-alias" data-testid="entity-alias">
              <span className="entity-alias__label">
                <span className="entity-alias__name" dir="auto">
                  {alias.name}
                </span>
                {canonical && <span className="entity-alias__badge">{t('entity.aliases.canonical')}</span>}
              </span>
              <span className="entity-alias__actions">
                {!canonical && (
                  <>
                    <button
                      type="button"
                      className="button button--small button--quiet entity-alias__promote"
                      disabled={busy}
                      onClick={() => void onMakeCanonical(alias.name)}
                    >
                      {t('entity.aliases.makeCanonical')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet entity-alias__remove"
                      disabled={busy}
                      aria-label={t('entity.aliases.remove', { name: alias.name })}
                      title={t('entity.aliases.remove', { name: alias.name })}
                      onClick={() => remove(alias.name)}
                    >
                      ×
                    </button>
                  </>
                )}
                {/* Last in every row, so the flags line up down the list. */}
                <label className="entity-alias__ambiguous" title={t('entity.aliases.ambiguousHint')}>
                  <input
                    type="checkbox"
                    checked={alias.ambiguous}
                    disabled={busy}
                    onChange={() => toggleAmbiguous(alias.name)}
                  />
                  {t('entity.aliases.ambiguous')}
                </label>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="entity-aliases__add">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('entity.aliases.new')}
        </label>
        <PersianTextField
          id={inputId}
          value={draft}
          onChange={(value) => {
            setDraft(value);
            setNote(null);
          }}
          onEnter={() => void add()}
          placeholder={t('entity.aliases.newPlaceholder')}
          emptyDirection={dir}
          maxLength={LIMITS.shortText}
          testId="alias-input"
        />
        <button type="button" className="button" data-testid="alias-add" disabled={busy || draft.trim() === ''} onClick={() => void add()}>
          {t('entity.aliases.add')}
        </button>
      </div>
      {note && (
        <p className="entity-card__note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
