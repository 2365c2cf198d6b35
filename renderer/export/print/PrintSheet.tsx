/**
 * The article set for print the Persian newsroom way: the kicker small above the headline,
 * the headline large, the lead in bold, the byline, the dateline (place، Solar Hijri date,
 * optionally the Gregorian date), then the body, every block with its own direction.
 */
import type { ReactNode } from 'react';
import { directionOfText } from '../../../common/text-direction';
import { bodyBlocks, type ArticleForDocument, type Block, type TextRunOut } from '../articleBlocks';

function styled(run: TextRunOut, key: number): ReactNode {
  let node: ReactNode = run.text;
  if (run.underline) node = <u>{node}</u>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.link) node = <span className="print-sheet__link">{node}</span>;
  return <span key={key}>{node}</span>;
}

function BlockView({ block }: { block: Block }) {
  const children = block.runs.map(styled);
  switch (block.kind) {
    case 'h2':
      return <h2 dir={block.dir}>{children}</h2>;
    case 'h3':
      return <h3 dir={block.dir}>{children}</h3>;
    case 'quote':
      return <blockquote dir={block.dir}>{children}</blockquote>;
    case 'bullet':
    case 'number':
      return (
        <p className={`print-sheet__item print-sheet__item--depth${Math.min(block.depth, 3)}`} dir={block.dir}>
          <span className="print-sheet__marker">{block.kind === 'bullet' ? '•' : `${block.number}.`}</span> {children}
        </p>
      );
    default:
      return <p dir={block.dir}>{children}</p>;
  }
}

function Field({ className, text, as: Tag = 'p' }: { className: string; text: string; as?: 'p' | 'h1' }) {
  if (!text.trim()) return null;
  return (
    <Tag className={className} dir={directionOfText(text)}>
      {text.trim()}
    </Tag>
  );
}

export function PrintSheet({ article, dateline }: { article: ArticleForDocument; dateline: string }) {
  return (
    <article className="print-sheet" data-testid="print-sheet" lang="fa" dir="rtl">
      <header className="print-sheet__head">
        <Field className="print-sheet__kicker" text={article.kicker} />
        <Field className="print-sheet__headline" text={article.headline} as="h1" />
        <Field className="print-sheet__lead" text={article.lead} />
        <Field className="print-sheet__byline" text={article.byline} />
        <Field className="print-sheet__dateline" text={dateline} />
      </header>
      <div className="print-sheet__body">
        {bodyBlocks(article.body).map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </div>
    </article>
  );
}
