/** The side panel: who, where, when and in what state; the article's dates and size. */
import { useId } from 'react';
import { ARTICLE_STATUSES, LIMITS } from '../../../common/constants';
import type { ArticleFields, ArticleStatus } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import type { TextCounts } from '../../text/counts';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { SolarHijriDatePicker } from '../SolarHijriDatePicker/SolarHijriDatePicker';
import './DetailsPanel.css';
import { DualDate } from '../DualDate/DualDate';

export type DetailFields = Pick<ArticleFields, 'byline' | 'desk' | 'status' | 'datelinePlace' | 'datelineDate'>;

interface DetailsPanelProps {
  fields: DetailFields;
  onChange: (changes: Partial<DetailFields>) => void;
  createdAt: string;
  updatedAt: string;
  counts: TextCounts;
}

type TextDetailField = 'byline' | 'desk' | 'datelinePlace';

// Metadata fields start in the page's direction when empty (their placeholders are in the UI
// language); once typed in, they follow their text like every other field.
interface TextDetailProps {
  field: TextDetailField;
  value: string;
  onChange: (changes: Partial<DetailFields>) => void;
}

function TextDetail({ field, value, onChange }: TextDetailProps) {
  const { t, dir } = useI18n();
  const id = useId();
  return (
    <div className="details-panel__field">
      <label htmlFor={id}>{t(`field.${field}`)}</label>
      <PersianTextField
        id={id}
        value={value}
        maxLength={LIMITS.shortText}
        emptyDirection={dir}
        placeholder={t(`placeholder.${field}`)}
        onChange={(text) => onChange({ [field]: text })}
      />
    </div>
  );
}

export function DetailsPanel({ fields, onChange, createdAt, updatedAt, counts }: DetailsPanelProps) {
  const { t, formatNumber } = useI18n();
  const statusId = useId();
  const dateLabelId = useId();

  return (
    <aside className="details-panel" aria-labelledby="details-heading">
      <h2 id="details-heading" className="details-panel__title">
        {t('workspace.detailsHeading')}
      </h2>

      <TextDetail field="byline" value={fields.byline} onChange={onChange} />
      <TextDetail field="desk" value={fields.desk} onChange={onChange} />

      <div className="details-panel__field">
        <label htmlFor={statusId}>{t('field.status')}</label>
        <select
          id={statusId}
          value={fields.status}
          onChange={(event) => onChange({ status: event.target.value as ArticleStatus })}
        >
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusKey(status))}
            </option>
          ))}
        </select>
      </div>

      <TextDetail field="datelinePlace" value={fields.datelinePlace} onChange={onChange} />

      <div className="details-panel__field">
        <span id={dateLabelId} className="details-panel__label">
          {t('field.datelineDate')}
        </span>
        <SolarHijriDatePicker
          labelId={dateLabelId}
          value={fields.datelineDate}
          onChange={(datelineDate) => onChange({ datelineDate })}
        />
      </div>

      <dl className="details-panel__facts">
        <div>
          <dt>{t('field.createdAt')}</dt>
          <dd>
            <DualDate timestamp={createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('field.updatedAt')}</dt>
          <dd>
            <DualDate timestamp={updatedAt} />
          </dd>
        </div>
      </dl>

      <section className="details-panel__counts" aria-label={t('stats.heading')}>
        <div className="details-panel__count">
          <span className="details-panel__count-value" data-testid="word-count">
            {formatNumber(counts.words)}
          </span>
          <span className="details-panel__count-label">{t('stats.words')}</span>
        </div>
        <div className="details-panel__count">
          <span className="details-panel__count-value" data-testid="character-count">
            {formatNumber(counts.characters)}
          </span>
          <span className="details-panel__count-label">{t('stats.characters')}</span>
        </div>
      </section>
    </aside>
  );
}
