/**
 * «مرتب کردن حروف‌نگاری»: from the toolbar or Ctrl+Shift+T, fixes the selection (or the whole
 * article) in one undoable step, then says in a bar what it fixed, kind by kind, with an undo
 * button beside it. Nothing is rewritten unless the writer asks.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  createCommand,
  HISTORY_PUSH_TAG,
  KEY_DOWN_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { TIDY_KINDS, totalFixes, type TidyCounts } from '../../../../common/typography/tidy-persian';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { $tidyTypography } from '../../typography/tidyBody';
import './TidyPlugin.css';

export const TIDY_TYPOGRAPHY_COMMAND = createCommand<void>('TIDY_TYPOGRAPHY_COMMAND');

/** Ctrl+Shift+T by its physical key, so it works with a Persian layout active. */
const isTidyShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyT';

export function TidyPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t, formatNumber } = useI18n();
  const [report, setReport] = useState<TidyCounts | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TIDY_TYPOGRAPHY_COMMAND,
          () => {
            // Commands run inside an editor update: this one is its own step of the history.
            $addUpdateTag(HISTORY_PUSH_TAG);
            setReport($tidyTypography());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isTidyShortcut(event)) return false;
            event.preventDefault();
            editor.dispatchCommand(TIDY_TYPOGRAPHY_COMMAND, undefined);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // The report is about the text as tidied: the writer's next key makes it old news.
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          () => {
            setReport(null);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  if (report === null) return null;
  const items = TIDY_KINDS.filter((kind) => report[kind] > 0).map((kind) =>
    t(`tidy.kind.${kind}` as MessageKey, { count: formatNumber(report[kind]) }),
  );
  const changed = totalFixes(report) > 0;
  return (
    <div className="tidy-report" role="status" data-testid="tidy-report">
      <span className="tidy-report__text">{changed ? t('tidy.report', { items: items.join(t('tidy.separator')) }) : t('tidy.nothing')}</span>
      {changed && (
        <button
          type="button"
          className="button button--small"
          data-testid="tidy-undo"
          onClick={() => {
            editor.dispatchCommand(UNDO_COMMAND, undefined);
            setReport(null);
            editor.focus();
          }}
        >
          {t('tidy.undo')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => setReport(null)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
