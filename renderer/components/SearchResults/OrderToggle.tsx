/** «مرتبط‌ترین» / «تازه‌ترین»: two pressed-or-not buttons, since both choices are always visible. */
import { SEARCH_ORDERS, type SearchOrder } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';

export function OrderToggle({ order, onChange }: { order: SearchOrder; onChange: (order: SearchOrder) => void }) {
  const { t } = useI18n();
  return (
    <div className="order-toggle" role="group" aria-label={t('search.order.label')} data-testid="search-order">
      {SEARCH_ORDERS.map((choice) => (
        <button
          key={choice}
          type="button"
          className="order-toggle__choice"
          aria-pressed={order === choice}
          data-order={choice}
          // Keeps focus in the search box, so the arrows still walk the results.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChange(choice)}
        >
          {t(`search.order.${choice}`)}
        </button>
      ))}
    </div>
  );
}
