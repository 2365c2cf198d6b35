/**
 * One hand-written article per row of the rulebook's examples table (docs/persian-text.md,
 * "Examples"): the row's "in the article" text inside a realistic Persian news sentence, and a
 * unique Latin marker (RB01…) in the headline to tell the article apart. A row that should find
 * its article also has the swapped spelling (the user's spelling in the article, the article's
 * in the query), as the rulebook asks ("each must hold both ways where it makes sense").
 *
 * The sentences avoid the query's words elsewhere, so a row that should find its article finds
 * it only through the rule it illustrates, and a row that should not find it tests that rule.
 */
export interface RulebookRow {
  /** The "in the article" column, verbatim. */
  article: string;
  /** The "the user types" column, verbatim. */
  query: string;
  shouldFind: boolean;
  /** The news sentence; `{}` is where the article text goes. */
  sentence: string;
  swapped?: { article: string; query: string };
}

const ZWNJ = '\u200c';

export const RULEBOOK_ROWS: readonly RulebookRow[] = [
  {
    article: 'وزیر امور خارجه ایران', query: 'ايران', shouldFind: true,
    sentence: '{} روز یکشنبه برای حضور در نشست فوق‌العاده وارد جاکارتا شد.',
    swapped: { article: 'وزیر امور خارجه ايران', query: 'ایران' },
  },
  {
    article: 'شركت ملی نفت', query: 'شرکت ملي نفت', shouldFind: true,
    sentence: 'مدیرعامل {} از افزایش صادرات در ماه‌های آینده خبر داد.',
    swapped: { article: 'شرکت ملي نفت', query: 'شركت ملی نفت' },
  },
  {
    article: `این توافق اجرا می${ZWNJ}شود`, query: 'میشود', shouldFind: true,
    sentence: 'سخنگوی دولت در نشست خبری هفتگی گفت {} و جای نگرانی نیست.',
    swapped: { article: 'این توافق اجرا میشود', query: `می${ZWNJ}شود` },
  },
  {
    article: `تحریم${ZWNJ}ها`, query: 'تحریمها', shouldFind: true,
    sentence: 'کارشناسان اقتصادی معتقدند {} بر بازار دارو اثر گذاشته است.',
    swapped: { article: 'تحریمها', query: `تحریم${ZWNJ}ها` },
  },
  {
    article: `آژانس بین${ZWNJ}المللی انرژی اتمی`, query: 'بین المللی', shouldFind: true,
    sentence: `بازرسان {} هفته آینده از تأسیسات فردو بازدید خواهند کرد.`,
    swapped: { article: 'آژانس بین المللی انرژی اتمی', query: `بین${ZWNJ}المللی` },
  },
  {
    article: 'این مسئله', query: 'مسأله', shouldFind: true,
    sentence: 'سخنگوی وزارت خارجه درباره {} توضیح داد که گفت‌وگوها ادامه دارد.',
    swapped: { article: 'این مسأله', query: 'مسئله' },
  },
  {
    article: 'مؤسسه مطالعات', query: 'موسسه', shouldFind: true,
    sentence: 'مدیر {} خاورمیانه در همایش سالانه سخنرانی کرد.',
    swapped: { article: 'موسسه مطالعات', query: 'مؤسسه' },
  },
  {
    article: 'آمریکا', query: 'امریکا', shouldFind: true,
    sentence: 'سفیر {} در سازمان ملل خواستار برگزاری جلسه اضطراری شد.',
    swapped: { article: 'امریکا', query: 'آمریکا' },
  },
  {
    article: 'خانۀ ملت', query: 'خانه ملت', shouldFind: true,
    sentence: 'گروهی از دانشجویان روز سه‌شنبه در {} گرد هم آمدند.',
    swapped: { article: 'خانه ملت', query: 'خانۀ ملت' },
  },
  {
    article: 'مُذاکِرات', query: 'مذاکرات', shouldFind: true,
    sentence: 'دور تازه {} فنی کارشناسان در وین آغاز شد.',
    swapped: { article: 'مذاکرات', query: 'مُذاکِرات' },
  },
  {
    article: 'ایــــــران', query: 'ایران', shouldFind: true,
    sentence: 'تیم ملی فوتبال {} امشب به مصاف حریف آسیایی خود می‌رود.',
    swapped: { article: 'ایران', query: 'ایــــــران' },
  },
  {
    article: 'سال ۱۳۷۶', query: '1376', shouldFind: true,
    sentence: 'این قرارداد در {} به امضای دو طرف رسید.',
    swapped: { article: 'سال 1376', query: '۱۳۷۶' },
  },
  {
    article: 'گروه ۵+۱', query: '5+1', shouldFind: true,
    sentence: 'مذاکره‌کنندگان ارشد {} در ژنو دیدار کردند.',
    swapped: { article: 'گروه 5+1', query: '۵+۱' },
  },
  {
    article: 'کشورهای عضو', query: 'کشور', shouldFind: true,
    sentence: 'وزیران خارجه {} در پایان نشست بیانیه‌ای صادر کردند.',
    swapped: { article: 'کشور عضو', query: 'کشورهای' },
  },
  {
    article: 'نمایندگان مجلس', query: 'نماینده', shouldFind: true,
    sentence: 'شماری از {} خواستار حضور وزیر در صحن علنی شدند.',
    swapped: { article: 'نماینده مجلس', query: 'نمایندگان' },
  },
  {
    article: 'مهمترین موضوع', query: `مهم${ZWNJ}ترین`, shouldFind: true,
    sentence: '{} این دیدار همکاری در زمینه انرژی بود.',
    swapped: { article: `مهم${ZWNJ}ترین موضوع`, query: 'مهمترین' },
  },
  {
    article: 'رئیس جمهور', query: 'رئیسی', shouldFind: false,
    sentence: '{} در سفر استانی خود از چند طرح عمرانی بازدید کرد.',
  },
  {
    article: 'ایر فرانس', query: 'ایران', shouldFind: false,
    sentence: 'شرکت هواپیمایی {} پروازهای خود به خاورمیانه را از سر گرفت.',
  },
  {
    article: 'هزار تن نفت', query: 'تنها', shouldFind: false,
    sentence: 'روزانه {} از این بندر صادر می‌شود.',
  },
  {
    article: 'کشور میزبان', query: 'زبان', shouldFind: false,
    sentence: '{} برای برگزاری این اجلاس تدابیر امنیتی ویژه‌ای اندیشیده است.',
  },
  {
    article: 'امارات متحده عربی', query: 'آمار', shouldFind: false,
    sentence: '{} سفیر خود را به تهران بازگرداند.',
  },
  {
    article: 'نام وزیر', query: 'نامه وزیر', shouldFind: false,
    sentence: '{} پیشنهادی برای وزارت نیرو هنوز اعلام نشده است.',
  },
];

