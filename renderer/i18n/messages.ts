/**
 * Every string the UI shows, in Persian and English. `en` is typed against the keys of `fa`,
 * so a key missing from either language is a compile error. `{name}` marks a parameter.
 */
import type { ArticleStatus, Preferences } from '../../common/contract';
import type { ErrorCode } from '../../common/result';

const fa = {
  'app.title': 'دبیر',
  'app.newArticle': 'خبر تازه',
  'app.newArticleHint': 'خبر تازه (Ctrl+N)',
  'app.mainLabel': 'میز تحریریه',
  'app.createFailed': 'خبر تازه ساخته نشد. {reason}',
  'notice.dismiss': 'بستن',
  'leave.unsaved': 'تغییرات این خبر ذخیره نشد. اگر از آن بروید، این تغییرات از دست می‌رود.',
  'leave.stay': 'می‌مانم',
  'leave.discard': 'بدون ذخیره برو',

  'archive.heading': 'بایگانی',
  'archive.empty': 'هنوز خبری نیست. با «خبر تازه» شروع کنید.',
  'archive.untitled': 'بی‌تیتر',
  'archive.count': '{count} خبر',
  'archive.loadFailed': 'فهرست بایگانی باز نشد. {reason}',
  'archive.reload': 'دوباره',

  'workspace.empty': 'خبری را از بایگانی باز کنید یا «خبر تازه» بنویسید.',
  'workspace.loading': 'در حال باز کردن خبر…',
  'workspace.openFailed': 'خبر باز نشد. {reason}',
  'workspace.bodyUnreadable': 'متن این خبر خوانا نیست و نمایش داده نمی‌شود.',
  'workspace.detailsHeading': 'مشخصات خبر',

  'field.kicker': 'روتیتر',
  'field.headline': 'تیتر',
  'field.lead': 'لید',
  'field.body': 'متن خبر',
  'field.byline': 'نویسنده',
  'field.desk': 'سرویس',
  'field.status': 'وضعیت',
  'field.datelinePlace': 'محل خبر',
  'field.datelineDate': 'تاریخ خبر',
  'field.createdAt': 'ساخته‌شده',
  'field.updatedAt': 'آخرین تغییر',

  'placeholder.kicker': 'روتیتر',
  'placeholder.headline': 'تیتر خبر',
  'placeholder.lead': 'لید: خلاصهٔ خبر در یکی دو جمله',
  'placeholder.body': 'متن خبر را اینجا بنویسید…',
  'placeholder.byline': 'نام خبرنگار یا دبیر',
  'placeholder.desk': 'مثلاً سیاسی',
  'placeholder.datelinePlace': 'مثلاً تهران',

  'stats.words': 'واژه',
  'stats.characters': 'نویسه',
  'stats.heading': 'شمار متن خبر',

  'status.draft': 'پیش‌نویس',
  'status.edited': 'ویرایش‌شده',
  'status.approved': 'تأییدشده',
  'status.published': 'منتشرشده',
  'status.archived': 'بایگانی‌شده',

  'save.saved': 'ذخیره شد {time}',
  'save.saving': 'در حال ذخیره…',
  'save.dirty': 'تغییرات ذخیره نشده',
  'save.retry': 'دوباره ذخیره کن',
  'save.overwrite': 'نسخهٔ این پنجره را ذخیره کن',

  'error.invalid_argument': 'بایگانی این تغییرات را نپذیرفت (دادهٔ نامعتبر)؛ متن شما هنوز در این پنجره است و ذخیره نشده.',
  'error.not_found': 'این خبر در بایگانی پیدا نشد؛ متن شما هنوز در این پنجره است و ذخیره نشده.',
  'error.conflict': 'این خبر جای دیگری هم تغییر کرده است؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.',
  'error.disk_full': 'دیسک پر است؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.',
  'error.storage': 'بایگانی نتوانست روی دیسک بنویسد؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.',
  'error.unknown_method': 'این نسخهٔ برنامه با بایگانی هماهنگ نیست؛ برنامه را دوباره باز کنید.',
  'error.unauthorized': 'اجازهٔ دسترسی به بایگانی نیست؛ صفحه را از نشانی‌ای که برنامه داده است باز کنید.',
  'error.unavailable': 'ارتباط با بایگانی برقرار نیست؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.',
  'error.internal': 'خطای پیش‌بینی‌نشده در بایگانی؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.',

  'toolbar.label': 'ابزار ویرایش متن',
  'toolbar.undo': 'واگرد',
  'toolbar.redo': 'ازنو',
  'toolbar.paragraph': 'بند معمولی',
  'toolbar.h2': 'میان‌تیتر',
  'toolbar.h3': 'میان‌تیتر کوچک',
  'toolbar.bold': 'پررنگ',
  'toolbar.italic': 'کج',
  'toolbar.underline': 'زیرخط',
  'toolbar.bulletList': 'فهرست نشانه‌دار',
  'toolbar.numberedList': 'فهرست شماره‌دار',
  'toolbar.quote': 'نقل‌قول',
  'toolbar.link': 'پیوند',
  'toolbar.removeLink': 'برداشتن پیوند',

  'link.url': 'نشانی پیوند',
  'link.apply': 'افزودن پیوند',
  'link.cancel': 'انصراف',
  'link.invalid': 'فقط نشانی‌های http، https یا mailto پذیرفته می‌شود.',

  'settings.button': 'تنظیمات',
  'settings.language': 'زبان',
  'settings.digits': 'رقم‌ها',
  'locale.fa': 'فارسی',
  'locale.en': 'English',
  'digits.persian': 'فارسی (۱۲۳)',
  'digits.latin': 'لاتین (123)',

  'date.day': 'روز',
  'date.month': 'ماه',
  'date.year': 'سال',
  'date.clear': 'پاک کردن تاریخ',
  'date.today': 'امروز',
  'date.none': 'بدون تاریخ',
  'date.gregorianLabel': 'میلادی',

  'month.1': 'فروردین',
  'month.2': 'اردیبهشت',
  'month.3': 'خرداد',
  'month.4': 'تیر',
  'month.5': 'مرداد',
  'month.6': 'شهریور',
  'month.7': 'مهر',
  'month.8': 'آبان',
  'month.9': 'آذر',
  'month.10': 'دی',
  'month.11': 'بهمن',
  'month.12': 'اسفند',
} as const;

