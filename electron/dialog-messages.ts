/**
 * The words of main's own dialogs. Main does not know the page's language setting, so each
 * dialog is Persian first with the English beside it in its detail, as the app's other
 * native dialogs are.
 */

/** Keeps a left-to-right address whole and in order inside a right-to-left dialog. */
export const isolateLeftToRight = (text: string): string => `\u2066${text}\u2069`;

export const CLOSE_WITH_UNSAVED_CHANGES = {
  title: 'دبیر',
  message: 'آخرین تغییرات ذخیره نشد.',
  detail: 'اگر پنجره را ببندید، این تغییرات از دست می‌رود. The latest changes could not be saved.',
  stay: 'می‌مانم',
  closeWithoutSaving: 'بدون ذخیره ببند',
} as const;

export const OPEN_EXTERNAL_LINK = {
  title: 'دبیر',
  webMessage: 'این پیوند در مرورگر باز شود؟',
  mailMessage: 'این نشانی در برنامهٔ ایمیل باز شود؟',
  detail: 'دبیر هیچ پیوندی را بی‌اجازهٔ شما بیرون از برنامه باز نمی‌کند. Open this link outside Dabir?',
  cancel: 'باز نکن',
  openInBrowser: 'در مرورگر باز کن',
  openInMail: 'در برنامهٔ ایمیل باز کن',
} as const;
