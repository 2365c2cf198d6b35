/** «پوشش مرتبط»: what the archive holds on the same story, for the writer to reference. */
import { useI18n } from '../../i18n/I18nProvider';
import type { LinksState } from '../../workbench/useArticleLinks';
import { useRelatedArticles } from '../../workbench/useRelatedArticles';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { PanelSection } from './PanelSection';
import { RelatedItem } from './RelatedItem';
import './Related.css';

interface RelatedSectionProps {
  articleId: string;
  savedAt: string;
  links: LinksState;
}

export function RelatedSection({ articleId, savedAt, links }: RelatedSectionProps) {
  const { t } = useI18n();
  const related = useRelatedArticles(articleId, savedAt);
  const items = related.items ?? [];

  return (
    <PanelSection name="related" title={t('panel.section.related')}>
      <div className="related" data-testid="related" aria-busy={related.refreshing} data-refreshing={related.refreshing && related.items !== null ? 'true' : undefined}>
        {related.items === null && !related.error && <p className="panel-note related__loading">{t('panel.related.loading')}</p>}
        {related.error && related.items === null && <p className="panel-error">{t(workbenchErrorKey(related.error.code))}</p>}
        {related.items !== null && items.length === 0 && <p className="panel-note">{t('panel.related.empty')}</p>}
        {items.length > 0 && (
          <ul className="related__list">
            {items.map((item) => (
              <RelatedItem
                key={item.id}
                item={item}
                // The archive's flag is as of the last answer; a link made since counts too.
                linked={item.linked || links.isLinked(item.id)}
                busy={links.busy}
                onLink={(id) => void links.add(id, 'related')}
              />
            ))}
          </ul>
        )}
      </div>
    </PanelSection>
  );
}