export type MessageKey = keyof typeof fa;

const en: Record<MessageKey, string> = {
  'app.title': 'Dabir',
  'app.newArticle': 'New article',
  'app.newArticleHint': 'New article (Ctrl+N)',
  'app.mainLabel': 'News desk',
  'app.createFailed': 'The new article was not created. {reason}',
  'notice.dismiss': 'Close',
  'leave.unsaved': 'This article’s changes were not saved. If you leave it, they are lost.',
  'leave.stay': 'Stay',
  'leave.discard': 'Leave without saving',

  'archive.heading': 'Archive',
  'archive.empty': 'No articles yet. Start with “New article”.',
  'archive.untitled': 'Untitled',
  'archive.count': '{count} articles',
  'archive.loadFailed': 'The archive list did not load. {reason}',
  'archive.reload': 'Retry',

  'workspace.empty': 'Open an article from the archive, or write a new one.',
  'workspace.loading': 'Opening the article…',
  'workspace.openFailed': 'The article did not open. {reason}',
  'workspace.bodyUnreadable': 'This article’s body cannot be read and is not shown.',
  'workspace.detailsHeading': 'Article details',

  'field.kicker': 'Kicker',
  'field.headline': 'Headline',
  'field.lead': 'Lead',
  'field.body': 'Body',
  'field.byline': 'Byline',
  'field.desk': 'Desk',
  'field.status': 'Status',
  'field.datelinePlace': 'Dateline place',
  'field.datelineDate': 'Dateline date',
  'field.createdAt': 'Created',
  'field.updatedAt': 'Last changed',

  'placeholder.kicker': 'Kicker',
  'placeholder.headline': 'Headline',
  'placeholder.lead': 'Lead: the story in a sentence or two',
  'placeholder.body': 'Write the article here…',
  'placeholder.byline': 'Reporter or editor',
  'placeholder.desk': 'e.g. Politics',
  'placeholder.datelinePlace': 'e.g. Tehran',

  'stats.words': 'words',
  'stats.characters': 'characters',
  'stats.heading': 'Body length',

  'status.draft': 'Draft',
  'status.edited': 'Edited',
  'status.approved': 'Approved',
  'status.published': 'Published',
  'status.archived': 'Archived',

  'save.saved': 'Saved {time}',
  'save.saving': 'Saving…',
  'save.dirty': 'Unsaved changes',
  'save.retry': 'Save again',
  'save.overwrite': 'Save this window’s version',

  'error.invalid_argument': 'The archive refused these changes (invalid data); your text is still in this window, unsaved.',
  'error.not_found': 'This article is no longer in the archive; your text is still in this window, unsaved.',
  'error.conflict': 'This article was changed elsewhere; your changes are still in this window, unsaved.',
  'error.disk_full': 'The disk is full; your changes are still in this window and have not been saved.',
  'error.storage': 'The archive could not write to disk; your changes are still in this window, unsaved.',
  'error.unknown_method': 'This version of the app does not match the archive; restart the app.',
  'error.unauthorized': 'No access to the archive; open the page from the address the app printed.',
  'error.unavailable': 'The archive cannot be reached; your changes are still in this window, unsaved.',
  'error.internal': 'Unexpected archive error; your changes are still in this window, unsaved.',

  'toolbar.label': 'Text formatting',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'toolbar.paragraph': 'Paragraph',
  'toolbar.h2': 'Subheading',
  'toolbar.h3': 'Small subheading',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.numberedList': 'Numbered list',
  'toolbar.quote': 'Quote',
  'toolbar.link': 'Link',
  'toolbar.removeLink': 'Remove link',

  'link.url': 'Link address',
  'link.apply': 'Add link',
  'link.cancel': 'Cancel',
  'link.invalid': 'Only http, https or mailto addresses are accepted.',

  'settings.button': 'Settings',
  'settings.language': 'Language',
  'settings.digits': 'Digits',
  'locale.fa': 'فارسی',
  'locale.en': 'English',
  'digits.persian': 'Persian (۱۲۳)',
  'digits.latin': 'Latin (123)',

  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'date.clear': 'Clear date',
  'date.today': 'Today',
  'date.none': 'No date',
  'date.gregorianLabel': 'Gregorian',

  'month.1': 'Farvardin',
  'month.2': 'Ordibehesht',
  'month.3': 'Khordad',
  'month.4': 'Tir',
  'month.5': 'Mordad',
  'month.6': 'Shahrivar',
  'month.7': 'Mehr',
  'month.8': 'Aban',
  'month.9': 'Azar',
  'month.10': 'Dey',
  'month.11': 'Bahman',
  'month.12': 'Esfand',
};

export const MESSAGES: Record<Preferences['locale'], Record<MessageKey, string>> = { fa, en };

// These three also check at compile time that every month, error code and status has a
// message: a template that is not a MessageKey does not type-check.
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export const monthKey = (month: MonthNumber): MessageKey => `month.${month}`;
export const errorKey = (code: ErrorCode): MessageKey => `error.${code}`;
export const statusKey = (status: ArticleStatus): MessageKey => `status.${status}`;

export type MessageParams = Record<string, string | number>;

export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
