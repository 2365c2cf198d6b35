/** «میان‌برهای صفحه‌کلید» (Ctrl+/): every shortcut of the desk and the editor, in one dialog. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useModifierShortcut } from '../useModifierShortcut';

const SHORTCUTS: ReadonlyArray<[MessageKey, string]> = [
  ['shortcuts.halfSpace', 'Shift+Space · Ctrl+Shift+2'],
  ['shortcuts.tidy', 'Ctrl+Shift+T'],
  ['shortcuts.findReplace', 'Ctrl+H'],
  ['shortcuts.find', 'Ctrl+K · Ctrl+F'],
  ['shortcuts.newArticle', 'Ctrl+N'],
  ['shortcuts.bold', 'Ctrl+B'],
  ['shortcuts.italic', 'Ctrl+I'],
  ['shortcuts.underline', 'Ctrl+U'],
  ['shortcuts.undo', 'Ctrl+Z'],
  ['shortcuts.redo', 'Ctrl+Shift+Z'],
  ['shortcuts.print', 'Ctrl+P'],
  ['shortcuts.mention', '@'],
  ['shortcuts.link', '[['],
  ['shortcuts.sheet', 'Ctrl+/'],
];

export function ShortcutSheet({ open, onClose, onOpen }: { open: boolean; onClose: () => void; onOpen: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModifierShortcut(['Slash'], onOpen);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={dialogRef} className="modal-dialog shortcut-sheet" data-testid="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <h2 id="shortcut-sheet-title" className="modal-dialog__title">
        {t('shortcuts.title')}
      </h2>
      <dl className="shortcut-sheet__list">
        {SHORTCUTS.map(([label, keys]) => (
          <div key={label} className="shortcut-sheet__row">
            <dt>{t(label)}</dt>
            <dd>
              <kbd dir="ltr">{keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
