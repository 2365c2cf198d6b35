/**
 * Where the desk is, kept in the address so a reload, or the shell reopening the window, comes
 * back to it: the open article (`#article=<uuid>`) and, over it, a page of the archive's names
 * (`&entity=<uuid>`, `&view=entities`, `&view=review`), the article's history (`&view=history`)
 * or the backups (`&view=backups`). It is the renderer's own state: no server sees it.
 *
 * Components deep in the tree (an @mention in the editor, a row of the entity timeline) ask to
 * go somewhere through `useDeskNavigation()`; App owns the state and does the going, so an
 * article is always opened through the one path that flushes the pending save first.
 */
import { createContext, useContext } from 'react';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page shown in place of the open article, which stays mounted (and saving) underneath. */
export type DeskView = { kind: 'entity'; id: string } | { kind: 'entities' } | { kind: 'review' } | { kind: 'history' } | { kind: 'backups' };

/** Marks history entries App pushed for a view, so its back control can step back to them. */
const VIEW_STATE = 'dabirView';

function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.slice(1));
}

export function readArticleIdFromHash(): string | null {
  const id = hashParams().get('article');
  return id && UUID.test(id) ? id : null;
}

export function readViewFromHash(): DeskView | null {
  const params = hashParams();
  const entity = params.get('entity');
  if (entity && UUID.test(entity)) return { kind: 'entity', id: entity };
  const view = params.get('view');
  if (view === 'entities' || view === 'review' || view === 'history' || view === 'backups') return { kind: view };
  return null;
}

function hashFor(articleId: string | null, view: DeskView | null): string {
  const parts: string[] = [];
  if (articleId) parts.push(`article=${articleId}`);
  if (view?.kind === 'entity') parts.push(`entity=${view.id}`);
  else if (view) parts.push(`view=${view.kind}`);
  return parts.length > 0 ? `#${parts.join('&')}` : window.location.pathname + window.location.search;
}

export function sameView(a: DeskView | null, b: DeskView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && (a.kind !== 'entity' || a.id === (b as { id: string }).id);
}

/** Opening an article shows it: any page over it is closed. */
export function writeArticleIdToHash(id: string): void {
  if (readArticleIdFromHash() === id && readViewFromHash() === null) return;
  // replaceState: switching articles should not fill Back with every article opened.
  window.history.replaceState(window.history.state, '', hashFor(id, null));
}

/** No article open any more (it was deleted): the address forgets it, keeping any page. */
export function clearArticleIdFromHash(): void {
  window.history.replaceState(window.history.state, '', hashFor(null, readViewFromHash()));
}

/** A page opened from the desk is a step Back can undo (pushState fires no hashchange). */
export function pushViewToHash(view: DeskView): void {
  if (sameView(readViewFromHash(), view)) return;
  window.history.pushState({ [VIEW_STATE]: true }, '', hashFor(readArticleIdFromHash(), view));
}

/**
 * Leaves the page for the article under it: a step back through history when the app pushed
 * the page (the back control then agrees with the browser's), else the address is rewritten.
 * Returns true when it went back through history, whose hashchange will say where it landed.
 */
export function leaveViewInHash(): boolean {
  const pushedHere = (window.history.state as Record<string, unknown> | null)?.[VIEW_STATE] === true;
  if (pushedHere && readViewFromHash() !== null) {
    window.history.back();
    return true;
  }
  window.history.replaceState(null, '', hashFor(readArticleIdFromHash(), null));
  return false;
}

/**
 * A page reached through the address (a link that sets `location.hash`, Back, Forward) sits in
 * an entry of its own, which the back control may step out of; one set without the article
 * gets the open article added, so a reload finds both.
 */
export function adoptViewFromHash(openArticleId: string | null): void {
  const view = readViewFromHash();
  if (!view) return;
  const state = (window.history.state as Record<string, unknown> | null) ?? {};
  window.history.replaceState({ ...state, [VIEW_STATE]: true }, '', hashFor(readArticleIdFromHash() ?? openArticleId, view));
}

export interface DeskNavigation {
  /** Opens an article through App's open path (pending save flushed first). */
  openArticle: (id: string) => void;
  /** Shows a page over the open article. */
  openView: (view: DeskView) => void;
  /** The back control of a page. */
  closeView: () => void;
}

export const DeskNavigationContext = createContext<DeskNavigation | null>(null);

/** Null outside App (an editor mounted on its own has nowhere to go). */
export function useDeskNavigation(): DeskNavigation | null {
  return useContext(DeskNavigationContext);
}
