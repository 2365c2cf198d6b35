/**
 * One hit: its headline and a passage with the matched words marked, then desk, status and
 * day. An option of the results listbox: the search box keeps focus and points at the active
 * one, so the row itself takes no focus and a click leaves the caret in the box.
 */
import type { MouseEvent } from 'react';
import type { SearchHit } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { startNearFirstHighlight } from '../../search/highlight';
import { directionOfText } from '../../text/direction';
import { ArticleMeta } from '../ArticleRow/ArticleMeta';
import { HighlightedText } from './HighlightedText';

interface SearchResultItemProps {
  hit: SearchHit;
  optionId: string;
  /** The keyboard's active hit, or one of several picked with Ctrl/Shift+click. */
  active: boolean;
  opened: boolean;
  onOpen: (id: string, event: MouseEvent) => void;
}

export function SearchResultItem({ hit, optionId, active, opened, onOpen }: SearchResultItemProps) {
  const { t } = useI18n();
  const hasHeadline = hit.headline.trim() !== '';
  const snippet = startNearFirstHighlight(hit.snippet, hit.snippetHighlights);
  return (
    <li
      id={optionId}
      role="option"
      className="article-row search-result"
      data-testid="search-result"
      data-article-id={hit.id}
      aria-selected={active}
      aria-current={opened ? 'true' : undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => onOpen(hit.id, event)}
    >
      {hasHeadline ? (
        <span className="article-row__headline search-result__headline" dir={directionOfText(hit.headline)}>
          <HighlightedText text={hit.headline} ranges={hit.headlineHighlights} />
        </span>
      ) : (
        <span className="article-row__headline article-row__headline--empty">{t('archive.untitled')}</span>
      )}
      {snippet.text.trim() !== '' && (
        <span className="search-result__snippet" dir={directionOfText(snippet.text)}>
          <HighlightedText text={snippet.text} ranges={snippet.ranges} />
        </span>
      )}
      <ArticleMeta desk={hit.desk} status={hit.status} datelineDate={hit.datelineDate} updatedAt={hit.updatedAt} />
    </li>
  );
}
