/**
 * The open article's cross-references, both ways. Manual ones are added and removed here;
 * inline [[links]] come from the body, so the lists are re-read a moment after saves. A write
 * is a new revision of this article, made beside its saver (ArticleSaver.writeBeside).
 */
import { useCallback, useRef, useState } from 'react';
import type { Article, ArticleLinkView, LinkType, LinkWriteReceipt } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';
import { useApi } from '../api/ApiContext';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { useAfterSaves } from './useAfterSaves';

export interface LinksState {
  links: ArticleLinkView[];
  backlinks: ArticleLinkView[];
  error: ApiError | null;
  busy: boolean;
  add: (targetId: string, type: LinkType) => Promise<boolean>;
  remove: (link: ArticleLinkView) => Promise<boolean>;
  isLinked: (articleId: string) => boolean;
}

export function useArticleLinks(article: Article, saver: ArticleSaver, savedAt: string): LinksState {
  const api = useApi();
  const [links, setLinks] = useState<ArticleLinkView[]>(article.links);
  const [backlinks, setBacklinks] = useState<ArticleLinkView[]>(article.backlinks);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A re-read that started before a write answers with the lists as they were: dropped.
  const ticket = useRef(0);

  const reread = useCallback(async () => {
    const mine = ++ticket.current;
    const result = await api.getArticleLinks({ id: article.id });
    if (mine !== ticket.current || !result.ok) return;
    setLinks(result.value.links);
    setBacklinks(result.value.backlinks);
  }, [api, article.id]);

  // The first run would only repeat what the article arrived with.
  const skipFirst = useRef(true);
  useAfterSaves(savedAt, () => {
    if (skipFirst.current) skipFirst.current = false;
    else void reread();
  });

  const write = useCallback(
    async (call: (baseRevision: number) => Promise<Result<LinkWriteReceipt>>) => {
      setBusy(true);
      ++ticket.current;
      const result = await saver.writeBeside(call);
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      ++ticket.current;
      setLinks(result.value.links);
      setError(null);
      return true;
    },
    [saver],
  );

  const add = useCallback(
    (targetId: string, type: LinkType) => write((baseRevision) => api.addArticleLink({ sourceId: article.id, targetId, type, baseRevision })),
    [api, article.id, write],
  );
  const remove = useCallback(
    (link: ArticleLinkView) =>
      write((baseRevision) => api.removeArticleLink({ sourceId: article.id, targetId: link.articleId, type: link.type, baseRevision })),
    [api, article.id, write],
  );
  const isLinked = useCallback((articleId: string) => links.some((link) => link.articleId === articleId), [links]);

  return { links, backlinks, error, busy, add, remove, isLinked };
}
