/** Operands and option values shared by several commands: article ids, paging (--limit, --offset), --kind. */
import { ENTITY_KINDS, type EntityKind } from '../common/contract';
import { CliError, UsageError } from './io';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An article id as typed (any case, stray spaces). One that is not even shaped like an id
 * names no article: said so here, in the words a missing article gets, rather than in the
 * contract's.
 */
export function parseArticleId(operand: string): string {
  const id = operand.trim().toLowerCase();
  if (!UUID.test(id)) throw new CliError(`no article with id ${operand.trim()} (an article's id is a UUID, as list and search print it)`);
  return id;
}

function isWholeNumber(value: string): boolean {
  return /^\d+$/.test(value) && Number.isSafeInteger(Number(value));
}

/**
 * `--limit N`: a whole number from 1 to `max`, the most the API contract lets one call
 * return (LIMITS in common/constants.ts), so the command line and the app share one bound.
 */
export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!isWholeNumber(value) || number < 1 || number > max) {
    throw new UsageError(`--limit must be a whole number from 1 to ${max}, not "${value}"`);
  }
  return number;
}

/** `--offset N`: how many to skip before the first one shown; 0 when not given. */
export function parseOffset(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!isWholeNumber(value)) throw new UsageError(`--offset must be a whole number (0 or more), not "${value}"`);
  return Number(value);
}

export interface PageShown {
  /** How many this page shows, from `offset` on, asked for with `limit` (at most `max`). */
  shown: number;
  offset: number;
  limit: number;
  max: number;
  /** "3 articles", "About 14,000 results": the whole, in words. */
  whole: string;
  /** Whether there is more after this page. */
  more: boolean;
}

/**
 * The line under a page that is not everything: which stretch it is, and how to see more
 * (a larger --limit while there is room, else the next --offset). Undefined when the page
 * is the whole list.
 */
export function pageFooter({ shown, offset, limit, max, whole, more }: PageShown): string | undefined {
  const stretch = offset === 0 ? `Showing ${shown} of ${whole}` : shown === 0 ? `Nothing past the first ${offset} of ${whole}` : `Showing ${offset + 1}–${offset + shown} of ${whole}`;
  if (!more) return offset === 0 ? undefined : `${stretch}.`;
  const how = offset === 0 && limit < max ? `--limit N (up to ${max})` : `--offset ${offset + shown}`;
  return `${stretch}; use ${how} to see more.`;
}

/** American spelling accepted for the one kind that has one. */
const KIND_SPELLINGS: Record<string, EntityKind> = { organization: 'organisation' };

export function parseKind(value: string): EntityKind {
  const typed = value.trim().toLowerCase();
  const kind = KIND_SPELLINGS[typed] ?? typed;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${ENTITY_KINDS.join(', ')}, not "${value}"`);
  }
  return kind as EntityKind;
}
