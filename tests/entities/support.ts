/**
 * Helpers for the entity tests: a fresh archive per test (real SQLite in a temp folder, the
 * starter gazetteer loaded as on every first open), the shared sample article, and Lexical
 * bodies with inline @mentions written as JSON (parsed by Lexical on save, so they are real).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedBody } from '../../common/contract';
import { sharedSamplesDir } from '../cli/run-cli';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

export type EntityArchive = TempArchive;

export function openEntityArchive(): EntityArchive {
  return openTempArchive();
}

/** The shared sample article (the OIC meeting in Jakarta). */
export function sampleArticleText(): string {
  const dir = sharedSamplesDir();
  const file = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()[0];
  return readFileSync(join(dir, file), 'utf8');
}

const textNode = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
const mentionNode = (entityId: string, text: string, format = 0) => ({ ...textNode(text, format), mode: 'token', type: 'entity-mention', entityId });
const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });

export type Inline = string | { mention: string; text: string; format?: number } | { text: string; format: number };

/** A body of paragraphs; a part is plain text, formatted text, or an inline @mention. */
export function bodyOf(...paragraphs: Inline[][]): SerializedBody {
  const children = paragraphs.map((parts) =>
    paragraph(
      parts.map((part) => {
        if (typeof part === 'string') return textNode(part);
        if ('mention' in part) return mentionNode(part.mention, part.text, part.format);
        return textNode(part.text, part.format);
      }),
    ),
  );
  return { root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } } as unknown as SerializedBody;
}
