/**
 * A person's posts, newest first («وزیر امور خارجه ایران ۲۰۱۳–۲۰۲۱»), corrected by editors as
 * they correct names: a post added or removed is saved at once. An upgrade of the starter list
 * never undoes it (the archive adds only posts it never loaded).
 */
import { useId, useState } from 'react';
import type { Entity, EntityRole, EntityRoleInput } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import './names.css';

interface EntityRolesProps {
  entity: Entity;
  busy: boolean;
  /** Saves the whole set of posts; resolves false when the archive refused it. */
  onSaveRoles: (roles: EntityRoleInput[]) => Promise<boolean>;
}

const toInput = (role: EntityRole): EntityRoleInput => ({ title: role.title, of: role.of, from: role.from, to: role.to });
const year = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);
/** Persian and Arabic-Indic digits typed in a year field. */
const latinDigits = (text: string) => text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

export function EntityRoles({ entity, busy, onSaveRoles }: EntityRolesProps) {
  const { t, dir, formatDigits } = useI18n();
  const [draft, setDraft] = useState({ title: '', from: '', to: '' });
  const id = useId();
  const { roles } = entity;
  if (roles.length === 0 && entity.kind !== 'person') return null;

  const add = async () => {
    const title = draft.title.trim();
    if (title === '' || busy) return;
    const role = { title, from: year(latinDigits(draft.from)), to: year(latinDigits(draft.to)) };
    if (await onSaveRoles([...roles.map(toInput), role])) setDraft({ title: '', from: '', to: '' });
  };
  const remove = (index: number) => void onSaveRoles(roles.filter((_, i) => i !== index).map(toInput));

  return (
    <section className="entity-card" aria-labelledby={`${id}-heading`} data-testid="entity-roles">
      <h3 id={`${id}-heading`} className="entity-card__title">
        {t('entity.roles.heading')}
      </h3>
      {roles.length > 0 && (
        <ul className="entity-roles">
          {roles.map((role, index) => (
            <li key={`${role.title}|${role.of}|${role.from}|${role.to}`} className="entity-roles__item" data-testid="entity-role">
              <span dir="auto">{[role.title, role.ofName].filter(Boolean).join(' ')}</span>
              <span className="entity-roles__years">{formatDigits(`${role.from ?? '؟'}–${role.to ?? t('entity.roles.now')}`)}</span>
              <button
                type="button"
                className="button button--small button--quiet"
                data-testid="entity-role-remove"
                aria-label={t('entity.roles.remove', { title: role.title })}
                disabled={busy}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="entity-roles__form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <PersianTextField
          id={`${id}-title`}
          value={draft.title}
          emptyDirection={dir}
          placeholder={t('entity.roles.title')}
          onChange={(title) => setDraft({ ...draft, title })}
        />
        <input
          className="entity-roles__year"
          inputMode="numeric"
          aria-label={t('entity.roles.from')}
          placeholder={t('entity.roles.from')}
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
        <input
          className="entity-roles__year"
          inputMode="numeric"
          aria-label={t('entity.roles.to')}
          placeholder={t('entity.roles.to')}
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <button type="submit" className="button button--small" data-testid="entity-role-add" disabled={busy || draft.title.trim() === ''}>
          {t('entity.roles.add')}
        </button>
      </form>
    </section>
  );
}
