/**
 * What differs between two revisions, field by field: the words added (underlined, green)
 * and taken away (struck through, red) in the text, set within the words that stayed, and
 * a status, a date, tags and cross-references as whole values.
 */
import type { ComparedField, DiffPart, RevisionComparison } from '../../../common/contract';
import { LINK_TYPES, type ArticleStatus, type LinkType } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { statusKey } from '../../i18n/messages';

const FIELD_LABELS: Record<ComparedField, MessageKey> = {
  headline: 'field.headline',
  kicker: 'field.kicker',
  lead: 'field.lead',
  body: 'field.body',
  byline: 'field.byline',
  desk: 'field.desk',
  status: 'field.status',
  datelinePlace: 'field.datelinePlace',
  datelineDate: 'field.datelineDate',
  tags: 'panel.section.tags',
  links: 'panel.section.links',
};

/** Fields whose parts are whole values, shown as chips rather than running text. */
const WHOLE_VALUES: ReadonlySet<ComparedField> = new Set(['status', 'datelineDate', 'tags', 'links']);

function useValueLabel(field: ComparedField): (text: string) => string {
  const { t, formatDay } = useI18n();
  if (field === 'status') return (text) => t(statusKey(text as ArticleStatus));
  if (field === 'datelineDate') return (text) => formatDay(text);
  if (field === 'links') {
    // "type: headline" from the archive; the type is shown in the reader's language.
    return (text) => {
      const split = text.indexOf(': ');
      const type = text.slice(0, split) as LinkType;
      return split > 0 && LINK_TYPES.includes(type) ? `${t(`panel.linkType.${type}`)}: ${text.slice(split + 2)}` : text;
    };
  }
  return (text) => text;
}

function Part({ part, label }: { part: DiffPart; label: (text: string) => string }) {
  const { t } = useI18n();
  const text = label(part.text);
  if (part.kind === 'added') {
    return (
      <ins className="history-diff__added" data-testid="diff-added" title={t('history.insertion')}>
        {text}
      </ins>
    );
  }
  if (part.kind === 'removed') {
    return (
      <del className="history-diff__removed" data-testid="diff-removed" title={t('history.deletion')}>
        {text}
      </del>
    );
  }
  return <span>{text}</span>;
}

function FieldDiff({ field, parts }: { field: ComparedField; parts: DiffPart[] }) {
  const { t } = useI18n();
  const label = useValueLabel(field);
  const whole = WHOLE_VALUES.has(field);
  const formattingOnly = field === 'body' && parts.every((part) => part.kind === 'same');
  return (
    <section className="history-diff__field" data-testid={`diff-field-${field}`}>
      <h4 className="history-diff__label">{t(FIELD_LABELS[field])}</h4>
      {formattingOnly ? (
        <p className="muted">{t('history.formatOnly')}</p>
      ) : (
        <p className={whole ? 'history-diff__values' : 'history-diff__text'} dir="auto">
          {parts.map((part, index) => (
            <Part key={index} part={part} label={label} />
          ))}
        </p>
      )}
    </section>
  );
}

export function RevisionDiff({ comparison }: { comparison: RevisionComparison }) {
  const { t } = useI18n();
  if (comparison.fields.length === 0) return <p className="muted">{t('history.noChange')}</p>;
  return (
    <div className="history-diff" data-testid="history-diff">
      {comparison.fields.map((field) => (
        <FieldDiff key={field.field} field={field.field} parts={field.parts} />
      ))}
    </div>
  );
}
