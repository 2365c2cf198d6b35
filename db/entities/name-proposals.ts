/**
 * Names found by their titles that no entity has yet (name_proposals): kept in step with the
 * text like suggestions are, so the review screen can list them across the archive; a dismissed
 * one stays dismissed for that article.
 */
import type { NameProposal } from '../../common/contract';
import type { ArchiveDatabase } from '../open';
import { aliasKey } from './alias-key';
import type { ProposedName } from './detect-mentions';
import { storyDay } from '../dating/story-day';
import { cachedPluck, cachedStatement } from '../statement-cache';

interface ProposalRow {
  name_key: string;
  name: string;
  role: string;
  occurrences: number;
  state: NameProposal['state'];
}

const STORY_DAY = storyDay('a');

export class NameProposals {
  private get rowsOf() {
    return cachedStatement<[string], ProposalRow>(this.db, 'SELECT name_key, name, role, occurrences, state FROM name_proposals WHERE article_id = ?');
  }

  private get insert() {
    return cachedStatement<{ articleId: string; key: string; name: string; role: string; occurrences: number; state: string; at: string }>(this.db, `
      INSERT INTO name_proposals (article_id, name_key, name, role, occurrences, state, updated_at)
      VALUES (@articleId, @key, @name, @role, @occurrences, @state, @at)`);
  }

  private get refresh() {
    return cachedStatement<{ articleId: string; key: string; name: string; role: string; occurrences: number }>(this.db, `
      UPDATE name_proposals SET name = @name, role = @role, occurrences = @occurrences
       WHERE article_id = @articleId AND name_key = @key`);
  }

  private get remove() {
    return cachedStatement<[string, string]>(this.db, 'DELETE FROM name_proposals WHERE article_id = ? AND name_key = ?');
  }

  private get dismissRow() {
    return cachedStatement<{ articleId: string; key: string; name: string; at: string }>(this.db, `
      INSERT INTO name_proposals (article_id, name_key, name, role, occurrences, state, updated_at)
      VALUES (@articleId, @key, @name, '', 0, 'dismissed', @at)
      ON CONFLICT (article_id, name_key) DO UPDATE SET state = 'dismissed', updated_at = excluded.updated_at`);
  }

  private get suggestedPage() {
    return cachedStatement<[number, number], ProposalRow & { article_id: string; headline: string }>(this.db, `
      SELECT p.article_id, a.headline, p.name_key, p.name, p.role, p.occurrences, p.state
        FROM name_proposals p JOIN articles a ON a.id = p.article_id AND a.deleted_at IS NULL
       WHERE p.state = 'suggested'
       ORDER BY ${STORY_DAY} DESC, a.seq DESC, p.occurrences DESC, p.name LIMIT ? OFFSET ?`);
  }

  private get articlesProposing() {
    return cachedPluck<[string], string>(this.db, "SELECT article_id FROM name_proposals WHERE name_key = ? AND state = 'suggested'");
  }

  constructor(private readonly db: ArchiveDatabase) {}

  /** Writes what the text proposes now: new names suggested, gone ones dropped, dismissed ones kept. */
  apply(articleId: string, found: ReadonlyMap<string, ProposedName>, at: string): void {
    const existing = new Map(this.rowsOf.all(articleId).map((row) => [row.name_key, row]));
    for (const [key, proposal] of found) {
      const row = existing.get(key);
      const fields = { articleId, key, name: proposal.name, role: proposal.role, occurrences: proposal.occurrences };
      if (!row) this.insert.run({ ...fields, state: 'suggested', at });
      else if (row.name !== proposal.name || row.role !== proposal.role || row.occurrences !== proposal.occurrences) this.refresh.run(fields);
    }
    for (const row of existing.values()) {
      if (row.state === 'suggested' && !found.has(row.name_key)) this.remove.run(articleId, row.name_key);
    }
  }

  /** Suggested first, then dismissed; most frequent first. */
  forArticle(articleId: string): NameProposal[] {
    return this.rowsOf
      .all(articleId)
      .map(toProposal)
      .sort((a, b) => (a.state === b.state ? 0 : a.state === 'suggested' ? -1 : 1) || b.occurrences - a.occurrences || (a.name < b.name ? -1 : 1));
  }

  /** The stored proposal with this name (any spelling), if the article has one. */
  find(articleId: string, name: string): NameProposal | undefined {
    const key = aliasKey(name);
    const row = this.rowsOf.all(articleId).find((candidate) => candidate.name_key === key);
    return row && toProposal(row);
  }

  dismiss(articleId: string, name: string, at: string): void {
    this.dismissRow.run({ articleId, key: aliasKey(name), name: name.trim(), at });
  }

  /** Drops the proposal (it became an entity). */
  drop(articleId: string, name: string): void {
    this.remove.run(articleId, aliasKey(name));
  }

  /** Articles still proposing this name. */
  articlesWith(name: string): string[] {
    return this.articlesProposing.all(aliasKey(name));
  }

  suggestions(limit = 100, offset = 0): Array<{ articleId: string; headline: string; proposal: NameProposal }> {
    return this.suggestedPage.all(limit, offset).map((row) => ({ articleId: row.article_id, headline: row.headline, proposal: toProposal(row) }));
  }
}

function toProposal(row: ProposalRow): NameProposal {
  return { name: row.name, role: row.role, occurrences: row.occurrences, state: row.state };
}
