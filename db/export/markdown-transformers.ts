/**
 * The Markdown an article body is written as: Lexical's standard transformers for the nodes a
 * body can hold (headings, quotes, lists, text formats, links; no code blocks, which a body
 * cannot hold), and one for each of Dabir's reference tokens, written as ordinary Markdown
 * links to a `dabir://` address so any Markdown reader shows the name and keeps the id:
 * `[ظریف](dabir://entity/ID)` and `[headline](dabir://article/ID)`. Both read back too.
 */
import {
  ELEMENT_TRANSFORMERS,
  TEXT_FORMAT_TRANSFORMERS,
  TEXT_MATCH_TRANSFORMERS,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $isTextNode, type Klass, type LexicalNode, type TextNode } from 'lexical';
import { $createArticleLinkNode, $isArticleLinkNode, ArticleLinkNode } from '../../common/editor/ArticleLinkNode';
import { $createEntityMentionNode, $isEntityMentionNode, EntityMentionNode } from '../../common/editor/EntityMentionNode';
import { articleUri, entityUri } from '../../common/editor/reference-uris';

/** A bracket in the name would end the link text early. */
function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, '\\$&');
}

/** CommonMark's backslash escapes, undone: a backslash before ASCII punctuation stands for it. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** `[text](dabir://KIND/uuid)`, the text allowing escaped characters (`\]`) but no bare bracket. */
function referencePattern(kind: 'entity' | 'article', anchored: boolean): RegExp {
  const source = `\\[((?:\\\\.|[^\\\\\\[\\]])+)\\]\\(dabir://${kind}/([0-9a-fA-F-]{36})\\)`;
  return new RegExp(anchored ? `${source}$` : source);
}

interface ReferenceKind {
  kind: 'entity' | 'article';
  node: Klass<LexicalNode>;
  /** The token's address, or null when `node` is not this kind of token. */
  uriOf: (node: LexicalNode) => string | null;
  create: (id: string, text: string) => TextNode;
}

function referenceTransformer({ kind, node, uriOf, create }: ReferenceKind): TextMatchTransformer {
  return {
    type: 'text-match',
    dependencies: [node],
    export: (token, _exportChildren, exportFormat) => {
      const uri = uriOf(token);
      if (uri === null || !$isTextNode(token)) return null;
      // exportFormat writes the token's bold or italic inside the brackets and escapes `*_\``.
      return `[${escapeLinkText(exportFormat(token, token.getTextContent()))}](${uri})`;
    },
    importRegExp: referencePattern(kind, false),
    regExp: referencePattern(kind, true),
    replace: (textNode, match) => {
      textNode.replace(create(match[2].toLowerCase(), unescapeMarkdown(match[1])));
    },
  };
}

export const ENTITY_MENTION_MARKDOWN = referenceTransformer({
  kind: 'entity',
  node: EntityMentionNode,
  uriOf: (node) => ($isEntityMentionNode(node) ? entityUri(node.getEntityId()) : null),
  create: $createEntityMentionNode,
});

export const ARTICLE_LINK_MARKDOWN = referenceTransformer({
  kind: 'article',
  node: ArticleLinkNode,
  uriOf: (node) => ($isArticleLinkNode(node) ? articleUri(node.getArticleId()) : null),
  create: $createArticleLinkNode,
});

/**
 * Text as text: a `<` or `>` typed in a story is written escaped, so no Markdown reader takes
 * `<script>` (or `<https://…>`) in it for HTML or a link. Export only; it matches nothing on
 * import, where `\<` already reads back as `<`. Inline code is left alone: Markdown shows it
 * literally anyway.
 */
export const HTML_SAFE_TEXT: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [],
  export: (node, _exportChildren, exportFormat) => {
    if (!$isTextNode(node) || node.hasFormat('code') || !/[<>]/.test(node.getTextContent())) return null;
    return exportFormat(node, node.getTextContent()).replace(/[<>]/g, '\\$&');
  },
  regExp: /(?!)/,
};

/**
 * The references come before LINK, whose `[text](url)` pattern would match them too on import;
 * plain text comes after them, so a reference's name is written by its own transformer.
 */
export const ARTICLE_EXPORT_TRANSFORMERS: Transformer[] = [
  ...ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  ENTITY_MENTION_MARKDOWN,
  ARTICLE_LINK_MARKDOWN,
  HTML_SAFE_TEXT,
  ...TEXT_MATCH_TRANSFORMERS,
];
