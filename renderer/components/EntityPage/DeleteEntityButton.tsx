/**
 * «حذف نام» on an entity's page. A name no article refers to goes at once (the desk offers
 * an undo); one that articles mention is deleted only after the dialog lists them.
 */
import { useCallback } from 'react';
import type { DeleteReport, Entity } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { flushPendingSave } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';
import { useReferenceAwareDelete, type ReferencePolicy } from '../../workbench/useReferenceAwareDelete';
import { emitWorkbenchEvent, rewrittenBy } from '../../workbench/workbenchEvents';
import { DeleteControl } from '../DeleteDialog/DeleteControl';
import { entityErrorMessage } from './entityErrors';

export function DeleteEntityButton({ entity }: { entity: Entity }) {
  const api = useApi();
  const { t } = useI18n();
  const navigation = useDeskNavigation();
  const remove = useCallback(
    async (references: ReferencePolicy) => {
      // An @mention typed a moment ago is in the archive before the archive looks for them.
      await flushPendingSave();
      return api.deleteEntity({ id: entity.id, references });
    },
    [api, entity.id],
  );
  const deleted = useCallback((report: DeleteReport) => {
    navigation?.openView({ kind: 'entities' });
    emitWorkbenchEvent({ kind: 'deleted', what: 'entity', id: entity.id, name: entity.canonical, rewrote: rewrittenBy(report) });
  }, [navigation, entity.id, entity.canonical]);
  const deletion = useReferenceAwareDelete(remove, deleted);
  const error = deletion.error ? entityErrorMessage(t, deletion.error) : null;

  return (
    <DeleteControl
      deletion={deletion}
      label={t('delete.entity')}
      testId="entity-delete"
      error={error}
      errorClassName="entity-page__problem"
      dialog={{
        title: t('delete.entityTitle', { name: entity.canonical }),
        intro: t('delete.entityIntro'),
        confirmLabel: t('delete.entityConfirm'),
      }}
    />
  );
}
