/**
 * Precision and recall of name detection on the labelled articles: what the detector OFFERS
 * the editor (every suggestion, ambiguous or not, and every name proposed by its title) against
 * what a person marked by hand. An offer of a name the story does not mention is a false
 * positive whether or not it is flagged: the editor still has to read and dismiss it.
 */
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { aliasKey } from '../../db/entities/alias-key';
import type { LabelledArticle } from './fixtures/labelled-articles';

export interface ArticleScore {
  name: string;
  offered: string[];
  /** Labelled but not offered. */
  missed: string[];
  /** Offered but not labelled. */
  wrong: string[];
}

export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  articles: ArticleScore[];
}

/** `new:` labels compare through the alias key, so «اسماعیل بقائی» and «اسماعيل بقايي» are one. */
const labelKey = (label: string): string => (label.startsWith('new:') ? `new:${aliasKey(label.slice(4))}` : label);

/**
 * Imports each article (headline and body, as an import would) and reads back what detection
 * offers. `proposalsOf` reads the names proposed by title, where the archive has them.
 */
export function measureDetection(
  archive: Archive,
  articles: readonly LabelledArticle[],
  proposalsOf?: (articleId: string) => string[],
): DetectionScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const scores: ArticleScore[] = [];
  for (const labelled of articles) {
    const { id } = archive.articles.create({ headline: labelled.headline, body: bodyFromPlainText(labelled.body) });
    const offered = new Set<string>();
    for (const mention of archive.mentions.forArticle(id)) {
      if (mention.state !== 'suggested') continue;
      const key = archive.entities.get(mention.entity.id).gazetteerKey;
      offered.add(key ?? `entity:${mention.entity.canonical}`);
    }
    for (const name of proposalsOf?.(id) ?? []) offered.add(`new:${name}`);

    const gold = new Set(labelled.gold.map(labelKey));
    const offeredKeys = new Map([...offered].map((label) => [labelKey(label), label]));
    const missed = [...labelled.gold].filter((label) => !offeredKeys.has(labelKey(label)));
    const wrong = [...offeredKeys].filter(([key]) => !gold.has(key)).map(([, label]) => label);
    tp += gold.size - missed.length;
    fn += missed.length;
    fp += wrong.length;
    scores.push({ name: labelled.name, offered: [...offered].sort(), missed, wrong });
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    articles: scores,
  };
}

export function describeScore(score: DetectionScore): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `precision ${pct(score.precision)} (${score.truePositives} of ${score.truePositives + score.falsePositives} offered), ` +
      `recall ${pct(score.recall)} (${score.truePositives} of ${score.truePositives + score.falseNegatives} labelled)`,
  ];
  for (const article of score.articles) {
    if (article.missed.length === 0 && article.wrong.length === 0) continue;
    lines.push(`  ${article.name}: missed [${article.missed.join(', ')}] wrong [${article.wrong.join(', ')}]`);
  }
  return lines.join('\n');
}
