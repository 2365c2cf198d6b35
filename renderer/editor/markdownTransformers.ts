/**
 * Markdown shortcuts for the article body, limited to what the body can hold and the toolbar
 * can show and undo:
 * - blocks only for registered nodes (no code blocks: CodeNode is not in the contract);
 * - headings `## ` and `### ` only, because the article's headline is its first-level heading;
 * - bold and italic only: a highlight or inline-code format the toolbar cannot show or remove
 *   would be a trap for the writer;
 * - `[text](url)` links only with an http(s) or mailto address.
 */
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  TRANSFORMERS,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { ARTICLE_BODY_NODES } from './nodes';
import { isAllowedLinkUrl } from './links';

const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

// LINK's match: [2] is a <pointy> destination, [3] a bare one.
const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (textNode, match) => {
    const url = match[2] ?? match[3] ?? '';
    return isAllowedLinkUrl(url) ? LINK.replace?.(textNode, match) : undefined;
  },
};

const TEXT_FORMATS: ReadonlySet<Transformer> = new Set<Transformer>([
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
]);

const REPLACEMENTS = new Map<Transformer, Transformer>([
  [HEADING, SUBHEADING],
  [LINK, SAFE_LINK],
]);

function isUsable(transformer: Transformer): boolean {
  if (transformer.type === 'text-format') return TEXT_FORMATS.has(transformer);
  return transformer.dependencies.every((node) => ARTICLE_BODY_NODES.includes(node));
}

export const ARTICLE_MARKDOWN_TRANSFORMERS: Transformer[] = TRANSFORMERS.filter(isUsable).map(
  (transformer) => REPLACEMENTS.get(transformer) ?? transformer,
);
