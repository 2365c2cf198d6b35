/**
 * The node classes this editor registers: exactly the contract's list, so a body saved here
 * parses in main's headless editor and vice versa. Dabir's own node classes, when there are
 * any, live in this folder and must be added to common/editor-nodes.ts, not only here.
 */
export { ARTICLE_BODY_NODES, ARTICLE_EDITOR_NAMESPACE } from '../../../common/editor-nodes';
