/**
 * Finding an article by its headline to reference it: the latest ones on focus, matches as
 * the writer types, each with its Solar Hijri day so two stories with one headline differ.
 * An ARIA combobox; Enter or a click picks.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { handleZwnjKey } from '../../text/zwnj';
import { useArticleSuggestions, type ArticleChoice } from '../../workbench/useArticleSuggestions';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';
import { DualDate } from '../DualDate/DualDate';
import { TypeaheadList } from './TypeaheadList';

interface ArticleTypeaheadProps {
  excludeId: string;
  onPick: (choice: ArticleChoice) => void;
  onEscape: () => void;
  label: string;
}

export function ArticleTypeahead({ excludeId, onPick, onEscape, label }: ArticleTypeaheadProps) {
  const { t, dir } = useI18n();
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = useArticleSuggestions(text, excludeId, focused);
  const shown = focused && found.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || handleZwnjKey(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(found.length - 1, index + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (found[active]) onPick(found[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };

  return (
    <div className="article-typeahead" {...{ [OWN_ESCAPE_ATTRIBUTE]: '' }}>
      <input
        type="text"
        data-testid="link-article-input"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && found[active] ? optionId(active) : undefined}
        placeholder={t('panel.links.articlePlaceholder')}
        dir={directionOfText(text, dir)}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        maxLength={LIMITS.shortText}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <TypeaheadList
        id={listId}
        label={label}
        items={found}
        shown={shown}
        active={active}
        optionId={optionId}
        keyOf={(choice) => choice.id}
        testId="link-article-option"
        dataAttributes={(choice) => ({ 'data-article-id': choice.id })}
        onActive={setActive}
        onPick={onPick}
      >
        {(choice) => (
          <>
            <span className="article-typeahead__headline" dir={directionOfText(choice.headline)}>
              {choice.headline.trim() || t('archive.untitled')}
            </span>
            <DualDate className="article-typeahead__day" isoDay={choice.day} />
          </>
        )}
      </TypeaheadList>
    </div>
  );
}
