/**
 * The bars above the desk, each saying one thing the writer should know now: the archive is
 * damaged or read-only, a leave waits for their word, the archive was restarted under them,
 * a delete can be undone, a new article could not be made.
 */
import type { ArchiveState } from '../../common/contract';
import { useArchiveRestarts } from '../archive/useArchiveRestarts';
import { DeskNotice } from '../components/DeskNotice/DeskNotice';
import { UndoDeleteNotice } from '../components/UndoDeleteNotice/UndoDeleteNotice';
import { useI18n } from '../i18n/I18nProvider';
import { errorKey } from '../i18n/messages';
import type { OpenArticle } from './useOpenArticle';

interface DeskNoticesProps {
  archive: ArchiveState | null;
  recovery: { damaged: boolean; show: () => void };
  article: Pick<OpenArticle, 'blockedLeave' | 'stay' | 'leaveAnyway' | 'createError' | 'dismissCreateError'>;
  /** A deleted article or name came back: the list is read again. */
  onRestored: () => void;
}

export function DeskNotices({ archive, recovery, article, onRestored }: DeskNoticesProps) {
  const { t } = useI18n();
  const restarts = useArchiveRestarts();
  return (
    <>
      {recovery.damaged && (
        <DeskNotice
          testId="damaged-notice"
          message={t('damaged.banner')}
          actions={[{ label: t('damaged.showOptions'), onClick: recovery.show, testId: 'damaged-show-options' }]}
        />
      )}
      {archive?.access === 'read-only' && <DeskNotice tone="info" testId="read-only-notice" message={t('readOnly.notice')} actions={[]} />}
      {article.blockedLeave && (
        <DeskNotice
          message={t('leave.unsaved')}
          actions={[
            { label: t('leave.stay'), onClick: article.stay },
            { label: t('leave.discard'), onClick: article.leaveAnyway },
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
      <UndoDeleteNotice onRestored={onRestored} />
      {article.createError && (
        <DeskNotice
          message={t('app.createFailed', { reason: t(errorKey(article.createError.code)) })}
          actions={[{ label: t('notice.dismiss'), onClick: article.dismissCreateError }]}
        />
      )}
    </>
  );
}
