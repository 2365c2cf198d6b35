/**
 * Ids for entities. A user's entity gets a random UUID; a starter-gazetteer entity gets a
 * name-based one (UUID version 5: SHA-1 of a namespace and the gazetteer key), so every
 * laptop that loads the same gazetteer gives «ایران» the same id and two archives merge
 * later without duplicating the countries.
 */
import { createHash, randomUUID } from 'node:crypto';

/** Dabir's namespace for gazetteer ids. Fixed for good: changing it changes every id. */
const GAZETTEER_NAMESPACE = 'b9d5c0a2-4f3e-4c1d-9a6b-2e7f8d1c3a54';

const namespaceBytes = Buffer.from(GAZETTEER_NAMESPACE.replace(/-/g, ''), 'hex');

/** RFC 9562 §5.5: SHA-1 over namespace ‖ name, version nibble 5, variant bits 10. */
export function gazetteerEntityId(gazetteerKey: string): string {
  const hash = createHash('sha1').update(namespaceBytes).update(gazetteerKey, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function newEntityId(): string {
  return randomUUID();
}
