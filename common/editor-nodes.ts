/**
 * The Lexical node classes an article body may contain. The renderer's editor and the
 * headless editor in main (plain-text derivation, import, the CLI) register the same list,
 * so a body saved by one always parses in the other.
 */
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ArticleLinkNode } from './editor/ArticleLinkNode';
import { EntityMentionNode } from './editor/EntityMentionNode';

export const ARTICLE_BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  EntityMentionNode,
  ArticleLinkNode,
];

/** The namespace both editors share; Lexical refuses pasted state from another namespace. */
export const ARTICLE_EDITOR_NAMESPACE = 'dabir-article';
