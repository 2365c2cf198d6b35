/**
 * A tag on an article or in a filter. Its name may be a button (the panel: show the archive
 * filtered by this tag); × takes it away. Both are real buttons so the keyboard reaches them.
 */
import { useI18n } from '../../i18n/I18nProvider';
import './TagInput.css';

interface TagChipProps {
  name: string;
  testId?: string;
  onOpen?: (name: string) => void;
  onRemove?: (name: string) => void;
}

export function TagChip({ name, testId = 'tag-chip', onOpen, onRemove }: TagChipProps) {
  const { t } = useI18n();
  return (
    <li className="tag-chip" data-testid={testId} data-tag={name}>
      {onOpen ? (
        // dir="auto" on the button itself (a <bdi> inside would hide the name from it): a name cut
        // short ends in its own script's direction, so a Persian tag loses its end, not its start.
        <button type="button" dir="auto" className="tag-chip__name tag-chip__name--button" title={t('panel.tags.filterBy', { name })} onClick={() => onOpen(name)}>
          {name}
        </button>
      ) : (
        <bdi className="tag-chip__name">{name}</bdi>
      )}
      {onRemove && (
        <button
          type="button"
          className="tag-chip__remove"
          data-testid={`${testId}-remove`}
          aria-label={t('panel.tags.remove', { name })}
          title={t('panel.tags.remove', { name })}
          onClick={() => onRemove(name)}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
