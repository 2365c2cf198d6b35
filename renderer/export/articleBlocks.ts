/**
 * An article as the documents Dabir writes in the renderer read it (the DOCX, the plain text
 * for the wire, the print sheet): its head fields and its body as a flat list of blocks, each
 * with its direction and its runs of text with their formatting. Read straight from the body's
 * saved JSON, so a document is exactly what the archive holds.
 */
import type { Article, SerializedBody } from '../../common/contract';
import { directionOfText, type TextDirection } from '../../common/text-direction';

export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

export interface TextRunOut {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link?: string;
}

export interface Block {
  kind: BlockKind;
  dir: TextDirection;
  runs: TextRunOut[];
  /** For list items: the nesting depth, 0 for the outer list. */
  depth: number;
  /** For numbered items: the number shown. */
  number?: number;
}

type JsonNode = { type?: string; children?: JsonNode[]; text?: string; format?: number | string; tag?: string; listType?: string; direction?: string | null; url?: string };

// Lexical's text format bits.
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

function runsOf(node: JsonNode, link?: string): TextRunOut[] {
  if (typeof node.text === 'string') {
    const format = typeof node.format === 'number' ? node.format : 0;
    return [{ text: node.text, bold: (format & BOLD) !== 0, italic: (format & ITALIC) !== 0, underline: (format & UNDERLINE) !== 0, link }];
  }
  if (node.type === 'linebreak') return [{ text: '\n', bold: false, italic: false, underline: false }];
  const inner = node.type === 'link' || node.type === 'autolink' ? node.url : link;
  return (node.children ?? []).flatMap((child) => runsOf(child, inner));
}

function directionOf(node: JsonNode, runs: TextRunOut[]): TextDirection {
  if (node.direction === 'ltr' || node.direction === 'rtl') return node.direction;
  return directionOfText(runs.map((run) => run.text).join(''));
}

function collect(node: JsonNode, out: Block[], depth: number): void {
  switch (node.type) {
    case 'heading': {
      const runs = runsOf(node);
      out.push({ kind: node.tag === 'h3' || node.tag === 'h4' ? 'h3' : 'h2', dir: directionOf(node, runs), runs, depth: 0 });
      return;
    }
    case 'quote': {
      const runs = runsOf(node);
      out.push({ kind: 'quote', dir: directionOf(node, runs), runs, depth: 0 });
      return;
    }
    case 'list': {
      let number = 1;
      for (const item of node.children ?? []) {
        const nested = (item.children ?? []).filter((child) => child.type === 'list');
        const inline = (item.children ?? []).filter((child) => child.type !== 'list');
        if (inline.length > 0) {
          const runs = inline.flatMap((child) => runsOf(child));
          const kind = node.listType === 'number' ? 'number' : 'bullet';
          out.push({ kind, dir: directionOf(item, runs), runs, depth, number: kind === 'number' ? number++ : undefined });
        }
        nested.forEach((list) => collect(list, out, depth + 1));
      }
      return;
    }
    default: {
      const runs = runsOf(node);
      out.push({ kind: 'paragraph', dir: directionOf(node, runs), runs, depth: 0 });
    }
  }
}

export function bodyBlocks(body: SerializedBody | null): Block[] {
  const out: Block[] = [];
  const root = body?.root as JsonNode | undefined;
  for (const child of root?.children ?? []) collect(child, out, 0);
  return out;
}

export const blockText = (block: Block): string => block.runs.map((run) => run.text).join('');

export type ArticleForDocument = Pick<Article, 'kicker' | 'headline' | 'lead' | 'byline' | 'datelinePlace' | 'datelineDate' | 'body'>;
