/**
 * The desk: the archive list, the open article, its details. Opening another article or
 * creating one first flushes the open article's unsaved changes; if that fails the switch
 * waits for the writer's word (stay, or leave without saving), so text that is not in the
 * archive never leaves the screen unasked.
 *
 * A page of the archive's names (an entity, the list of them, the review of detected
 * mentions) or its backups is shown in place of the article, which stays mounted underneath,
 * with its editor, undo history and saver, until the page's back control returns to it.
 *
 * A damaged archive replaces the desk with the page that offers its newest backup, unless an
 * article has unsaved text: then a bar says so, and the writer chooses when to leave it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LIMITS } from '../common/constants';
import type { Article, ArticleSummary } from '../common/contract';
import type { ApiError } from '../common/result';
import { api } from './api/client';
import { useArchiveRestarts } from './archive/useArchiveRestarts';
import { flushPendingSave, hasUnsavedChanges, installFlushOnLeave } from './autosave/activeSaver';
import { AppHeader } from './components/AppHeader/AppHeader';
import { BackupsView } from './components/Backups/BackupsView';
import { DamagedArchive } from './components/Backups/DamagedArchive';
import { ArticleWorkspace } from './components/ArticleWorkspace/ArticleWorkspace';
import { DeskNotice } from './components/DeskNotice/DeskNotice';
import { DeskSidebar } from './components/DeskSidebar/DeskSidebar';
import { DetectionReview } from './components/DetectionReview/DetectionReview';
import { archiveDetection } from './components/DetectionReview/useArchiveDetection';
import { EntityBrowser } from './components/EntityPage/EntityBrowser';
import { EntityPage } from './components/EntityPage/EntityPage';
import { ImportDialog } from './components/ImportDialog/ImportDialog';
import { MergeReviewDialog } from './components/MergeReviewDialog/MergeReviewDialog';
import { HistoryPage } from './components/HistoryPage/HistoryPage';
import { UndoDeleteNotice } from './components/UndoDeleteNotice/UndoDeleteNotice';
import { useI18n } from './i18n/I18nProvider';
import { errorKey } from './i18n/messages';
import {
  adoptViewFromHash,
  clearArticleIdFromHash,
  DeskNavigationContext,
  leaveViewInHash,
  pushViewToHash,
  readArticleIdFromHash,
  readViewFromHash,
  writeArticleIdToHash,
  type DeskNavigation,
  type DeskView,
} from './navigation';
import { useArchiveState } from './safekeeping/useArchiveState';
import { useNewArticleShortcut } from './useNewArticleShortcut';
import { useWorkbenchEvents } from './workbench/workbenchEvents';
import './App.css';

type OpenState =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'open'; article: Article; isNew: boolean }
  | { kind: 'failed'; id: string; error: ApiError };

export function App() {
  const { t } = useI18n();
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [listLoaded, setListLoaded] = useState(false);
  const [listError, setListError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<OpenState>({ kind: 'none' });
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  // Set when leaving the open article was refused because its changes could not be saved.
  const [blockedLeave, setBlockedLeave] = useState<{ proceed: () => void } | null>(null);
  // Answers to an older open request are dropped when the writer has already moved on.
  const openRequest = useRef(0);
  // Counts saves and creations, so search results on screen are asked for again.
  const [archiveVersion, setArchiveVersion] = useState(0);
  const [view, setView] = useState<DeskView | null>(() => readViewFromHash());
  const viewRef = useRef<HTMLDivElement>(null);
  const [importing, setImporting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [reviewCount, setReviewCount] = useState(0);
  const refreshReviews = useCallback(async () => {
    const result = await api.listMergeReviews({ limit: 1 });
    if (result.ok) setReviewCount(result.value.total);
  }, []);
  const { state: archiveState } = useArchiveState();
  const damaged = archiveState?.access === 'damaged';
  // The damaged-archive page replaces the desk, but never over text that is not yet saved.
  const [showRecovery, setShowRecovery] = useState(false);
  useEffect(() => {
    if (damaged && !hasUnsavedChanges()) setShowRecovery(true);
  }, [damaged]);
  const restarts = useArchiveRestarts();

  const refreshList = useCallback(async () => {
    const result = await api.listArticles({ limit: LIMITS.listPage });
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
      setListError(null);
    } else {
      setListError(result.error);
    }
    setListLoaded(true);
  }, []);

  const archiveChanged = useCallback(() => {
    void refreshList();
    setArchiveVersion((version) => version + 1);
  }, [refreshList]);

  const openedId = open.kind === 'open' ? open.article.id : open.kind === 'none' ? null : open.id;

  const openArticle = useCallback(
    async (id: string, discardUnsaved = false) => {
      if (id === openedId) {
        // Already open under a page (a timeline row, a [[link]] to itself): show it.
        setView(null);
        writeArticleIdToHash(id);
        return;
      }
      if (!discardUnsaved && !(await flushPendingSave())) {
        setBlockedLeave({ proceed: () => void openArticle(id, true) });
        return;
      }
      setBlockedLeave(null);
      setView(null);
      const request = ++openRequest.current;
      setOpen({ kind: 'loading', id });
      writeArticleIdToHash(id);
      const result = await api.getArticle({ id });
      if (request !== openRequest.current) return;
      setOpen(result.ok ? { kind: 'open', article: result.value, isNew: false } : { kind: 'failed', id, error: result.error });
    },
    [openedId],
  );

  const createArticle = useCallback(
    async (discardUnsaved = false) => {
      if (creating) return;
      setCreating(true);
      try {
        if (!discardUnsaved && !(await flushPendingSave())) {
          setBlockedLeave({ proceed: () => void createArticle(true) });
          return;
        }
        setBlockedLeave(null);
        const request = ++openRequest.current;
        const result = await api.createArticle({});
        setCreateError(result.ok ? null : result.error);
        if (!result.ok || request !== openRequest.current) return;
        setView(null);
        writeArticleIdToHash(result.value.id);
        setOpen({ kind: 'open', article: result.value, isNew: true });
        archiveChanged();
      } finally {
        setCreating(false);
      }
    },
    [creating, archiveChanged],
  );

  const closeDeletedArticle = useCallback(() => {
    // A request still loading another article must not reopen the desk behind this.
    openRequest.current += 1;
    setOpen({ kind: 'none' });
    clearArticleIdFromHash();
    archiveChanged();
  }, [archiveChanged]);

  /**
   * Shows the open article as the archive now has it (the workspace is keyed by revision, so it
   * starts again from there), after a change made to it from a page over it.
   */
  const reloadOpenArticle = useCallback(async () => {
    if (open.kind !== 'open') return;
    const id = open.article.id;
    const fresh = await api.getArticle({ id });
    if (fresh.ok && readArticleIdFromHash() === id) setOpen({ kind: 'open', article: fresh.value, isNew: false });
  }, [open]);

  // A name deleted from its page may have turned an @mention in the open article (mounted
  // under the page, its edits flushed before the delete) into plain text: show the article as
  // the archive now has it, or its next save would bring the dead mention back.
  useWorkbenchEvents((event) => {
    if (event.kind !== 'deleted' || open.kind !== 'open' || !event.rewrote.includes(open.article.id)) return;
    void reloadOpenArticle();
  });

  const closeView = useCallback(() => {
    // Through history when the page was pushed by the app; the hashchange then settles the view.
    if (!leaveViewInHash()) setView(null);
  }, []);

  // A revert wrote a new revision of the open article: back to it, as it now reads.
  const afterRevert = useCallback(async () => {
    await reloadOpenArticle();
    archiveChanged();
    closeView();
  }, [reloadOpenArticle, archiveChanged, closeView]);

  useEffect(() => installFlushOnLeave(), []);
  useNewArticleShortcut(() => void createArticle());

  useEffect(() => {
    void refreshList();
    void refreshReviews();
    const id = readArticleIdFromHash();
    if (id) void openArticle(id);
    // Only on start: later openings come from the list, the hash listener and the shortcut.
  }, []);

  const openView = useCallback(async (next: DeskView) => {
    // What was just typed (an @mention) belongs on the page about to be read. A failed save
    // stays in the article, which stays mounted, and its status says so.
    await flushPendingSave();
    pushViewToHash(next);
    setView(next);
  }, []);


  const navigation = useMemo<DeskNavigation>(
    () => ({
      openArticle: (id) => void openArticle(id),
      openView: (next) => void openView(next),
      closeView,
    }),
    [openArticle, openView, closeView],
  );

  const findNames = useCallback(() => {
    archiveDetection.start();
    void openView({ kind: 'review' });
  }, [openView]);

  const openBackups = useCallback(() => void openView({ kind: 'backups' }), [openView]);

  // A page replacing the article takes the focus the (now hidden) editor had, so the keyboard
  // and a screen reader start on the page.
  const viewKey = view === null ? null : view.kind === 'entity' ? `entity:${view.id}` : view.kind;
  useEffect(() => {
    if (viewKey !== null) viewRef.current?.focus({ preventScroll: true });
  }, [viewKey]);

  useEffect(() => {
    const onHashChange = () => {
      adoptViewFromHash(openedId);
      const id = readArticleIdFromHash();
      setView(readViewFromHash());
      if (id && id !== openedId) void openArticle(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [openArticle, openedId]);

  if (damaged && showRecovery && archiveState) {
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
          busy={creating}
          view={view}
          onOpenEntities={() => void openView({ kind: 'entities' })}
          onFindNames={findNames}
          onImport={() => setImporting(true)}
          mergeReviews={{ count: reviewCount, open: () => setReviewing(true) }}
          onOpenBackups={openBackups}
        />
        {importing && (
          <ImportDialog
            onClose={() => setImporting(false)}
            onImported={() => {
              archiveChanged();
              void refreshReviews();
            }}
          />
        )}
        {reviewing && <MergeReviewDialog onClose={() => setReviewing(false)} onOpenArticle={(id) => void openArticle(id)} onCount={setReviewCount} />}
        {damaged && (
          <DeskNotice
            testId="damaged-notice"
            message={t('damaged.banner')}
            actions={[{ label: t('damaged.showOptions'), onClick: () => setShowRecovery(true), testId: 'damaged-show-options' }]}
          />
        )}
        {archiveState?.access === 'read-only' && <DeskNotice tone="info" testId="read-only-notice" message={t('readOnly.notice')} actions={[]} />}
        {blockedLeave && (
          <DeskNotice
            message={t('leave.unsaved')}
            actions={[
              { label: t('leave.stay'), onClick: () => setBlockedLeave(null) },
              { label: t('leave.discard'), onClick: blockedLeave.proceed },
            ]}
          />
        )}
        {restarts.notice && (
          <DeskNotice
            testId="archive-restarted"
            message={t(restarts.notice.kind === 'restarted' ? 'archive.restarted' : 'archive.unavailable')}
            actions={restarts.notice.kind === 'restarted' ? [{ label: t('notice.dismiss'), onClick: restarts.dismiss }] : []}
          />
        )}
        <UndoDeleteNotice onRestored={archiveChanged} />
        {createError && (
          <DeskNotice
            message={t('app.createFailed', { reason: t(errorKey(createError.code)) })}
            actions={[{ label: t('notice.dismiss'), onClick: () => setCreateError(null) }]}
          />
        )}
        <main className="app__desk" aria-label={t('app.mainLabel')}>
          <DeskSidebar
            items={items}
            total={total}
            loaded={listLoaded}
            listError={listError ? t(errorKey(listError.code)) : null}
            onReload={() => void refreshList()}
            openedId={openedId}
            onOpen={(id) => void openArticle(id)}
            archiveVersion={archiveVersion}
          />
          {view && (
            <div className="app__view" ref={viewRef} tabIndex={-1}>
              {view.kind === 'entity' && <EntityPage key={view.id} id={view.id} archiveVersion={archiveVersion} />}
              {view.kind === 'entities' && <EntityBrowser archiveVersion={archiveVersion} />}
              {view.kind === 'review' && <DetectionReview />}
              {view.kind === 'history' && open.kind === 'open' && (
                <HistoryPage key={open.article.id} articleId={open.article.id} onReverted={() => void afterRevert()} />
              )}
              {view.kind === 'backups' && <BackupsView archive={archiveState} />}
            </div>
          )}
          <div className="app__article" hidden={view !== null}>
            {open.kind === 'open' ? (
              <ArticleWorkspace
                // A new revision read from the archive (see the 'deleted' listener) remounts it.
                key={`${open.article.id}:${open.article.revision}`}
                article={open.article}
                isNew={open.isNew}
                onSaved={archiveChanged}
                onDeleted={closeDeletedArticle}
              />
            ) : (
              <div className="app__placeholder">
                <p className={open.kind === 'failed' ? 'app__placeholder-error' : 'muted'} role={open.kind === 'failed' ? 'alert' : undefined}>
                  {open.kind === 'loading' && t('workspace.loading')}
                  {open.kind === 'none' && t('workspace.empty')}
                  {open.kind === 'failed' && t('workspace.openFailed', { reason: t(errorKey(open.error.code)) })}
                </p>
              </div>
            )}
          </div>
        </main>
      </div>
    </DeskNavigationContext.Provider>
  );
}
