/** The article column: the open article's workspace, or a line saying why there is none. */
import type { RefObject } from 'react';
import { ArticleWorkspace } from '../components/ArticleWorkspace/ArticleWorkspace';
import { useI18n } from '../i18n/I18nProvider';
import { errorKey } from '../i18n/messages';
import type { ShownArticle } from './openArticleState';

export type HeadlineElement = HTMLInputElement | HTMLTextAreaElement;

interface ArticleColumnProps {
  shown: ShownArticle;
  /** Set to the open article's headline field while there is one. */
  headlineRef: RefObject<HeadlineElement | null>;
  onSaved: () => void;
  onDeleted: () => void;
}

export function ArticleColumn({ shown, headlineRef, onSaved, onDeleted }: ArticleColumnProps) {
  const { t } = useI18n();
  if (shown.kind === 'open') {
    return (
      <ArticleWorkspace
        // A new revision read from the archive (see the 'deleted' listener) remounts it.
        key={`${shown.article.id}:${shown.article.revision}`}
        article={shown.article}
        isNew={shown.isNew}
        headlineRef={headlineRef}
        onSaved={onSaved}
        onDeleted={onDeleted}
      />
    );
  }
  return (
    <div className="app__placeholder">
      <p className={shown.kind === 'failed' ? 'app__placeholder-error' : 'muted'} role={shown.kind === 'failed' ? 'alert' : undefined}>
        {shown.kind === 'loading' && t('workspace.loading')}
        {shown.kind === 'none' && t('workspace.empty')}
        {shown.kind === 'failed' && t('workspace.openFailed', { reason: t(errorKey(shown.error.code)) })}
      </p>
    </div>
  );
}
