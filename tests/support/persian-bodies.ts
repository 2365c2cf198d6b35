/** Real Persian article bodies as Lexical JSON, for round-trip tests. */
import type { SerializedBody } from '../../common/contract';

const ZWNJ = '\u200c';

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
});

/** Bold (1), italic (2), a heading, a quote, a link, a list, ZWNJ and a Latin paragraph. */
export function richPersianBody(): SerializedBody {
  return {
    root: block('root', [
      block('heading', [text('نشست فوق‌العاده سازمان همکاری اسلامی')], { tag: 'h2' }),
      block('paragraph', [
        text(`وزیر امور خارجه ایران روز یکشنبه وارد جاکارتا شد و گفت این توافق اجرا می${ZWNJ}شود؛ `),
        text('ظریف', 1),
        text(' در نشست ', 0),
        text('فلسطین', 2),
        text(' سخن گفت.'),
      ]),
      block('paragraph', [text('The OIC (Organisation of Islamic Cooperation) met in Jakarta.')]),
      block('quote', [text('«مشکل و مناقشه فلسطین تاکنون حل نشده است.»')]),
      block(
        'list',
        [
          block('listitem', [text('تحریم‌ها')], { value: 1 }),
          block('listitem', [text('بین‌المللی')], { value: 2 }),
        ],
        { listType: 'bullet', start: 1, tag: 'ul' },
      ),
      block('paragraph', [
        text('منبع: '),
        block('link', [text('خبرگزاری')], { url: 'https://example.org/news', rel: null, target: null, title: null }),
      ]),
    ]),
  } as unknown as SerializedBody;
}

export const RICH_BODY_TEXT = [
  'نشست فوق‌العاده سازمان همکاری اسلامی',
  `وزیر امور خارجه ایران روز یکشنبه وارد جاکارتا شد و گفت این توافق اجرا می${ZWNJ}شود؛ ظریف در نشست فلسطین سخن گفت.`,
  'The OIC (Organisation of Islamic Cooperation) met in Jakarta.',
  '«مشکل و مناقشه فلسطین تاکنون حل نشده است.»',
  'تحریم‌ها',
  'بین‌المللی',
  'منبع: خبرگزاری',
].join('\n');
