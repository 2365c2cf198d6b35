/**
 * One related story: headline (opens it), its day in Solar Hijri with the Gregorian beside,
 * and why it is related, as small chips (names, tags, words shared with the open article).
 * One click makes it a «مرتبط» cross-reference; then it says so instead.
 */
import type { RelatedArticle } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { useWorkbenchNavigation } from '../../workbench/navigate';
import { DualDate } from '../DualDate/DualDate';

/** Enough to say why; the rest would only crowd a narrow panel. */
const REASONS_SHOWN = 3;

interface RelatedItemProps {
  item: RelatedArticle;
  linked: boolean;
  busy: boolean;
  onLink: (id: string) => void;
}

function Reasons({ names, kind }: { names: string[]; kind: 'entity' | 'tag' | 'term' }) {
  const { t } = useI18n();
  return names.slice(0, REASONS_SHOWN).map((name) => (
    <li key={`${kind}-${name}`} className={`related-reason related-reason--${kind}`} title={t(`panel.related.reason.${kind}`)} data-reason={kind}>
      <bdi>{kind === 'tag' ? `#${name}` : name}</bdi>
    </li>
  ));
}

export function RelatedItem({ item, linked, busy, onLink }: RelatedItemProps) {
  const { t } = useI18n();
  const { openArticle } = useWorkbenchNavigation();
  const headline = item.headline.trim();
  return (
    <li className="related-item" data-testid="related-item" data-article-id={item.id} data-linked={linked}>
      <button type="button" className="panel-link related-item__headline" onClick={() => openArticle(item.id)}>
        {headline ? <span dir={directionOfText(headline)}>{headline}</span> : <span className="muted">{t('archive.untitled')}</span>}
      </button>
      {item.day !== null && <DualDate className="related-item__day" isoDay={item.day} />}
      <ul className="related-item__reasons" aria-label={t('panel.related.why')}>
        <Reasons names={item.sharedEntities} kind="entity" />
        <Reasons names={item.sharedTags} kind="tag" />
        <Reasons names={item.sharedTerms} kind="term" />
      </ul>
      {linked ? (
        <span className="related-item__linked" data-testid="related-linked">
          <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M2.5 6.3 5 8.6l4.5-5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('panel.related.linked')}
        </span>
      ) : (
        <button type="button" className="button button--small related-item__add" data-testid="related-add-link" disabled={busy} onClick={() => onLink(item.id)}>
          {t('panel.related.addLink')}
        </button>
      )}
    </li>
  );
}
