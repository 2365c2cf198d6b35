/**
 * The popup of a typeahead: an ARIA listbox under its input, whose options take no focus
 * (the input keeps it and points at the active one with aria-activedescendant) and are picked
 * by click as by Enter.
 */
import type { ReactNode } from 'react';
import './TypeaheadList.css';

interface TypeaheadListProps<T> {
  id: string;
  label: string;
  items: readonly T[];
  shown: boolean;
  active: number;
  optionId: (index: number) => string;
  keyOf: (item: T) => string;
  testId: string;
  /** `data-*` attributes of an option (the id of the article it stands for, for tests). */
  dataAttributes?: (item: T) => Record<`data-${string}`, string>;
  onActive: (index: number) => void;
  onPick: (item: T) => void;
  children: (item: T) => ReactNode;
}

export function TypeaheadList<T>(props: TypeaheadListProps<T>) {
  const { id, label, items, shown, active, optionId, keyOf, testId, dataAttributes, onActive, onPick, children } = props;
  return (
    <ul id={id} role="listbox" aria-label={label} className="typeahead-list" hidden={!shown}>
      {shown &&
        items.map((item, index) => (
          <li
            key={keyOf(item)}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="typeahead-list__option"
            data-testid={testId}
            {...dataAttributes?.(item)}
            // Keeps focus, and the caret, in the input.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onActive(index)}
            onClick={() => onPick(item)}
          >
            {children(item)}
          </li>
        ))}
    </ul>
  );
}
