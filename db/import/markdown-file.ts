/**
 * `.md` import: Lexical's own Markdown importer with the transformers Dabir's Markdown export
 * writes (headings, quotes, lists, bold, italic, links, and `dabir://` references), so an
 * exported file comes back as it left. A YAML front matter's `title` and `date` come first;
 * else the first `# ` heading is the headline. Raw HTML in Markdown stays text.
 */
import { $convertFromMarkdownString } from '@lexical/markdown';
import type { SerializedBody } from '../../common/contract';
import { createArticleEditor } from '../editor/headless';
import { ARTICLE_EXPORT_TRANSFORMERS } from '../export/markdown-transformers';
import type { ArticleDraft } from './article-draft';
import { checkControlCharacters, decodeText } from './decode-text';
import { deriveHeadline } from './derive-headline';
import { unwrapUnsafeLinksInBody } from './html/body-from-dom';
import { FileRefusedError } from './import-problem';
import { applyStoryDate } from './metadata-date';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** `key: value` lines of a front matter, quotes removed; nested YAML is not read. */
function frontMatterFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
    if (match) fields.set(match[1].toLowerCase(), match[2].trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return fields;
}

function unescapeHeading(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}

export function parseMarkdownFile(bytes: Uint8Array): ArticleDraft {
  let text = checkControlCharacters(decodeText(bytes).text).replace(/\r\n?/g, '\n');
  const draft: ArticleDraft = { fields: { headline: '' }, bodyText: '' };
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const fields = frontMatterFields(front[1]);
    if (fields.get('title')) draft.fields.headline = fields.get('title')!;
    applyStoryDate(draft, fields.get('date'));
    text = text.slice(front[0].length);
  }
  if (!draft.fields.headline) {
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text);
    if (heading) {
      draft.fields.headline = unescapeHeading(heading[1]);
      text = text.slice(0, heading.index) + text.slice(heading.index + heading[0].length);
    }
  }
  if (text.trim() === '' && !draft.fields.headline) throw new FileRefusedError('no_text', 'the file holds no text to import');
  draft.body = markdownBody(text.trim());
  if (!draft.fields.headline) draft.fields.headline = deriveHeadline(text.split('\n').find((line) => line.trim() !== '') ?? '');
  return draft;
}

function markdownBody(markdown: string): SerializedBody {
  const editor = createArticleEditor();
  editor.update(
    () => {
      $convertFromMarkdownString(markdown, ARTICLE_EXPORT_TRANSFORMERS);
      unwrapUnsafeLinksInBody();
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}
