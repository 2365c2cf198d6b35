/**
 * One line for typing a tag, with the archive's tags offered as it is typed («تحریم‌ها ۱۲»:
 * name and how many articles carry it). Enter, comma or «،» commits; a pasted list
 * («تحریم، نفت، اوپک») is split. Shift+Space types a half-space as in every Persian field.
 * The popup is an ARIA listbox; focus stays in the input.
 */
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { TagSummary } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { handleZwnjKey } from '../../text/zwnj';
import { cleanTagName, isTagSeparatorKey, looseTagKey, TAG_SEPARATORS } from '../../workbench/tagText';
import { useTagSuggestions } from '../../workbench/useTagSuggestions';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';
import { TypeaheadList } from './TypeaheadList';
import './TagInput.css';

interface TagComboboxProps {
  /** Names already chosen: not offered again. */
  exclude: readonly string[];
  /** Usually one name; a pasted list gives several at once. */
  onCommit: (names: string[]) => void;
  /** Backspace in an empty field: the owner takes away its last chip. */
  onBackspaceEmpty?: () => void;
  /** Escape with nothing to close: the owner may close the field. */
  onEscape?: () => void;
  placeholder: string;
  ariaLabel: string;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function TagCombobox({ exclude, onCommit, onBackspaceEmpty, onEscape, placeholder, ariaLabel, testId, inputRef, autoFocus, disabled }: TagComboboxProps) {
  const { t, dir, formatNumber } = useI18n();
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  const open = focused && !dismissed && text.trim() !== '';
  const suggestions = useTagSuggestions(text, open, exclude);
  const shown = open && suggestions.length > 0;
  const activeTag: TagSummary | undefined = shown ? suggestions[active] : undefined;

  // Typed the way the archive already has it, give or take a yeh or a half-space: take its spelling.
  const spelled = (typed: string) => suggestions.find((tag) => looseTagKey(tag.name) === looseTagKey(typed))?.name ?? typed;

  const commit = (typed: string[]) => {
    const names = typed.map(cleanTagName).filter((name) => name !== '').map(spelled);
    if (names.length > 0) onCommit(names);
  };

  const reset = () => {
    setText('');
    setActive(-1);
  };

  const change = (value: string) => {
    setDismissed(false);
    setActive(-1);
    if (!TAG_SEPARATORS.test(value)) return setText(value);
    // A pasted list: every complete part becomes a tag, the part after the last separator stays.
    const parts = value.split(TAG_SEPARATORS);
    const rest = parts.pop() ?? '';
    commit(parts);
    setText(rest);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || handleZwnjKey(event)) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!shown) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(-1, Math.min(suggestions.length - 1, index + step)));
    } else if ((event.key === 'Enter' || isTagSeparatorKey(event.key)) && plain) {
      event.preventDefault();
      if (activeTag) onCommit([activeTag.name]);
      else commit([text]);
      reset();
    } else if (event.key === 'Backspace' && text === '' && plain) {
      onBackspaceEmpty?.();
    } else if (event.key === 'Escape') {
      if (shown) {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(true);
      } else if (onEscape) {
        event.preventDefault();
        onEscape();
      }
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="tag-combobox" {...(shown ? { [OWN_ESCAPE_ATTRIBUTE]: '' } : {})}>
      <input
        ref={inputRef}
        type="text"
        className="tag-combobox__input"
        data-testid={testId}
        role="combobox"
        aria-label={ariaLabel}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={activeTag ? optionId(active) : undefined}
        placeholder={placeholder}
        dir={directionOfText(text, dir)}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        disabled={disabled}
        maxLength={500}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <TypeaheadList
        id={listId}
        label={t('panel.tags.suggestions')}
        items={suggestions}
        shown={shown}
        active={active}
        optionId={optionId}
        keyOf={(tag) => tag.id}
        testId="tag-suggestion"
        onActive={setActive}
        onPick={(tag) => {
          onCommit([tag.name]);
          reset();
        }}
      >
        {(tag) => (
          <>
            <bdi className="tag-combobox__name">{tag.name}</bdi>{' '}
            <span className="tag-combobox__count">{formatNumber(tag.count)}</span>
          </>
        )}
      </TypeaheadList>
    </div>
  );
}
