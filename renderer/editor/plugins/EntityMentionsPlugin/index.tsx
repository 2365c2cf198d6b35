/**
 * `@` mentions: typing `@` and the start of a name offers the archive's entities (people,
 * organisations, countries, places, events) by any of their names; picking one puts the
 * entity's canonical name in the text as one EntityMentionNode token, which the archive turns
 * into a confirmed mention on save. Clicking a mention opens the entity's page.
 *
 * When nothing matches, the menu offers «+ افزودن «…» به نام‌ها»: the name goes into the text
 * at once, the archive adds it as a person, and the words become a mention of that person.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode, $getNodeByKey, $isTextNode, type TextNode } from 'lexical';
import { useCallback, type JSX } from 'react';
import type { EntitySummary } from '../../../../common/contract';
import { $createEntityMentionNode, EntityMentionNode } from '../../../../common/editor/EntityMentionNode';
import { useApi } from '../../../api/ApiContext';
import { entityKindKey } from '../../../components/EntityPage/entityKinds';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorKey } from '../../../i18n/messages';
import { useDeskNavigation } from '../../../navigation';
import { ReferenceTypeahead } from '../../ui/ReferenceTypeahead';
import { useTokenActivation } from '../../ui/useTokenActivation';
import { matchMentionTrigger } from './trigger';

const SUGGESTIONS = 8;

/** An entity the archive has, or a name to add because it has none. */
type Choice = { kind: 'entity'; entity: EntitySummary } | { kind: 'create'; name: string };

const keyOf = (choice: Choice) => (choice.kind === 'entity' ? choice.entity.id : `create:${choice.name}`);

export function EntityMentionsPlugin(): JSX.Element {
  const api = useApi();
  const { t } = useI18n();
  const navigation = useDeskNavigation();
  const [editor] = useLexicalComposerContext();

  const search = useCallback(async (query: string): Promise<Choice[] | null> => {
    const result = await api.suggestEntities({ text: query, limit: SUGGESTIONS });
    if (!result.ok) return null;
    const name = query.trim();
    if (result.value.length === 0 && name !== '') return [{ kind: 'create', name }];
    return result.value.map((entity) => ({ kind: 'entity', entity }));
  }, [api]);

  /**
   * The picked name goes in as plain words at once (the menu inserts synchronously); once the
   * archive has added the person, the words become a mention of them, unless the writer has
   * changed them meanwhile (then they stay words, and detection will find the new name).
   */
  const addName = useCallback(
    (name: string, nodeKey: string) => {
      void api.createEntity({ kind: 'person', canonical: name }).then((result) => {
        editor.update(() => {
          const node = $getNodeByKey(nodeKey);
          if (!$isTextNode(node)) return;
          if (!result.ok || node.getTextContent() !== name) {
            // Plain words again, free to merge with the text around them.
            node.setMode('normal');
            return;
          }
          const token = $createEntityMentionNode(result.value.id, result.value.canonical);
          token.setFormat(node.getFormat());
          node.replace(token);
        });
        if (!result.ok) window.alert(t('editor.mention.createFailed', { reason: t(errorKey(result.error.code)) }));
      });
    },
    [api, editor, t],
  );

  const $createToken = useCallback(
    (choice: Choice): TextNode => {
      if (choice.kind === 'entity') return $createEntityMentionNode(choice.entity.id, choice.entity.canonical);
      // A token until the person exists, so Lexical does not merge it into the text beside it.
      const words = $createTextNode(choice.name).setMode('token');
      const key = words.getKey();
      queueMicrotask(() => addName(choice.name, key));
      return words;
    },
    [addName],
  );

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
      renderItem={(choice) =>
        choice.kind === 'entity' ? (
          <>
            <span className="typeahead__primary" dir="auto">
              {choice.entity.canonical}
            </span>
            <span className="typeahead__secondary">{t(entityKindKey(choice.entity.kind))}</span>
          </>
        ) : (
          <span className="typeahead__primary" data-testid="entity-create" dir="auto">
            {t('editor.mention.create', { name: choice.name })}
          </span>
        )
      }
    />
  );
}
