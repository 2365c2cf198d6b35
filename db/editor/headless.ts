/**
 * Lexical without a browser: parses and checks article bodies, derives their plain text, and
 * builds bodies from plain text for imports. Uses the same node list as the renderer.
 */
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import { LIMITS } from '../../common/constants';
import { ARTICLE_BODY_NODES, ARTICLE_EDITOR_NAMESPACE } from '../../common/editor-nodes';
import { describeBytes, nestingDepth, utf8Length } from '../../common/text-limits';
import type { SerializedBody } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { $isArticleLinkNode } from '../../common/editor/ArticleLinkNode';
import { $isEntityMentionNode } from '../../common/editor/EntityMentionNode';

/** A headless editor that knows every node an article body may hold. */
export function createArticleEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: ARTICLE_EDITOR_NAMESPACE,
    nodes: [...ARTICLE_BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * The plain text of a body: one line per block (paragraph, heading, quote, list item), so a
 * text imported one paragraph per line reads back byte for byte.
 */
function $blockLines(node: LexicalNode): string[] {
  if ($isElementNode(node) && !node.isInline()) {
    const children = node.getChildren();
    if (children.some((child) => $isElementNode(child) && !child.isInline())) {
      return children.flatMap($blockLines);
    }
  }
  return [node.getTextContent()];
}

export class InvalidBodyError extends ArchiveError {
  constructor(message: string) {
    super('invalid_argument', message);
  }
}

/** What a body points at: inline @mentions of entities and [[links]] to articles. */
export interface BodyReferences {
  entityIds: Set<string>;
  articleIds: Set<string>;
}

function $collectReferences(node: LexicalNode, into: BodyReferences): void {
  if ($isEntityMentionNode(node)) into.entityIds.add(node.getEntityId());
  else if ($isArticleLinkNode(node)) into.articleIds.add(node.getArticleId());
  else if ($isElementNode(node)) node.getChildren().forEach((child) => $collectReferences(child, into));
}

export interface ReadBody {
  json: string;
  text: string;
  references: BodyReferences;
}

/**
 * Parses a serialized body through Lexical; throws InvalidBodyError when Lexical rejects it, or
 * when it is deeper or larger than a body may be (the contract checks both too; this is the
 * save path's own word on it, for every caller).
 */
export function readBody(body: SerializedBody): ReadBody {
  if (nestingDepth(body, LIMITS.bodyJsonDepth) > LIMITS.bodyJsonDepth) {
    throw new InvalidBodyError(`body nests deeper than ${LIMITS.bodyJsonDepth} levels`);
  }
  const editor = createArticleEditor();
  let state;
  try {
    state = editor.parseEditorState(body as unknown as SerializedEditorState);
  } catch (error) {
    throw new InvalidBodyError(`body is not a valid editor state: ${(error as Error).message}`);
  }
  const references: BodyReferences = { entityIds: new Set(), articleIds: new Set() };
  const text = state.read(() => {
    $collectReferences($getRoot(), references);
    return $getRoot().getChildren().flatMap($blockLines).join('\n');
  });
  // Re-serialising drops anything Lexical did not understand, so only clean JSON is stored.
  const json = JSON.stringify(state.toJSON());
  const bytes = utf8Length(json);
  if (bytes > LIMITS.bodyJsonBytes) {
    throw new InvalidBodyError(`body is ${describeBytes(bytes)}; a body may be at most ${describeBytes(LIMITS.bodyJsonBytes)}`);
  }
  return { json, text, references };
}

/** A body of plain paragraphs, one per line of `text` (`\n`, `\r\n` or `\r`). */
export function bodyFromPlainText(text: string): SerializedBody {
  const editor = createArticleEditor();
  editor.update(
    () => {
      const root = $getRoot();
      for (const line of text.split(/\r\n|\r|\n/)) {
        const paragraph = $createParagraphNode();
        if (line.length > 0) paragraph.append($createTextNode(line));
        root.append(paragraph);
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}
