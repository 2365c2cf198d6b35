/**
 * `[[` links: typing `[[` and part of a headline offers archived articles (the open one left
 * out), each with its story day in the Solar Hijri calendar; picking one replaces `[[…` with an
 * ArticleLinkNode token showing the target's headline, which the archive records on save as a
 * cross-reference (and a backlink on the target). Clicking a link opens that article, through
 * the same path as the archive list (the open article's pending save is flushed first).
 */
import { useCallback, type JSX } from 'react';
import { $createArticleLinkNode, ArticleLinkNode } from '../../../../common/editor/ArticleLinkNode';
import { useApi } from '../../../api/ApiContext';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDeskNavigation } from '../../../navigation';
import { ReferenceTypeahead } from '../../ui/ReferenceTypeahead';
import { useTokenActivation } from '../../ui/useTokenActivation';
import { matchLinkTrigger } from './trigger';

const SUGGESTIONS = 8;

interface ArticleChoice {
  id: string;
  headline: string;
  day: string;
}

const keyOf = (article: ArticleChoice) => article.id;

interface ArticleLinksPluginProps {
  /** The article being edited, never offered as its own link. */
  articleId?: string;
}

export function ArticleLinksPlugin({ articleId }: ArticleLinksPluginProps): JSX.Element {
  const api = useApi();
  const { t, formatDay } = useI18n();
  const navigation = useDeskNavigation();
  // An untitled article still needs words to show and to click.
  const headlineOf = useCallback((article: ArticleChoice) => article.headline.trim() || t('archive.untitled'), [t]);

  const search = useCallback(
    async (query: string) => {
      const result = await api.suggestArticles({ text: query, excludeId: articleId, limit: SUGGESTIONS });
      return result.ok ? result.value : null;
    },
    [api, articleId],
  );
  const $createToken = useCallback((article: ArticleChoice) => $createArticleLinkNode(article.id, headlineOf(article)), [headlineOf]);

  useTokenActivation(
    ArticleLinkNode,
    'article-link',
    () => t('editor.articleLink.open'),
    (element) => {
      const id = element.dataset.articleId;
      if (id && navigation) navigation.openArticle(id);
    },
  );

  return (
    <ReferenceTypeahead
      match={matchLinkTrigger}
      search={search}
      keyOf={keyOf}
      $createToken={$createToken}
      label={t('editor.articleLink.menu')}
      emptyMessage={t('editor.articleLink.none')}
      testId="article-typeahead"
      optionTestId="article-option"
      wide
      renderItem={(article) => (
        <>
          <span className="typeahead__primary typeahead__primary--wrap" dir="auto">
            {headlineOf(article)}
          </span>
          <span className="typeahead__secondary">{formatDay(article.day)}</span>
        </>
      )}
    />
  );
}
