/**
 * An article's history as the history panel and `dabir history` / `dabir revert` use it: the
 * kept revisions, a comparison of any two, and a revert, which writes a new revision equal to
 * an earlier one through the one save path (so search, tags, links and mentions follow).
 */
import type { ArticleFields, ArticleHistory, RevisionComparison, SaveReceipt } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArticleStore } from '../articles';
import type { LinkStore } from '../links';
import type { ArchiveDatabase } from '../open';
import { compareSnapshots } from './compare-revisions';
import type { RevisionSnapshot } from './revision-text';

export class ArticleHistoryService {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
    private readonly links: LinkStore,
  ) {}

  history(id: string): ArticleHistory {
    return this.db.transaction(() => {
      const { revision, headline } = this.articles.get(id);
      return { id, headline, revision, revisions: this.articles.revisions.list(id) };
    })();
  }

  compare(id: string, from: number, to: number): RevisionComparison {
    return this.db.transaction(() => {
      this.articles.get(id);
      return { id, from, to, fields: compareSnapshots(this.snapshot(id, from), this.snapshot(id, to)) };
    })();
  }

  /** A new revision equal to `revision`: its fields, body, tags and manual cross-references. */
  revert(id: string, revision: number, baseRevision: number): SaveReceipt {
    return this.db.transaction(() => {
      const current = this.articles.get(id);
      if (revision === current.revision) {
        throw new ArchiveError('invalid_argument', `Revision ${revision} is the article as it stands; there is nothing to revert`);
      }
      const snapshot = this.snapshot(id, revision);
      // The tombstone holds the article as it was deleted, which the revision before it also does.
      if (snapshot.deletedAt !== undefined) throw new ArchiveError('invalid_argument', `Revision ${revision} is the article's deletion`);
      const fields: Partial<ArticleFields> = {
        headline: snapshot.headline,
        kicker: snapshot.kicker,
        lead: snapshot.lead,
        byline: snapshot.byline,
        desk: snapshot.desk,
        status: snapshot.status,
        datelinePlace: snapshot.datelinePlace,
        datelineDate: snapshot.datelineDate,
        body: snapshot.body,
        tags: snapshot.tags,
      };
      return this.articles.save(id, fields, {
        baseRevision,
        kind: 'revert',
        revertedFrom: revision,
        alsoApply: () => this.links.replaceManual(id, snapshot.links ?? []),
      });
    }).immediate();
  }

  private snapshot(id: string, revision: number): RevisionSnapshot {
    const snapshot = this.articles.revisions.snapshot(id, revision);
    if (!snapshot) throw new ArchiveError('not_found', `Article ${id} has no revision ${revision} (it never existed, or was thinned away)`);
    return snapshot;
  }
}
