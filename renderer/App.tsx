/**
 * The desk: the archive list, the open article, its details. The state lives in hooks, one
 * job each: the article list (useArticleList), the article being opened, shown or left
 * (useOpenArticle), and the page shown over it, kept in the address (useDeskRoute). App wires
 * them together and lays them out.
 *
 * A page of the archive's names (an entity, the list of them, the review of detected
 * mentions) or its backups is shown in place of the article, which stays mounted underneath,
 * with its editor, undo history and saver, until the page's back control returns to it.
 *
 * A damaged archive replaces the desk with the page that offers its newest backup, unless an
 * article has unsaved text: then a bar says so, and the writer chooses when to leave it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { installFlushOnLeave } from './autosave/activeSaver';
import { AppHeader } from './components/AppHeader/AppHeader';
import { DamagedArchive } from './components/Backups/DamagedArchive';
import { DeskSidebar } from './components/DeskSidebar/DeskSidebar';
import { useDetectionPass } from './components/DetectionReview/useArchiveDetection';
import { ImportDialog } from './components/ImportDialog/ImportDialog';
import { MergeReviewDialog } from './components/MergeReviewDialog/MergeReviewDialog';
import { ArticleColumn, type HeadlineElement } from './desk/ArticleColumn';
import { DeskNotices } from './desk/DeskNotices';
import { DeskPage } from './desk/DeskPage';
import { useArticleList } from './desk/useArticleList';
import { useAddressFollowing, useDeskRoute } from './desk/useDeskRoute';
import { useMergeReviewCount } from './desk/useMergeReviewCount';
import { useOpenArticle } from './desk/useOpenArticle';
import { useRecoveryPage } from './desk/useRecoveryPage';
import { useI18n } from './i18n/I18nProvider';
import { errorKey } from './i18n/messages';
import { DeskNavigationContext, type DeskNavigation } from './navigation';
import { useArchiveState } from './safekeeping/useArchiveState';
import { useNewArticleShortcut } from './useNewArticleShortcut';
import { useWorkbenchEvents } from './workbench/workbenchEvents';
import './App.css';

export function App() {
  const { t } = useI18n();
  const list = useArticleList();
  const refreshList = list.refresh;
  // Counts saves and creations, so search results on screen are asked for again.
  const [archiveVersion, setArchiveVersion] = useState(0);
  const archiveChanged = useCallback(() => {
    void refreshList();
    setArchiveVersion((version) => version + 1);
  }, [refreshList]);

  const { view, viewRef, openView, closeView, showArticle, followAddress } = useDeskRoute();
  const article = useOpenArticle({ showArticle, onArchiveChanged: archiveChanged });
  const { openArticle, createArticle, reloadOpen } = article;
  useAddressFollowing(followAddress, article.openedId, openArticle);

  const reviews = useMergeReviewCount();
  const [importing, setImporting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const { state: archiveState } = useArchiveState();
  const recovery = useRecoveryPage(archiveState);
  // The open article's headline: where the search box hands the keyboard after a result is opened.
  const headlineRef = useRef<HeadlineElement>(null);

  // A name deleted from its page may have turned an @mention in the open article (mounted
  // under the page, its edits flushed before the delete) into plain text: show the article as
  // the archive now has it, or its next save would bring the dead mention back.
  useWorkbenchEvents((event) => {
    if (event.kind === 'deleted' && article.shown.kind === 'open' && event.rewrote.includes(article.shown.article.id)) void reloadOpen();
  });

  // A revert wrote a new revision of the open article: back to it, as it now reads.
  const afterRevert = useCallback(async () => {
    await reloadOpen();
    archiveChanged();
    closeView();
  }, [reloadOpen, archiveChanged, closeView]);

  useEffect(() => installFlushOnLeave(), []);
  useNewArticleShortcut(() => void createArticle());

  const navigation = useMemo<DeskNavigation>(
    () => ({ openArticle: (id) => void openArticle(id), openView: (next) => void openView(next), closeView }),
    [openArticle, openView, closeView],
  );

  const detection = useDetectionPass();
  const findNames = useCallback(() => {
    detection.start();
    void openView({ kind: 'review' });
  }, [detection, openView]);

  if (recovery.shown && archiveState) {
    return (
      <div className="app">
        <DamagedArchive archive={archiveState} />
      </div>
    );
  }

  return (
    <DeskNavigationContext.Provider value={navigation}>
      <div className="app">
        <AppHeader
          onNewArticle={() => void createArticle()}
          busy={article.creating}
          view={view}
          onOpenEntities={() => void openView({ kind: 'entities' })}
          onFindNames={findNames}
          onImport={() => setImporting(true)}
          mergeReviews={{ count: reviews.count, open: () => setReviewing(true) }}
          onOpenBackups={() => void openView({ kind: 'backups' })}
        />
        {importing && (
          <ImportDialog
            onClose={() => setImporting(false)}
            onImported={() => {
              archiveChanged();
              void reviews.refresh();
            }}
          />
        )}
        {reviewing && <MergeReviewDialog onClose={() => setReviewing(false)} onOpenArticle={(id) => void openArticle(id)} onCount={reviews.setCount} />}
        <DeskNotices archive={archiveState} recovery={recovery} article={article} onRestored={archiveChanged} />
        <main className="app__desk" aria-label={t('app.mainLabel')}>
          <DeskSidebar
            items={list.items}
            total={list.total}
            loaded={list.loaded}
            listError={list.error ? t(errorKey(list.error.code)) : null}
            onReload={() => void refreshList()}
            openedId={article.openedId}
            onOpen={(id) => void openArticle(id)}
            archiveVersion={archiveVersion}
            focusOpenArticle={() => focusElement(headlineRef.current)}
          />
          {view && (
            <div className="app__view" ref={viewRef} tabIndex={-1}>
              <DeskPage view={view} shown={article.shown} archiveVersion={archiveVersion} archiveState={archiveState} onReverted={() => void afterRevert()} />
            </div>
          )}
          <div className="app__article" hidden={view !== null}>
            <ArticleColumn shown={article.shown} headlineRef={headlineRef} onSaved={archiveChanged} onDeleted={article.closeDeleted} />
          </div>
        </main>
      </div>
    </DeskNavigationContext.Provider>
  );
}

/** Focuses the element if there is one; says whether there was. */
function focusElement(element: HTMLElement | null): boolean {
  element?.focus();
  return element !== null;
}
