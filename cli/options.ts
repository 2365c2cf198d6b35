/** Option values shared by the workbench commands (entities, entity, related, tags). */
import { ENTITY_KINDS, type EntityKind } from '../common/contract';
import { UsageError } from './io';

/** `--limit N`: a whole number from 1 to `max` (no upper bound when `max` is undefined). */
export function parseLimit(value: string | undefined, fallback: number, max?: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || !Number.isSafeInteger(number) || (max !== undefined && number > max)) {
    const range = max === undefined ? 'of at least 1' : `from 1 to ${max}`;
    throw new UsageError(`--limit must be a whole number ${range}, not "${value}"`);
  }
  return number;
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
