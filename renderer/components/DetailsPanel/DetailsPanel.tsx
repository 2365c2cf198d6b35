/**
 * The side panel, in folds so it stays tidy: «مشخصات» (who, where, when, in what state; dates
 * and size), then the archivist's workbench: tags, known names, cross-references and related
 * coverage, and last the export of the article as a file. Everything below «مشخصات» refreshes after the article's saves.
 */
import { useCallback, useId, useState } from 'react';
import { ARTICLE_STATUSES, LIMITS } from '../../../common/constants';
import type { Article, ArticleFields, ArticleStatus } from '../../../common/contract';
import type { ArticleSaver } from '../../autosave/ArticleSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import type { TextCounts } from '../../../common/text-counts';
import { useArticleLinks } from '../../workbench/useArticleLinks';
import { useArticleMentions } from '../../workbench/useArticleMentions';
import { useArticleTags } from '../../workbench/useArticleTags';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { SolarHijriDatePicker } from '../SolarHijriDatePicker/SolarHijriDatePicker';
import { ExportSection } from '../workbench/ExportSection';
import { LinksSection } from '../workbench/LinksSection';
import { MentionsSection } from '../workbench/MentionsSection';
import { PanelSection } from '../workbench/PanelSection';
import { QuotesSection } from '../names/QuotesSection';
import { RelatedSection } from '../workbench/RelatedSection';
import { TagsSection } from '../workbench/TagsSection';
import './DetailsPanel.css';
import { DualDate } from '../DualDate/DualDate';

export type DetailFields = Pick<ArticleFields, 'byline' | 'desk' | 'status' | 'datelinePlace' | 'datelineDate'>;

interface DetailsPanelProps {
  fields: DetailFields;
  onChange: (changes: Partial<DetailFields>) => void;
  createdAt: string;
  /** When the archive last confirmed a save: the workbench folds refresh when it moves. */
  updatedAt: string;
  counts: TextCounts;
  /** The article as opened: its id, tags, links and backlinks. */
  article: Article;
  /** Tags save through it like every other field. */
  saver: ArticleSaver;
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

export function DetailsPanel({ fields, onChange, createdAt, updatedAt, counts, article, saver }: DetailsPanelProps) {
  const { t } = useI18n();
  const tags = useArticleTags(article, saver);
  // Shared by the cross-references and related coverage, so linking from one shows in the other.
  const links = useArticleLinks(article, saver, updatedAt);
  // A confirmed or dismissed name changes what counts as related, without any save.
  const [decisions, setDecisions] = useState(0);
  const decided = useCallback(() => setDecisions((count) => count + 1), []);
  // Asked once for both sections that show them: the names, and the people quotes can be given to.
  const mentions = useArticleMentions(article.id, saver, updatedAt, decided);

  return (
    <aside className="details-panel" aria-labelledby="details-heading">
      <h2 id="details-heading" className="visually-hidden">
        {t('workspace.detailsHeading')}
      </h2>
      <PanelSection name="details" title={t('panel.section.details')}>
        <ArticleDetails fields={fields} onChange={onChange} createdAt={createdAt} updatedAt={updatedAt} counts={counts} />
      </PanelSection>
      <TagsSection tags={tags.tags} onChange={tags.change} />
      <MentionsSection articleId={article.id} headline={article.headline} state={mentions} savedAt={updatedAt} onDecided={decided} />
      <QuotesSection articleId={article.id} saver={saver} mentions={mentions.mentions} savedAt={`${updatedAt}#${decisions}`} />
      <LinksSection articleId={article.id} links={links} />
      <RelatedSection articleId={article.id} savedAt={`${updatedAt}#${decisions}`} links={links} />
      <ExportSection articleId={article.id} saver={saver} />
    </aside>
  );
}

function ArticleDetails({ fields, onChange, createdAt, updatedAt, counts }: Omit<DetailsPanelProps, 'article' | 'saver'>) {
  const { t, formatNumber } = useI18n();
  const statusId = useId();
  const dateLabelId = useId();

  return (
    <>
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
    </>
  );
}
