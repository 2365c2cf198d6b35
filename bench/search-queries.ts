/**
 * The fixed, mixed query set the search benchmark runs: common and rare words, variant
 * spellings, phrases, prefixes, exclusions, numbers, and filters, as an archivist types them.
 */
import type { SearchFilters, SearchOrder } from '../common/contract';

export interface BenchQuery {
  query: string;
  filters?: SearchFilters;
  order?: SearchOrder;
}

export const BENCH_QUERIES: BenchQuery[] = [
  { query: 'ایران' },
  { query: 'ظريف' },
  { query: 'سازمان همکاری اسلامی' },
  { query: '"سازمان همکاری اسلامی"' },
  { query: 'میشود' },
  { query: 'بين المللي' },
  { query: 'تحری*' },
  { query: 'نشست -ژنو' },
  { query: '1395' },
  { query: 'مذاکرات هسته‌ای' },
  { query: 'وزیر امور خارجه عربستان' },
  { query: 'گروسی' },
  { query: 'OPEC' },
  { query: 'امریکا' },
  { query: 'مسأله' },
  { query: 'جاکارتا', filters: { desk: 'سیاسی' } },
  { query: 'آژانس', filters: { from: '2018-01-01', to: '2019-12-31' } },
  { query: 'فلسطین', order: 'date' },
  { query: 'اتحادیه اروپا', filters: { status: 'published' } },
  { query: 'پناهندگان کابل' },
];

/**
 * Very common single words, typed alone: each is in most generated articles (a desk's «ایران»),
 * so every one has far more matches than are ranked, and the issue holds them to 150 ms.
 */
export const COMMON_WORDS: readonly string[] = ['در', 'با', 'نشست', 'سازمان', 'همکاری'];
