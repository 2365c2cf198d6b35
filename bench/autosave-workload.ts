/**
 * An editor at work on a long story: an article of about 11,000 characters, then autosaves a
 * second apart, each carrying a few words typed into one paragraph and most a phrase cut. The history benchmark and the history tests measure the archive's growth with it.
 */
import type { Archive } from '../db/archive';
import { bodyFromPlainText } from '../db/editor/headless';
import { generateArticle, seededRandom } from './generate-articles';

export const LONG_ARTICLE_CHARACTERS = 11_000;

/** Paragraphs of generated Persian coverage, about `characters` long in all. */
export function longArticleParagraphs(characters = LONG_ARTICLE_CHARACTERS, seed = 1376): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index += 1) {
    for (const paragraph of generateArticle(index, seed).bodyText.split('\n')) {
      if (length >= characters) break;
      paragraphs.push(paragraph);
      length += paragraph.length + 1;
    }
  }
  return paragraphs;
}

const TYPED = ['و', 'در ادامه', 'وزیر امور خارجه', 'گفت', 'این نشست', 'با حضور نمایندگان', 'برگزار شد', 'تأکید کرد', 'همکاری‌های منطقه‌ای', 'در روزهای آینده'];

/**
 * The texts of `count` successive autosaves: each types two to five words into a paragraph
 * (where a writer's caret would be: after a word), and most also cut a phrase elsewhere in
 * it, so the story stays about as long as it began.
 */
export function autosaveTexts(paragraphs: readonly string[], count: number, seed = 7): string[][] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let current = [...paragraphs];
  const texts: string[][] = [];
  for (let save = 0; save < count; save += 1) {
    current = [...current];
    const at = Math.floor(random() * current.length);
    const words = current[at].split(' ');
    const typed = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(TYPED)).join(' ');
    words.splice(Math.floor(random() * (words.length + 1)), 0, typed);
    if (random() < 0.8 && words.length > 10) words.splice(Math.floor(random() * (words.length - 6)), 6);
    current[at] = words.join(' ');
    texts.push(current);
  }
  return texts;
}

export interface AutosaveRun {
  id: string;
  saves: number;
}

/**
 * Creates the long article and saves it `saves` times as the editor's autosave would (each
 * save names the revision the last one returned). `clock` dates each save; by default now.
 */
export function runAutosaves(archive: Archive, saves: number, clock: (save: number) => string | undefined = () => undefined): AutosaveRun {
  const paragraphs = longArticleParagraphs();
  const article = archive.articles.create({ headline: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا', body: bodyFromPlainText(paragraphs.join('\n')) }, { at: clock(-1) });
  let revision = article.revision;
  autosaveTexts(paragraphs, saves).forEach((text, save) => {
    revision = archive.articles.save(article.id, { body: bodyFromPlainText(text.join('\n')) }, { baseRevision: revision, at: clock(save) }).revision;
  });
  return { id: article.id, saves };
}
