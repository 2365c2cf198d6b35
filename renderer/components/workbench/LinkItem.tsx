/**
 * One cross-reference: the other article's headline (which opens it, as a row of the archive
 * list would), and for a manual link a way to take it away. Inline links belong to the body's
 * [[…]] and are changed there, so they only say «در متن».
 */
import type { ArticleLinkView } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { useWorkbenchNavigation } from '../../workbench/navigate';

interface LinkItemProps {
  link: ArticleLinkView;
  testId: 'link-item' | 'backlink-item';
  /** Backlinks say their type on each row; outgoing ones are grouped under it. */
  showType?: boolean;
  onRemove?: (link: ArticleLinkView) => void;
  busy?: boolean;
}

export function LinkItem({ link, testId, showType = false, onRemove, busy = false }: LinkItemProps) {
  const { t } = useI18n();
  const { openArticle } = useWorkbenchNavigation();
  const headline = link.headline.trim();
  return (
    <li className="link-item" data-testid={testId} data-article-id={link.articleId} data-type={link.type} data-origin={link.origin}>
      <button type="button" className="panel-link link-item__headline" onClick={() => openArticle(link.articleId)}>
        {headline ? <span dir={directionOfText(headline)}>{headline}</span> : <span className="muted">{t('archive.untitled')}</span>}
      </button>
      <span className="link-item__meta">
        {showType && <span className={`link-type link-type--${link.type}`}>{t(`panel.linkType.${link.type}`)}</span>}
        {link.origin === 'inline' && <span className="link-item__inline">{t('panel.links.inline')}</span>}
        {onRemove && link.origin === 'manual' && (
          <button
            type="button"
            className="link-item__remove"
            data-testid="link-remove"
            disabled={busy}
            aria-label={t('panel.links.remove', { headline: headline || t('archive.untitled') })}
            title={t('panel.links.remove', { headline: headline || t('archive.untitled') })}
            onClick={() => onRemove(link)}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </span>
    </li>
  );
}
