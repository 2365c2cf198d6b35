/**
 * A typeahead that turns a typed trigger into a reference token: the archive is asked what the
 * text after the trigger may name, the answers are listed under the trigger, and the one picked
 * replaces the trigger and its text with a token (followed by a space). The `@` and `[[`
 * plugins differ only in what they ask, how an answer reads, and which token it becomes.
 */
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useMemo, type JSX, type ReactNode } from 'react';
import { $insertReferenceToken } from '../references';
import { TypeaheadMenu } from './TypeaheadMenu';
import { useReferenceTypeahead } from './useReferenceTypeahead';

class ItemOption<T> extends MenuOption {
  constructor(
    key: string,
    readonly item: T,
  ) {
    super(key);
  }
}

interface ReferenceTypeaheadProps<T> {
  match: (text: string) => MenuTextMatch | null;
  /** The archive's answer for the text after the trigger; null when it could not be asked. */
  search: (query: string) => Promise<T[] | null>;
  keyOf: (item: T) => string;
  /** Makes the token for a picked item; runs inside the editor update that inserts it. */
  $createToken: (item: T) => TextNode;
  renderItem: (item: T) => ReactNode;
  label: string;
  emptyMessage: string;
  testId: string;
  optionTestId: string;
  wide?: boolean;
}

export function ReferenceTypeahead<T>(props: ReferenceTypeaheadProps<T>): JSX.Element {
  const { match, search, keyOf, $createToken, renderItem, label, emptyMessage, testId, optionTestId, wide } = props;
  const { triggerFn, onQueryChange, results, answeredQuery, menuShown, menuClosed } = useReferenceTypeahead(match, search);
  const options = useMemo(() => (results ?? []).map((item) => new ItemOption(keyOf(item), item)), [results, keyOf]);

  // Called inside the menu's editor update. Without the typed trigger (the caret has left it)
  // there is nothing to replace, and nothing is inserted.
  const onSelectOption = useCallback(
    (option: ItemOption<T>, typedTrigger: TextNode | null, closeMenu: () => void) => {
      if (typedTrigger) $insertReferenceToken($createToken(option.item), typedTrigger);
      closeMenu();
    },
    [$createToken],
  );

  return (
    <LexicalTypeaheadMenuPlugin<ItemOption<T>>
      triggerFn={triggerFn}
      onQueryChange={onQueryChange}
      onSelectOption={onSelectOption}
      options={options}
      anchorClassName="typeahead-anchor"
      onClose={menuClosed}
      menuRenderFn={(anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }, matched) => {
        // The options and match Lexical hands the menu are the ones its key handlers use.
        const onShown = (onScreen: ItemOption<T>[]) =>
          menuShown(answeredQuery, matched, (index) => {
            if (onScreen[index]) selectOptionAndCleanUp(onScreen[index]);
          });
        return (
          <TypeaheadMenu
            anchor={anchor}
            label={label}
            testId={testId}
            optionTestId={optionTestId}
            options={shown}
            selectedIndex={selectedIndex}
            onPick={selectOptionAndCleanUp}
            onHighlight={setHighlightedIndex}
            emptyMessage={results === null ? null : emptyMessage}
            renderOption={(option) => renderItem(option.item)}
            wide={wide}
            // The list on screen answers fewer letters than its match holds, or the other way
            // round while Lexical's match catches up: a pick now would wait or move.
            busy={answeredQuery !== matched}
            onShown={onShown}
          />
        );
      }}
    />
  );
}
