/**
 * The editor state of a plain-text body, one paragraph per line, written directly: it is
 * exactly what Lexical serialises for the same paragraphs (tests/import/plain-text-body.test.ts
 * holds them equal), without building an editor per article, which a bulk import cannot afford.
 */
import type { SerializedBody } from '../../common/contract';

export function plainTextBody(text: string): SerializedBody {
  const children = text.split(/\r\n|\r|\n/).map((line) => ({
    children: line.length === 0 ? [] : [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  }));
  return { root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 } } as unknown as SerializedBody;
}
