/**
 * A set of tags as chips with a typeahead after them, for the article's tags and for the tag
 * filter alike. The owner holds the set; this only says what it should become.
 */
import { useRef } from 'react';
import { LIMITS } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { hasTag } from '../../workbench/tagText';
import { TagChip } from './TagChip';
import { TagCombobox } from './TagCombobox';
import './TagInput.css';

interface TagInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  label: string;
  placeholder: string;
  inputTestId: string;
  chipTestId?: string;
  onOpenTag?: (name: string) => void;
  max?: number;
}

export function TagInput({ tags, onChange, label, placeholder, inputTestId, chipTestId, onOpenTag, max = LIMITS.tagsPerArticle }: TagInputProps) {
  const { t, formatNumber } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const full = tags.length >= max;

  const add = (names: string[]) => {
    const next = [...tags];
    for (const name of names) if (next.length < max && !hasTag(next, name)) next.push(name);
    if (next.length > tags.length) onChange(next);
  };
  const remove = (name: string) => {
    onChange(tags.filter((tag) => tag !== name));
    // The × button is gone with its chip; the writer goes on from the input.
    inputRef.current?.focus();
  };

  return (
    <div className="tag-input" role="group" aria-label={label} onClick={(event) => event.target === event.currentTarget && inputRef.current?.focus()}>
      {tags.length > 0 && (
        <ul className="tag-input__chips">
          {tags.map((name) => (
            <TagChip key={name} name={name} testId={chipTestId} onOpen={onOpenTag} onRemove={remove} />
          ))}
        </ul>
      )}
      <TagCombobox
        exclude={tags}
        onCommit={add}
        onBackspaceEmpty={() => tags.length > 0 && onChange(tags.slice(0, -1))}
        placeholder={full ? t('panel.tags.full', { count: formatNumber(max) }) : placeholder}
        ariaLabel={label}
        testId={inputTestId}
        inputRef={inputRef}
        disabled={full}
      />
    </div>
  );
}
