/** How an entity's kind is said: «سازمان» beside a name, «سازمان‌ها» over a list of them. */
import { ENTITY_KINDS, type EntityKind } from '../../../common/constants';
import type { MessageKey } from '../../i18n/messages';

export { ENTITY_KINDS };

// Templates that are not message keys do not type-check, so every kind has both labels.
export const entityKindKey = (kind: EntityKind): MessageKey => `entity.kind.${kind}`;
export const entityKindPluralKey = (kind: EntityKind): MessageKey => `entity.kinds.${kind}`;
