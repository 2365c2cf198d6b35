/**
 * The catalogue's `error.*` messages are whole sentences about the archive; a failed tag,
 * mention or link call needs shorter words that fit a panel line.
 */
import type { ErrorCode } from '../../common/result';
import type { MessageKey } from '../i18n/messages';

export function workbenchErrorKey(code: ErrorCode): MessageKey {
  switch (code) {
    case 'not_found':
      return 'panel.error.not_found';
    case 'conflict':
      return 'panel.error.conflict';
    case 'invalid_argument':
      return 'panel.error.invalid_argument';
    case 'unavailable':
    case 'unauthorized':
      return 'panel.error.unavailable';
    default:
      return 'panel.error.other';
  }
}
