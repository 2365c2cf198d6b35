/**
 * What changed between two revisions, field by field: text word by word (the `diff` package,
 * with the platform's word segmenter so Persian words, half-spaces and all, are the units),
 * and a status, a date, tags and cross-references as whole values.
 */
import { diffWords } from 'diff';
import type { ArticleLinkView, ComparedField, DiffPart, FieldComparison } from '../../common/contract';
import { COMPARED_FIELDS } from '../../common/contract';
import { snapshotBodyText, type RevisionSnapshot } from './revision-text';

const WORDS = new Intl.Segmenter('fa', { granularity: 'word' });

/** The flat copy ICU segments quickly: a string built by many joins is a rope in V8. */
const flat = (text: string) => (text.length === 0 ? text : Buffer.from(text, 'utf8').toString('utf8'));

export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  return diffWords(flat(before), flat(after), { intlSegmenter: WORDS }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Whole values, in the order the newer revision has them; those only in the older go last. */
function setDiff(before: readonly string[], after: readonly string[]): DiffPart[] {
  const had = new Set(before);
  const has = new Set(after);
  return [
    ...after.map((value): DiffPart => ({ kind: had.has(value) ? 'same' : 'added', text: value })),
    ...before.filter((value) => !has.has(value)).map((value): DiffPart => ({ kind: 'removed', text: value })),
  ];
}

function valueDiff(before: string, after: string): DiffPart[] {
  return [
    ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
    ...(after === '' ? [] : [{ kind: 'added' as const, text: after }]),
  ];
}

/** A link as a reader names it: its type and the headline it points at (the id when none). */
const linkLabel = (link: ArticleLinkView) => `${link.type}: ${link.headline || link.articleId}`;

type Comparer = (before: RevisionSnapshot, after: RevisionSnapshot) => DiffPart[] | null;

const text = (field: 'headline' | 'kicker' | 'lead' | 'byline' | 'desk' | 'datelinePlace'): Comparer =>
  (before, after) => (before[field] === after[field] ? null : wordDiff(before[field], after[field]));

const COMPARERS: Record<ComparedField, Comparer> = {
  headline: text('headline'),
  kicker: text('kicker'),
  lead: text('lead'),
  body: (before, after) => {
    if (JSON.stringify(before.body) === JSON.stringify(after.body)) return null;
    const [was, is] = [snapshotBodyText(before), snapshotBodyText(after)];
    // Formatting alone (a word made bold) changes the body but not its words.
    return was === is ? [{ kind: 'same', text: is }] : wordDiff(was, is);
  },
  byline: text('byline'),
  desk: text('desk'),
  status: (before, after) => (before.status === after.status ? null : valueDiff(before.status, after.status)),
  datelinePlace: text('datelinePlace'),
  datelineDate: (before, after) => (before.datelineDate === after.datelineDate ? null : valueDiff(before.datelineDate ?? '', after.datelineDate ?? '')),
  tags: (before, after) => (sameList(before.tags, after.tags) ? null : setDiff(before.tags, after.tags)),
  links: (before, after) => {
    const [was, is] = [(before.links ?? []).map(linkLabel), (after.links ?? []).map(linkLabel)];
    return sameList(was, is) ? null : setDiff(was, is);
  },
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

export function compareSnapshots(before: RevisionSnapshot, after: RevisionSnapshot): FieldComparison[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const parts = COMPARERS[field](before, after);
    return parts === null ? [] : [{ field, parts }];
  });
}
