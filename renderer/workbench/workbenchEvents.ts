/**
 * Word between the two columns of the desk. The list column (search, bulk tagging, the tag
 * manager) and the open article's panel are siblings far apart in the tree; a tag changed on
 * one side must reach the other without threading callbacks through App. Listeners are plain
 * functions, so nothing here outlives the components that subscribe.
 */
import { useEffect, useRef } from 'react';
import type { DeleteReport, RevisionChange } from '../../common/contract';

/** What happened to tags elsewhere, so an open article's chips (and saver) stay true. */
export type TagChange =
  /** tagArticles: each article in `revisions` got a new revision. */
  | { kind: 'retagged'; articleIds: readonly string[]; revisions: readonly RevisionChange[] }
  /** renameTag: the same tag under a new name; no article revisions. */
  | { kind: 'renamed'; from: string; to: string }
  /** mergeTags: every article that had a source tag got a new revision carrying the target. */
  | { kind: 'merged'; sources: readonly string[]; target: string; revisions: readonly RevisionChange[] };

export type WorkbenchEvent =
  /** A tag chip in the panel was clicked: show the archive filtered by it. */
  | { kind: 'filter-by-tag'; name: string }
  | { kind: 'tags-changed'; change: TagChange }
  /**
   * An article or an entity was deleted; the desk offers to undo it. `rewrote`: the articles
   * whose body the delete changed (an @mention or [[link]] turned into plain text).
   */
  | { kind: 'deleted'; what: 'article' | 'entity'; id: string; name: string; rewrote: readonly string[] };

/** The articles a delete rewrote: those whose body held an inline reference to what went. */
export function rewrittenBy(report: DeleteReport): string[] {
  return report.references.filter((reference) => reference.kind === 'inline').map((reference) => reference.articleId);
}

type Listener = (event: WorkbenchEvent) => void;
const listeners = new Set<Listener>();

export function emitWorkbenchEvent(event: WorkbenchEvent): void {
  for (const listener of [...listeners]) listener(event);
}

/** Subscribes for the component's lifetime; the latest `listener` is always the one called. */
export function useWorkbenchEvents(listener: Listener): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    const relay: Listener = (event) => latest.current(event);
    listeners.add(relay);
    return () => {
      listeners.delete(relay);
    };
  }, []);
}
