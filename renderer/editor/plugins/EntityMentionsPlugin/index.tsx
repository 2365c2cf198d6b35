/**
 * `@` mentions: typing `@` and the start of a name offers the archive's entities (people,
 * organisations, countries, places, events) by any of their names; picking one puts the
 * entity's canonical name in the text as one EntityMentionNode token, which the archive turns
 * into a confirmed mention on save. Clicking a mention opens the entity's page.
 */
import { useCallback, type JSX } from 'react';
import type { EntitySummary } from '../../../../common/contract';
import { $createEntityMentionNode, EntityMentionNode } from '../../../../common/editor/EntityMentionNode';
import { api } from '../../../api/client';
import { entityKindKey } from '../../../components/EntityPage/entityKinds';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDeskNavigation } from '../../../navigation';
import { ReferenceTypeahead } from '../../ui/ReferenceTypeahead';
import { useTokenActivation } from '../../ui/useTokenActivation';
import { matchMentionTrigger } from './trigger';

const SUGGESTIONS = 8;

const keyOf = (entity: EntitySummary) => entity.id;
const $createToken = (entity: EntitySummary) => $createEntityMentionNode(entity.id, entity.canonical);

export function EntityMentionsPlugin(): JSX.Element {
  const { t } = useI18n();
  const navigation = useDeskNavigation();

  const search = useCallback(async (query: string) => {
    const result = await api.suggestEntities({ text: query, limit: SUGGESTIONS });
    return result.ok ? result.value : null;
  }, []);

  useTokenActivation(
    EntityMentionNode,
    'entity-mention',
    () => t('editor.mention.open'),
    (element) => {
      const id = element.dataset.entityId;
      if (id && navigation) navigation.openView({ kind: 'entity', id });
    },
  );

  return (
    <ReferenceTypeahead
      match={matchMentionTrigger}
      search={search}
      keyOf={keyOf}
      $createToken={$createToken}
      label={t('editor.mention.menu')}
      emptyMessage={t('editor.mention.none')}
      testId="entity-typeahead"
      optionTestId="entity-option"
      renderItem={(entity) => (
        <>
          <span className="typeahead__primary" dir="auto">
            {entity.canonical}
          </span>
          <span className="typeahead__secondary">{t(entityKindKey(entity.kind))}</span>
        </>
      )}
    />
  );
}
