/**
 * `dabir import --tidy`: the editor's "tidy Persian typography" rules applied to an article
 * on its way in, on request only (an archive keeps what was filed unless asked), to every
 * head field and every paragraph of the body, with the fixes counted kind by kind.
 */
import { addTidyCounts, emptyTidyCounts, tidyPersianText, type TidyCounts } from '../../common/typography/tidy-persian';
import type { ArticleDraft } from './article-draft';

const TIDIED_FIELDS = ['kicker', 'lead', 'byline', 'datelinePlace'] as const;

export function tidyDraft(draft: ArticleDraft, counts: TidyCounts = emptyTidyCounts()): ArticleDraft {
  const tidy = (text: string) => {
    const result = tidyPersianText(text);
    addTidyCounts(counts, result.counts);
    return result.text;
  };
  const fields = { ...draft.fields, headline: tidy(draft.fields.headline) };
  for (const field of TIDIED_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string') fields[field] = tidy(value);
  }
  return { ...draft, fields, bodyText: draft.bodyText.split('\n').map(tidy).join('\n') };
}
