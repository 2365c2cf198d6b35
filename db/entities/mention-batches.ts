/**
 * Bulk decisions on suggestions: one name in every article at once, or every name of one
 * article at once. Each is one transaction and one undoable action: the rows it changed are
 * recorded as they were (mention_batches), and undo puts back those the batch still holds,
 * leaving alone any an editor has decided differently since.
 */
import { randomUUID } from 'node:crypto';
import type { BulkDecision, MentionBatch } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement } from '../statement-cache';

interface MentionRow {
  article_id: string;
  entity_id: string;
  state: string;
  origin: string;
  occurrences: number;
}

interface RecordedRow {
  articleId: string;
  entityId: string;
  state: string;
  origin: string;
  occurrences: number;
}

const MENTION_COLUMNS = 'm.article_id, m.entity_id, m.state, m.origin, m.occurrences';

export class MentionBatches {
  private get suggestedOfEntity() {
    return cachedStatement<[string], MentionRow>(this.db, `
      SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
       WHERE m.entity_id = ? AND m.state = 'suggested'`);
  }

  private get suggestedInArticle() {
    return cachedStatement<[string], MentionRow>(this.db, `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.article_id = ? AND m.state = 'suggested'`);
  }

  /** As a single decision does: a detected mention confirmed by hand becomes the editor's. */
  private get decide() {
    return cachedStatement<{ articleId: string; entityId: string; state: string; at: string }>(this.db, `
      UPDATE mentions SET state = @state, updated_at = @at,
             origin = CASE WHEN @state = 'confirmed' AND origin = 'detected' THEN 'manual' ELSE origin END
       WHERE article_id = @articleId AND entity_id = @entityId`);
  }

  private get insertBatch() {
    return cachedStatement<[string, string, string, string]>(this.db, 'INSERT INTO mention_batches (id, made_at, state, before) VALUES (?, ?, ?, ?)');
  }

  private get batchById() {
    return cachedStatement<[string], { state: string; before: string; undone_at: string | null }>(this.db, 'SELECT state, before, undone_at FROM mention_batches WHERE id = ?');
  }

  private get markUndone() {
    return cachedStatement<[string, string]>(this.db, 'UPDATE mention_batches SET undone_at = ? WHERE id = ?');
  }

  private get restoreRow() {
    return cachedStatement<{ articleId: string; entityId: string; state: string; origin: string; occurrences: number; at: string; decided: string }>(this.db, `
      UPDATE mentions SET state = @state, origin = @origin, occurrences = @occurrences, updated_at = @at
       WHERE article_id = @articleId AND entity_id = @entityId AND state = @decided`);
  }

  private get articleExists() {
    return cachedPluck<[string], number>(this.db, 'SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL');
  }

  private get entityExists() {
    return cachedPluck<[string], number>(this.db, 'SELECT 1 FROM entities WHERE id = ?');
  }

  constructor(private readonly db: ArchiveDatabase) {}

  /** Every suggestion of the entity, in every live article. */
  decideEntity(entityId: string, state: BulkDecision): MentionBatch {
    return this.run(state, () => {
      if (this.entityExists.get(entityId) === undefined) throw new ArchiveError('not_found', `No entity with id ${entityId}`);
      return this.suggestedOfEntity.all(entityId);
    });
  }

  /** Every suggestion in one article. */
  decideArticle(articleId: string, state: BulkDecision): MentionBatch {
    return this.run(state, () => {
      if (this.articleExists.get(articleId) === undefined) throw new ArchiveError('not_found', `No article with id ${articleId}`);
      return this.suggestedInArticle.all(articleId);
    });
  }

  /** Puts back what the batch changed, where the mention still holds the batch's decision. */
  undo(batchId: string): { restored: number } {
    return this.db
      .transaction(() => {
        const batch = this.batchById.get(batchId);
        if (!batch) throw new ArchiveError('not_found', `No bulk decision with id ${batchId}`);
        if (batch.undone_at !== null) throw new ArchiveError('conflict', `The bulk decision ${batchId} was already undone`);
        const at = new Date().toISOString();
        let restored = 0;
        for (const row of JSON.parse(batch.before) as RecordedRow[]) {
          restored += this.restoreRow.run({ ...row, at, decided: batch.state }).changes;
        }
        this.markUndone.run(at, batchId);
        return { restored };
      })
      .immediate();
  }

  private run(state: BulkDecision, select: () => MentionRow[]): MentionBatch {
    return this.db
      .transaction(() => {
        const rows = select();
        const at = new Date().toISOString();
        const batchId = randomUUID();
        const before: RecordedRow[] = rows.map((row) => ({
          articleId: row.article_id,
          entityId: row.entity_id,
          state: row.state,
          origin: row.origin,
          occurrences: row.occurrences,
        }));
        for (const row of before) this.decide.run({ articleId: row.articleId, entityId: row.entityId, state, at });
        this.insertBatch.run(batchId, at, state, JSON.stringify(before));
        return { batchId, changed: rows.length };
      })
      .immediate();
  }
}
