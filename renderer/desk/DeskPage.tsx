/** The page shown over the open article, by the kind the address names. */
import type { ArchiveState } from '../../common/contract';
import { BackupsView } from '../components/Backups/BackupsView';
import { DetectionReview } from '../components/DetectionReview/DetectionReview';
import { EntityBrowser } from '../components/EntityPage/EntityBrowser';
import { EntityPage } from '../components/EntityPage/EntityPage';
import { HistoryPage } from '../components/HistoryPage/HistoryPage';
import type { DeskView } from '../navigation';
import type { ShownArticle } from './openArticleState';

interface DeskPageProps {
  view: DeskView;
  shown: ShownArticle;
  archiveVersion: number;
  archiveState: ArchiveState | null;
  onReverted: () => void;
}

export function DeskPage({ view, shown, archiveVersion, archiveState, onReverted }: DeskPageProps) {
  switch (view.kind) {
    case 'entity':
      return <EntityPage key={view.id} id={view.id} archiveVersion={archiveVersion} />;
    case 'entities':
      return <EntityBrowser archiveVersion={archiveVersion} />;
    case 'review':
      return <DetectionReview />;
    case 'history':
      // The history of the article under the page; none while it is still being read.
      return shown.kind === 'open' ? <HistoryPage key={shown.article.id} articleId={shown.article.id} onReverted={onReverted} /> : null;
    case 'backups':
      return <BackupsView archive={archiveState} />;
  }
}
