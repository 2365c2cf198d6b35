/**
 * «ارجاع‌ها»: what this article references, grouped by type (پیگیری، پیشینه، اصلاحیه، مرتبط),
 * a form to add one, and below, the articles that reference this one («ارجاع‌دهنده‌ها»).
 */
import { useState } from 'react';
import { LINK_TYPES } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';
import type { LinksState } from '../../workbench/useArticleLinks';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { AddLinkForm } from './AddLinkForm';
import { LinkItem } from './LinkItem';
import { PanelSection } from './PanelSection';
import './Links.css';

interface LinksSectionProps {
  articleId: string;
  links: LinksState;
}

export function LinksSection({ articleId, links }: LinksSectionProps) {
  const { t, formatNumber } = useI18n();
  const [adding, setAdding] = useState(false);
  const groups = LINK_TYPES.map((type) => ({ type, items: links.links.filter((link) => link.type === type) })).filter((group) => group.items.length > 0);
  const count = links.links.length + links.backlinks.length;

  const addButton = !adding && (
    <button type="button" className="button button--small" data-testid="link-add" onClick={() => setAdding(true)}>
      {t('panel.links.add')}
    </button>
  );

  return (
    <PanelSection name="links" title={t('panel.section.links')} badge={count > 0 ? formatNumber(count) : undefined} actions={addButton}>
      {adding && <AddLinkForm articleId={articleId} busy={links.busy} onAdd={links.add} onClose={() => setAdding(false)} />}
      {links.error && (
        <p className="panel-error" role="alert">
          {t('panel.links.failed', { reason: t(workbenchErrorKey(links.error.code)) })}
        </p>
      )}
      {groups.length === 0 && !adding && <p className="panel-note">{t('panel.links.empty')}</p>}
      {groups.map((group) => (
        <div key={group.type} className="link-group" data-testid={`link-group-${group.type}`}>
          <h4 className={`link-group__title link-type link-type--${group.type}`}>{t(`panel.linkType.${group.type}`)}</h4>
          <ul className="link-list">
            {group.items.map((link) => (
              <LinkItem key={`${link.type}-${link.articleId}-${link.origin}`} link={link} testId="link-item" onRemove={(item) => void links.remove(item)} busy={links.busy} />
            ))}
          </ul>
        </div>
      ))}
      <div className="link-group link-group--back">
        <h4 className="link-group__title">{t('panel.links.backlinks')}</h4>
        {links.backlinks.length === 0 ? (
          <p className="panel-note">{t('panel.links.noBacklinks')}</p>
        ) : (
          <ul className="link-list" data-testid="backlinks">
            {links.backlinks.map((link) => (
              <LinkItem key={`${link.type}-${link.articleId}-${link.origin}`} link={link} testId="backlink-item" showType />
            ))}
          </ul>
        )}
      </div>
    </PanelSection>
  );
}