/** One line of the hand-written JSONL: which row, which direction, and the article itself. */
export interface RulebookArticle {
  marker: string;
  row: RulebookRow;
  direction: 'as-written' | 'swapped';
  /** What the user types for this article. */
  query: string;
  shouldFind: boolean;
  /** The fields of the `.jsonl` import line. */
  line: { headline: string; lead: string; desk: string; status: string; dateline: string; date: string; body: string };
}

export const RULEBOOK_DESK = 'آزمون قواعد';

export function rulebookArticles(): RulebookArticle[] {
  const articles: RulebookArticle[] = [];
  const add = (row: RulebookRow, direction: RulebookArticle['direction'], text: string, query: string) => {
    const marker = `RB${String(articles.length + 1).padStart(2, '0')}`;
    const sentence = row.sentence.replace('{}', text);
    articles.push({
      marker,
      row,
      direction,
      query,
      shouldFind: row.shouldFind,
      line: {
        headline: `گزارش کوتاه ${marker}`,
        lead: sentence,
        desk: RULEBOOK_DESK,
        status: 'published',
        dateline: 'تهران',
        date: '2017-12-07',
        body: `${sentence}\nجزئیات بیشتر این خبر متعاقبا منتشر خواهد شد.`,
      },
    });
  };
  for (const row of RULEBOOK_ROWS) add(row, 'as-written', row.article, row.query);
  for (const row of RULEBOOK_ROWS) if (row.swapped) add(row, 'swapped', row.swapped.article, row.swapped.query);
  return articles;
}

/** The examples table of the rulebook's markdown: [in the article, the user types, yes|no] per row. */
export function examplesTableOf(markdown: string): Array<[string, string, string]> {
  const section = markdown.split(/^## Examples.*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return [cells[0], cells[1], cells[2]] as [string, string, string];
    });
}
