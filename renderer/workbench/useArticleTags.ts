/**
 * The open article's tags. They are a field like the headline: every change goes to the
 * article's saver (the whole set, as the contract wants) and autosaves with the rest. They
 * live here rather than in the workspace because only the panel shows them, and because the
 * list column can change them behind the panel's back (bulk tagging, renaming, merging):
 * then the chips are re-read without a save, and the saver takes up the revision that write
 * made, when it was made on the one the saver holds (else the next save is a real conflict).
 */
import { useCallback, useRef, useState } from 'react';
import type { Article } from '../../common/contract';
import { useApi } from '../api/ApiContext';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { useWorkbenchEvents, type TagChange } from './workbenchEvents';

function touches(change: TagChange, articleId: string, tags: readonly string[]): boolean {
  if (change.kind === 'retagged') return change.articleIds.includes(articleId);
  if (change.kind === 'merged') return tags.some((tag) => change.sources.includes(tag));
  return tags.includes(change.from);
}

export function useArticleTags(article: Article, saver: ArticleSaver) {
  const api = useApi();
  const [tags, setTags] = useState<string[]>(article.tags);
  const current = useRef(tags);
  current.current = tags;

  const change = useCallback(
    (next: string[]) => {
      setTags(next);
      saver.change({ tags: next });
    },
    [saver],
  );

  useWorkbenchEvents((event) => {
    if (event.kind !== 'tags-changed' || !touches(event.change, article.id, current.current)) return;
    const tagChange = event.change;
    if (tagChange.kind === 'renamed') {
      // The archive already has the new name on this article; nothing to save.
      setTags((shown) => shown.map((tag) => (tag === tagChange.from ? tagChange.to : tag)));
      return;
    }
    const mine = tagChange.revisions.find((change) => change.id === article.id);
    if (mine) saver.adopt(mine);
    void api.getArticle({ id: article.id }).then((fresh) => {
      if (fresh.ok) setTags(fresh.value.tags);
    });
  });

  return { tags, change };
}
