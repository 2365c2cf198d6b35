/** A person's posts, newest first: «وزیر امور خارجه ایران ۲۰۱۳–۲۰۲۱». */
import type { EntityRole } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import './names.css';

export function EntityRoles({ roles }: { roles: EntityRole[] }) {
  const { t, formatDigits } = useI18n();
  if (roles.length === 0) return null;
  return (
    <section className="entity-card" aria-labelledby="entity-roles-heading">
      <h3 id="entity-roles-heading" className="entity-card__title">
        {t('entity.roles.heading')}
      </h3>
      <ul className="entity-roles">
        {roles.map((role) => (
          <li key={`${role.title}|${role.of}|${role.from}|${role.to}`} className="entity-roles__item" data-testid="entity-role">
            <span dir="auto">{[role.title, role.ofName].filter(Boolean).join(' ')}</span>
            <span className="entity-roles__years">{formatDigits(`${role.from ?? '؟'}–${role.to ?? t('entity.roles.now')}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
