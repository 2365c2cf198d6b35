/**
 * The filters beside the query: status, desk, a date range chosen in the Solar Hijri
 * calendar (the archive takes ISO Gregorian days, which the date picker produces), and tags
 * (every one chosen must be on an article). With no words in the box they browse the archive,
 * newest first. The tag manager opens from here, beside the tags it manages.
 */
import { useId, useState } from 'react';
import { ARTICLE_STATUSES } from '../../../common/constants';
import type { ArticleStatus, SearchFilters as Filters } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import { activeFilterCount, isRangeReversed } from '../../search/criteria';
import { SolarHijriDatePicker } from '../SolarHijriDatePicker/SolarHijriDatePicker';
import { TagInput } from '../workbench/TagInput';
import { TagManagerDialog } from '../workbench/TagManagerDialog';
import './SearchFilters.css';

interface SearchFiltersProps {
  id: string;
  filters: Filters;
  desks: string[];
  onChange: (changes: Partial<Filters>) => void;
  onClear: () => void;
  /**
   * Changes when the filters are cleared from outside (the clear button, Escape): the date
   * pickers keep half-chosen days in their own state, so they start afresh.
   */
  generation: number;
}

function DateFilter({ which, value, onChange }: { which: 'from' | 'to'; value: string | undefined; onChange: (changes: Partial<Filters>) => void }) {
  const { t } = useI18n();
  const labelId = useId();
  return (
    <div className="search-filters__date" data-testid={`search-filter-${which}`}>
      <span id={labelId} className="search-filters__label">
        {t(`search.filter.${which}`)}
      </span>
      <SolarHijriDatePicker labelId={labelId} value={value ?? null} onChange={(isoDay) => onChange({ [which]: isoDay ?? undefined })} />
    </div>
  );
}

interface FilterSelectProps {
  which: 'status' | 'desk';
  value: string | undefined;
  options: { value: string; label: string }[];
  /** `undefined` for «همه»: the filter is off. */
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ which, value, options, onChange }: FilterSelectProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="search-filters__field">
      <label className="search-filters__label" htmlFor={id}>
        {t(`search.filter.${which}`)}
      </label>
      <select id={id} data-testid={`search-filter-${which}`} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t('search.filter.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The contract's ceiling on tags in one search. */
const MAX_TAG_FILTERS = 20;

function TagFilter({ tags, onChange }: { tags: string[]; onChange: (changes: Partial<Filters>) => void }) {
  const { t } = useI18n();
  const labelId = useId();
  const [managing, setManaging] = useState(false);
  return (
    <div className="search-filters__field search-filters__tags">
      <div className="search-filters__tags-head">
        <span id={labelId} className="search-filters__label">
          {t('search.filter.tags')}
        </span>
        <button type="button" className="search-filters__manage" data-testid="tag-manager-open" onClick={() => setManaging(true)}>
          {t('search.filter.manageTags')}
        </button>
      </div>
      <TagInput
        tags={tags}
        onChange={(next) => onChange({ tags: next.length > 0 ? next : undefined })}
        label={t('search.filter.tags')}
        placeholder={t('search.filter.tagsPlaceholder')}
        inputTestId="search-filter-tags"
        chipTestId="search-filter-tag"
        max={MAX_TAG_FILTERS}
      />
      {tags.length > 1 && <span className="search-filters__hint muted">{t('search.filter.tagsAll')}</span>}
      {managing && <TagManagerDialog onClose={() => setManaging(false)} />}
    </div>
  );
}

export function SearchFilters({ id, filters, desks, onChange, onClear, generation }: SearchFiltersProps) {
  const { t } = useI18n();
  // A desk chosen earlier stays selectable even if its last article has since moved desk.
  const deskOptions = filters.desk && !desks.includes(filters.desk) ? [filters.desk, ...desks] : desks;

  return (
    <div id={id} className="search-filters" data-testid="search-filters">
      <div className="search-filters__row">
        <FilterSelect
          which="status"
          value={filters.status}
          options={ARTICLE_STATUSES.map((status) => ({ value: status, label: t(statusKey(status)) }))}
          onChange={(status) => onChange({ status: status as ArticleStatus | undefined })}
        />
        <FilterSelect
          which="desk"
          value={filters.desk}
          options={deskOptions.map((desk) => ({ value: desk, label: desk }))}
          onChange={(desk) => onChange({ desk })}
        />
      </div>
      <TagFilter tags={filters.tags ?? []} onChange={onChange} />
      <DateFilter key={`from-${generation}`} which="from" value={filters.from} onChange={onChange} />
      <DateFilter key={`to-${generation}`} which="to" value={filters.to} onChange={onChange} />
      {isRangeReversed(filters) && (
        <p className="search-filters__warning" role="status">
          {t('search.filter.rangeReversed')}
        </p>
      )}
      <div className="search-filters__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="search-clear-filters"
          disabled={activeFilterCount(filters) === 0}
          onClick={onClear}
        >
          {t('search.filter.clear')}
        </button>
      </div>
    </div>
  );
}
