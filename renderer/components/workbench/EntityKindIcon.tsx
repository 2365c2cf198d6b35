/** A small line drawing for each kind of entity, read together with its written label. */
import type { EntityKind } from '../../../common/contract';

const PATHS: Record<EntityKind, string> = {
  person: 'M8 8.2a2.7 2.7 0 1 0 0-5.4 2.7 2.7 0 0 0 0 5.4ZM3 13.6c.6-2.5 2.6-3.9 5-3.9s4.4 1.4 5 3.9',
  organisation: 'M3 13.5h10M4.2 13.5V6.3M7 13.5V6.3M9.8 13.5V6.3M12.6 13.5V6.3M2.6 5.4 8 2.5l5.4 2.9Z',
  country: 'M4 14V2.6M4 3.2c2.6-1.3 4.4 1.1 8 0v5.5c-3.6 1.1-5.4-1.3-8 0',
  place: 'M8 14s4.3-4.1 4.3-7.4a4.3 4.3 0 1 0-8.6 0C3.7 9.9 8 14 8 14Zm0-5.8a1.6 1.6 0 1 0 0-3.2 1.6 1.6 0 0 0 0 3.2Z',
  event: 'M2.8 4.2h10.4v9.3H2.8ZM2.8 7h10.4M5.5 2.6v2.8M10.5 2.6v2.8',
};

export function EntityKindIcon({ kind }: { kind: EntityKind }) {
  return (
    <svg className={`entity-kind-icon entity-kind-icon--${kind}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
