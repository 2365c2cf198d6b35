/**
 * The words of main's own dialogs, in the language the user chose, from the one catalogue the
 * renderer uses too (common/i18n/native-dialog-messages.ts). Main keeps no copy of the
 * preferences: it asks the archive before each dialog, so a language changed a minute ago
 * counts, and falls back to Persian when the archive cannot answer (it did not open).
 */
import type { Locale } from '../common/constants';
import { NATIVE_DIALOG_MESSAGES, type NativeDialogKey } from '../common/i18n/native-dialog-messages';

export type DialogText = Readonly<Record<NativeDialogKey, string>>;

/** Keeps a left-to-right address whole and in order inside a right-to-left dialog. */
export const isolateLeftToRight = (text: string): string => `\u2066${text}\u2069`;

export const dialogTextFor = (locale: Locale): DialogText => NATIVE_DIALOG_MESSAGES[locale];

let readLocale: () => Promise<Locale> = async () => 'fa';
let lastRead: DialogText = dialogTextFor('fa');

/** Main hands over how to learn the user's language once the archive is on its way. */
export function readDialogLocaleFrom(source: () => Promise<Locale>): void {
  readLocale = source;
}

export async function dialogText(): Promise<DialogText> {
  try {
    lastRead = dialogTextFor(await readLocale());
  } catch {
    // The archive did not answer; the language read last (Persian at first) stands.
  }
  return lastRead;
}

/**
 * For a dialog Electron needs described at once (a download's save dialog is configured inside
 * the synchronous 'will-download' event): the language read last, refreshed for next time.
 */
export function dialogTextNow(): DialogText {
  void dialogText();
  return lastRead;
}
