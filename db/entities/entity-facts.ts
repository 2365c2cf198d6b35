/**
 * What detection knows about entities beyond their names (detect-mentions.ts `EntityFacts`):
 * each one's kind, and which entities vouch for each other in a text: a capital and its
 * country («دوشنبه» is the city when «تاجیکستان» is named in the same story, «عمان» the country
 * when «مسقط» is), and a country or organisation and the people who held posts in it («چین»
 * is China in a story that quotes «وانگ یی»).
 */
import type { EntityKind } from '../../common/contract';
import type { ArchiveDatabase } from '../open';
import type { EntityFacts, RelatedEntity } from './detect-mentions';
import { cachedStatement } from '../statement-cache';

const CAPITAL_KEY = /^place:([A-Z]{2})-capital$/;

export function loadEntityFacts(db: ArchiveDatabase): EntityFacts {
  const rows = cachedStatement<[], { id: string; kind: EntityKind; gazetteer_key: string | null }>(db, 'SELECT id, kind, gazetteer_key FROM entities').all();
  const kinds = new Map(rows.map((row) => [row.id, row.kind]));
  const byKey = new Map(rows.filter((row) => row.gazetteer_key !== null).map((row) => [row.gazetteer_key!, row.id]));
  const related = new Map<string, RelatedEntity[]>();
  const link = (a: string, b: RelatedEntity) => related.set(a, [...(related.get(a) ?? []), b]);
  for (const [key, id] of byKey) {
    const capitalOf = CAPITAL_KEY.exec(key)?.[1];
    const country = capitalOf === undefined ? undefined : byKey.get(`country:${capitalOf}`);
    if (country === undefined) continue;
    link(id, { id: country, mutual: true });
    link(country, { id, mutual: true });
  }
  const holders = cachedStatement<[], { entity_id: string; of_entity_id: string }>(db, 'SELECT DISTINCT entity_id, of_entity_id FROM entity_roles WHERE of_entity_id IS NOT NULL');
  for (const { entity_id, of_entity_id } of holders.iterate()) link(of_entity_id, { id: entity_id, mutual: false });
  return {
    kindOf: (id) => kinds.get(id),
    relatedTo: (id) => related.get(id) ?? [],
  };
}
