/** ZERO WIDTH NON-JOINER: the Persian half-space, as in «می‌شود». */
export const ZWNJ = '\u200C';

/**
 * Shift+Space types a half-space on every OS (the Persian standard keyboard has it there, but
 * other layouts do not), and Ctrl+Shift+2 as on Windows' Persian layout. `code` is used for the
 * digit because Shift turns `key` into "@" (or something else on other layouts).
 */
export function isZwnjShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.metaKey) return false;
  if (event.shiftKey && !event.ctrlKey && (event.key === ' ' || event.code === 'Space')) return true;
  return event.ctrlKey && event.shiftKey && event.code === 'Digit2';
}

/**
 * Inserts a ZWNJ at the caret of a plain input or textarea. `execCommand('insertText')` keeps
 * the browser's own undo stack and fires the `input` event React listens to; where it is not
 * supported the text is spliced in and an `input` event dispatched by hand.
 */
export function insertZwnjIntoTextField(field: HTMLInputElement | HTMLTextAreaElement): void {
  field.focus();
  if (document.execCommand('insertText', false, ZWNJ)) return;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.setRangeText(ZWNJ, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * For a text field's keydown: types a half-space for the ZWNJ shortcut and says it did, so
 * the caller stops there.
 */
export function handleZwnjKey(event: {
  nativeEvent: KeyboardEvent;
  currentTarget: HTMLInputElement | HTMLTextAreaElement;
  preventDefault: () => void;
}): boolean {
  if (!isZwnjShortcut(event.nativeEvent)) return false;
  event.preventDefault();
  insertZwnjIntoTextField(event.currentTarget);
  return true;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/**
 * The half-space in every text field of the page, including any a component did not wire
 * itself: a window listener in the bubbling phase types it into the focused input or textarea
 * unless the field's own handler already did (and so prevented the key's default).
 */
export function installZwnjInEveryField(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || !isZwnjShortcut(event)) return;
    const field = event.target;
    const isTextField =
      field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(field.getAttribute('type') ?? ''));
    if (!isTextField || field.readOnly || field.disabled) return;
    event.preventDefault();
    insertZwnjIntoTextField(field);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
