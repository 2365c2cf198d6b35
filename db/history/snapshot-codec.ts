/**
 * How a revision's snapshot is stored. A keyframe is the snapshot's JSON, deflated; most
 * revisions are a delta from their article's latest keyframe (Fossil's delta format: copies
 * of the keyframe's bytes and the few new ones). Each delta is against a keyframe, never
 * against another delta, so any revision is read with one inflate and one delta applied, and
 * dropping a revision in thinning never breaks another one (unless it is a keyframe, which
 * revision-store.ts handles by promoting one of its deltas first).
 */
import { createDelta, applyDelta } from 'fossil-delta';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export type SnapshotEncoding = 'json' | 'deflate' | 'delta';

export interface StoredSnapshot {
  encoding: SnapshotEncoding;
  /** Text for 'json' (written before migration 010), bytes otherwise. */
  data: Uint8Array | string;
}

export function encodeKeyframe(json: Uint8Array): StoredSnapshot {
  return { encoding: 'deflate', data: deflateRawSync(json) };
}

export function encodeDelta(keyframe: Uint8Array, json: Uint8Array): StoredSnapshot {
  return { encoding: 'delta', data: createDelta(keyframe, json) };
}

export function isKeyframe(encoding: SnapshotEncoding): boolean {
  return encoding !== 'delta';
}

/** The JSON bytes of a keyframe. */
export function decodeKeyframe(stored: StoredSnapshot): Uint8Array {
  if (stored.encoding === 'json') return typeof stored.data === 'string' ? Buffer.from(stored.data) : stored.data;
  if (stored.encoding === 'deflate') return inflateRawSync(stored.data as Uint8Array);
  throw new Error('A delta is not a keyframe');
}

/** The JSON bytes of a delta, given its keyframe's. Fossil's checksum catches a wrong keyframe. */
export function decodeDelta(keyframe: Uint8Array, stored: StoredSnapshot): Uint8Array {
  return applyDelta(keyframe, stored.data as Uint8Array, { verifyChecksum: true });
}
