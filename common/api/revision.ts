/**
 * Revisions in the contract. Every write to an article names the revision its caller last saw
 * and answers with the one it made, so a stale window gets a conflict instead of overwriting,
 * and a window whose own change was made beside its saver (a link, a tag) knows it is current.
 */
import { z } from 'zod';

export const baseRevisionSchema = z
  .number({ error: 'baseRevision (the revision this change was made on) is required' })
  .int()
  .min(1);

/**
 * A change the archive makes to an article's body by a rule, not by an editor's hand: the
 * @mentions of an entity pointed at the one it was merged into, or the @mentions of a deleted
 * entity or the [[links]] to a deleted article turned into plain text. A write made on a
 * revision before it takes it up by applying the same rule to what it brings.
 */
export type BodyRewrite =
  | { kind: 'retarget-entity'; from: string; to: string }
  | { kind: 'unlink'; entityId?: string; articleId?: string };

/**
 * What a revision made beside the editor changed, when it changed only that: the tags (bulk
 * tagging, a tag merge), the cross-references (the panel, an import, a delete of the other
 * article), or the body by a rule. A write on an older revision is made over such revisions
 * instead of being refused, unless it changes the tags over a change of the tags.
 */
export type SystemRewrite = { kind: 'tags' } | { kind: 'links' } | BodyRewrite;

/**
 * On the answer to a write that was made over system rewrites (see SystemRewrite): the body
 * rules among them, oldest first, which the window's open editor applies to what it shows,
 * so its next save does not bring back what they changed.
 */
export interface RebasedWrite {
  rebasedOver?: BodyRewrite[];
}

/** An article a write gave a new revision: `from` is what the write was made on, `to` what it made. */
export interface RevisionChange extends RebasedWrite {
  id: string;
  from: number;
  to: number;
}
