/**
 * What the article column shows, as one reducer so every way in and out of an article is a
 * named transition: nothing open, one being read, one open (new or from the archive), one
 * that could not be read, and, over any of them, a leave the writer must decide on because
 * the open article's changes could not be saved.
 */
import type { Article } from '../../common/contract';
import type { ApiError } from '../../common/result';

export type ShownArticle =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'open'; article: Article; isNew: boolean }
  | { kind: 'failed'; id: string; error: ApiError };

/** Where the writer was going when the open article's pending save failed. */
export type LeaveTarget = { kind: 'open'; id: string } | { kind: 'create' };

export interface OpenArticleState {
  shown: ShownArticle;
  /** Set while a leave waits for «stay» or «leave without saving»; the article stays shown. */
  blockedLeave: LeaveTarget | null;
}

export type OpenArticleAction =
  | { type: 'leave-blocked'; target: LeaveTarget }
  /** The writer chose to stay, or the leave went ahead after all. */
  | { type: 'leave-settled' }
  | { type: 'loading'; id: string }
  | { type: 'loaded'; id: string; article: Article }
  | { type: 'load-failed'; id: string; error: ApiError }
  | { type: 'created'; article: Article }
  | { type: 'closed' }
  /** The open article as the archive now has it, after a write made to it from elsewhere. */
  | { type: 'reloaded'; article: Article };

export const NOTHING_OPEN: OpenArticleState = { shown: { kind: 'none' }, blockedLeave: null };

export function openArticleReducer(state: OpenArticleState, action: OpenArticleAction): OpenArticleState {
  switch (action.type) {
    case 'leave-blocked':
      return { ...state, blockedLeave: action.target };
    case 'leave-settled':
      return { ...state, blockedLeave: null };
    case 'loading':
      return { shown: { kind: 'loading', id: action.id }, blockedLeave: null };
    case 'loaded':
      return { ...state, shown: { kind: 'open', article: action.article, isNew: false } };
    case 'load-failed':
      return { ...state, shown: { kind: 'failed', id: action.id, error: action.error } };
    case 'created':
      return { shown: { kind: 'open', article: action.article, isNew: true }, blockedLeave: null };
    case 'closed':
      return { ...state, shown: { kind: 'none' } };
    case 'reloaded':
      // Only onto the same article still open: an answer arriving after a switch is dropped.
      if (state.shown.kind !== 'open' || state.shown.article.id !== action.article.id) return state;
      return { ...state, shown: { kind: 'open', article: action.article, isNew: false } };
  }
}

/** The article the column is about (open, being read, or failed to read), if any. */
export function shownArticleId(shown: ShownArticle): string | null {
  if (shown.kind === 'open') return shown.article.id;
  return shown.kind === 'none' ? null : shown.id;
}
