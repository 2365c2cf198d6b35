/**
 * The search box: a combobox whose popup is the results list below it. Focus stays in the
 * box while ArrowUp/ArrowDown move the active result (announced through
 * aria-activedescendant), Enter opens it and Escape clears. Shift+Space types a half-space
 * here too, since a query is Persian text like any other field.
 */
import type { FocusEvent, KeyboardEvent, Ref } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { handleZwnjKey } from '../../text/zwnj';
import './SearchBox.css';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
  listboxId: string;
  /** The results list is on screen with at least one result. */
  expanded: boolean;
  activeDescendant: string | undefined;
  busy: boolean;
  onMove: (delta: 1 | -1) => void;
  onEnter: () => void;
  onEscape: () => void;
  onFocus: (event: FocusEvent<HTMLInputElement>) => void;
  filterCount: number;
  filtersOpen: boolean;
  filtersId: string;
  onToggleFilters: () => void;
}

function SearchIcon() {
  return (
    <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M12.7 12.7 17 17" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

function FilterIcon() {
  return (
    <svg className="search-box__filter-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function SearchBox(props: SearchBoxProps) {
  const { value, onChange, inputRef, listboxId, expanded, activeDescendant, busy, filterCount, filtersOpen } = props;
  const { t, dir, formatNumber } = useI18n();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || handleZwnjKey(event)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, (() => void) | undefined> = {
      ArrowDown: () => props.onMove(1),
      ArrowUp: () => props.onMove(-1),
      Enter: props.onEnter,
      Escape: props.onEscape,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="search-box">
      <div className="search-box__field">
        <SearchIcon />
        <input
          ref={inputRef}
          type="text"
          className="search-box__input"
          data-testid="search-input"
          role="combobox"
          aria-label={t('search.label')}
          aria-autocomplete="list"
          aria-controls={listboxId}
          aria-expanded={expanded}
          aria-activedescendant={activeDescendant}
          aria-busy={busy}
          aria-keyshortcuts="Control+K Meta+K Control+F Meta+F"
          title={t('search.shortcutHint')}
          placeholder={t('search.placeholder')}
          // A Latin query (a name, an acronym) reads left to right; an empty box follows the page.
          dir={directionOfText(value, dir)}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={props.onFocus}
        />
        {value !== '' && (
          <button
            type="button"
            className="search-box__clear"
            aria-label={t('search.clear')}
            title={t('search.clear')}
            // Keeps focus in the box, where the writer goes on typing.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChange('')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <button
        type="button"
        className="button search-box__filters"
        data-testid="search-filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls={props.filtersId}
        data-active={filterCount > 0 ? 'true' : undefined}
        onClick={props.onToggleFilters}
      >
        <FilterIcon />
        <span>{filterCount > 0 ? t('search.filtersActive', { count: formatNumber(filterCount) }) : t('search.filters')}</span>
      </button>
    </div>
  );
}
