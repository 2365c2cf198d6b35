/** What an export reads of an article: its head fields and its body, nothing of the archive. */
import type { Article } from '../../common/contract';

export type ExportableArticle = Pick<
  Article,
  'id' | 'headline' | 'kicker' | 'lead' | 'byline' | 'datelinePlace' | 'datelineDate' | 'body'
>;

export { UNTITLED } from '../../common/export-filename';
