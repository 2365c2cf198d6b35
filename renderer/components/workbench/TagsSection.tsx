/** The article's tags in the panel. A chip's name shows the archive filtered by that tag. */
import { useI18n } from '../../i18n/I18nProvider';
import { emitWorkbenchEvent } from '../../workbench/workbenchEvents';
import { PanelSection } from './PanelSection';
import { TagInput } from './TagInput';

interface TagsSectionProps {
  tags: string[];
  onChange: (tags: string[]) => void;
}

export function TagsSection({ tags, onChange }: TagsSectionProps) {
  const { t, formatNumber } = useI18n();
  return (
    <PanelSection name="tags" title={t('panel.section.tags')} badge={tags.length > 0 ? formatNumber(tags.length) : undefined}>
      <TagInput
        tags={tags}
        onChange={onChange}
        label={t('panel.tags.label')}
        placeholder={t('panel.tags.placeholder')}
        inputTestId="tag-input"
        onOpenTag={(name) => emitWorkbenchEvent({ kind: 'filter-by-tag', name })}
      />
      <p className="panel-note">{t('panel.tags.hint')}</p>
    </PanelSection>
  );
}
