/**
 * The rulebook's examples table (docs/persian-text.md, "Examples"), each row also
 * the other way round: the user's spelling in the article, the article's in the query.
 */
export interface ExampleRow {
  article: string;
  query: string;
  /** The same row with the two spellings swapped. */
  swapped: { article: string; query: string };
}

const ZWNJ = '\u200c';

export const SHOULD_FIND: readonly ExampleRow[] = [
  { article: 'وزیر امور خارجه ایران', query: 'ايران', swapped: { article: 'وزیر امور خارجه ايران', query: 'ایران' } },
  { article: 'شركت ملی نفت', query: 'شرکت ملي نفت', swapped: { article: 'شرکت ملي نفت', query: 'شركت ملی نفت' } },
  { article: `این توافق اجرا می${ZWNJ}شود`, query: 'میشود', swapped: { article: 'این توافق اجرا میشود', query: `می${ZWNJ}شود` } },
  { article: `تحریم${ZWNJ}ها`, query: 'تحریمها', swapped: { article: 'تحریمها', query: `تحریم${ZWNJ}ها` } },
  {
    article: `آژانس بین${ZWNJ}المللی انرژی اتمی`,
    query: 'بین المللی',
    swapped: { article: 'آژانس بین المللی انرژی اتمی', query: `بین${ZWNJ}المللی` },
  },
  { article: 'این مسئله', query: 'مسأله', swapped: { article: 'این مسأله', query: 'مسئله' } },
  { article: 'مؤسسه مطالعات', query: 'موسسه', swapped: { article: 'موسسه مطالعات', query: 'مؤسسه' } },
  { article: 'آمریکا', query: 'امریکا', swapped: { article: 'امریکا', query: 'آمریکا' } },
  { article: 'خانۀ ملت', query: 'خانه ملت', swapped: { article: 'خانه ملت', query: 'خانۀ ملت' } },
  { article: 'مُذاکِرات', query: 'مذاکرات', swapped: { article: 'مذاکرات', query: 'مُذاکِرات' } },
  { article: 'ایــــــران', query: 'ایران', swapped: { article: 'ایران', query: 'ایــــــران' } },
  { article: 'سال ۱۳۷۶', query: '1376', swapped: { article: 'سال 1376', query: '۱۳۷۶' } },
  { article: 'گروه ۵+۱', query: '5+1', swapped: { article: 'گروه 5+1', query: '۵+۱' } },
  { article: 'کشورهای عضو', query: 'کشور', swapped: { article: 'کشور عضو', query: 'کشورهای' } },
  { article: 'نمایندگان مجلس', query: 'نماینده', swapped: { article: 'نماینده مجلس', query: 'نمایندگان' } },
  { article: 'مهمترین موضوع', query: `مهم${ZWNJ}ترین`, swapped: { article: `مهم${ZWNJ}ترین موضوع`, query: 'مهمترین' } },
];

export const SHOULD_NOT_FIND: readonly ExampleRow[] = [
  { article: 'رئیس جمهور', query: 'رئیسی', swapped: { article: 'رئیسی', query: 'رئیس' } },
  { article: 'ایر فرانس', query: 'ایران', swapped: { article: 'ایران', query: 'ایر' } },
  { article: 'هزار تن نفت', query: 'تنها', swapped: { article: 'تنها', query: 'تن' } },
  { article: 'کشور میزبان', query: 'زبان', swapped: { article: 'زبان', query: 'میزبان' } },
  { article: 'امارات متحده عربی', query: 'آمار', swapped: { article: 'آمار', query: 'امارات' } },
  { article: 'نام وزیر', query: 'نامه وزیر', swapped: { article: 'نامه وزیر', query: 'نام وزیر' } },
];

