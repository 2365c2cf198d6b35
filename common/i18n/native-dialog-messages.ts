/**
 * The words of the dialogs the operating system draws for the main process (closing with
 * unsaved changes, leaving the app for a link, saving a file, an archive that will not open).
 * They live here, not in electron/, so they are part of the one catalogue: the renderer's
 * messages.ts spreads them in, and a key missing from either language is a compile error there
 * as for every other string.
 */
import type { Locale } from '../constants';

export const nativeDialogFa = {
  'nativeDialog.appTitle': 'دبیر',
  'nativeDialog.unsaved.message': 'آخرین تغییرات ذخیره نشد.',
  'nativeDialog.unsaved.detail': 'اگر پنجره را ببندید، این تغییرات از دست می‌رود.',
  'nativeDialog.unsaved.stay': 'می‌مانم',
  'nativeDialog.unsaved.closeWithoutSaving': 'بدون ذخیره ببند',
  'nativeDialog.link.webMessage': 'این پیوند در مرورگر باز شود؟',
  'nativeDialog.link.mailMessage': 'این نشانی در برنامهٔ ایمیل باز شود؟',
  'nativeDialog.link.detail': 'دبیر هیچ پیوندی را بی‌اجازهٔ شما بیرون از برنامه باز نمی‌کند.',
  'nativeDialog.link.cancel': 'باز نکن',
  'nativeDialog.link.openInBrowser': 'در مرورگر باز کن',
  'nativeDialog.link.openInMail': 'در برنامهٔ ایمیل باز کن',
  'nativeDialog.saveExport.title': 'ذخیرهٔ خروجی',
  'nativeDialog.savePdf.title': 'ذخیرهٔ PDF',
  'nativeDialog.openFailed.title': 'دبیر: بایگانی باز نشد',
  'nativeDialog.openFailed.busy': 'این بایگانی در برنامهٔ دیگری باز است (مرورگر یا خط فرمان دبیر). آن را ببندید و دوباره بکوشید.',
  'nativeDialog.openFailed.other': 'بایگانی باز نشد.',
} as const;

export type NativeDialogKey = keyof typeof nativeDialogFa;

export const nativeDialogEn: Record<NativeDialogKey, string> = {
  'nativeDialog.appTitle': 'Dabir',
  'nativeDialog.unsaved.message': 'The latest changes could not be saved.',
  'nativeDialog.unsaved.detail': 'If you close the window, these changes are lost.',
  'nativeDialog.unsaved.stay': 'Stay',
  'nativeDialog.unsaved.closeWithoutSaving': 'Close without saving',
  'nativeDialog.link.webMessage': 'Open this link in your browser?',
  'nativeDialog.link.mailMessage': 'Open this address in your mail program?',
  'nativeDialog.link.detail': 'Dabir never opens a link outside the app without your permission.',
  'nativeDialog.link.cancel': "Don't open",
  'nativeDialog.link.openInBrowser': 'Open in browser',
  'nativeDialog.link.openInMail': 'Open in mail program',
  'nativeDialog.saveExport.title': 'Save export',
  'nativeDialog.savePdf.title': 'Save PDF',
  'nativeDialog.openFailed.title': 'Dabir: the archive did not open',
  'nativeDialog.openFailed.busy': 'This archive is open in another program (the Dabir browser shell or command line). Close it and try again.',
  'nativeDialog.openFailed.other': 'The archive could not be opened.',
};

export const NATIVE_DIALOG_MESSAGES: Record<Locale, Record<NativeDialogKey, string>> = { fa: nativeDialogFa, en: nativeDialogEn };
