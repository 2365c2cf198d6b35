/** The Persian (or English) sentence for an entity edit the archive refused. */
import type { ApiError } from '../../../common/result';
import type { I18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';

export function entityErrorMessage(t: I18n['t'], error: ApiError): string {
  switch (error.code) {
    case 'conflict':
      return t('entity.error.conflict');
    case 'invalid_argument':
      return t('entity.error.invalid');
    case 'not_found':
      return t('entity.error.notFound');
    default:
      return t(errorKey(error.code));
  }
}
