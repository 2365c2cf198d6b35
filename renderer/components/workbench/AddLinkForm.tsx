/** «افزودن ارجاع»: a type, then the article, picked from a headline typeahead. */
import { useId, useState } from 'react';
import { LINK_TYPES, type LinkType } from '../../../common/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { ArticleTypeahead } from './ArticleTypeahead';

interface AddLinkFormProps {
  articleId: string;
  busy: boolean;
  onAdd: (targetId: string, type: LinkType) => Promise<boolean>;
  onClose: () => void;
}

export function AddLinkForm({ articleId, busy, onAdd, onClose }: AddLinkFormProps) {
  const { t } = useI18n();
  const [type, setType] = useState<LinkType>('follow_up');
  const typeId = useId();

  return (
    <div className="add-link" data-testid="add-link-form" aria-busy={busy}>
      <div className="add-link__row">
        <label htmlFor={typeId} className="add-link__label">
          {t('panel.links.type')}
        </label>
        <select id={typeId} data-testid="link-type" value={type} onChange={(event) => setType(event.target.value as LinkType)}>
          {LINK_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`panel.linkType.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <ArticleTypeahead
        excludeId={articleId}
        label={t('panel.links.article')}
        onEscape={onClose}
        onPick={(choice) => {
          if (busy) return;
          void onAdd(choice.id, type).then((added) => added && onClose());
        }}
      />
      <div className="add-link__actions">
        <button type="button" className="button button--small" onClick={onClose}>
          {t('panel.cancel')}
        </button>
      </div>
    </div>
  );
}
