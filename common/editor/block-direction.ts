/**
 * The direction of a body's blocks, by the rule the editor applies while the writer types
 * (renderer's DirectionPlugin) and the exports apply to bodies that never passed through it
 * (imports, bodies saved before the plugin): a block whose first strong character is Latin
 * runs left-to-right, a Persian one right-to-left; a block with no strong character keeps the
 * direction it has, else takes its previous sibling's, else right-to-left.
 */
import { $getRoot, $isElementNode, $isRootOrShadowRoot, type ElementNode, type LexicalNode } from 'lexical';
import { DEFAULT_TEXT_DIRECTION, directionOfText, type TextDirection } from '../text-direction';

export function $isDirectionalBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && !$isRootOrShadowRoot(node);
}

function $inheritedDirection(block: ElementNode): TextDirection {
  const own = block.getDirection();
  if (own) return own;
  const previous = block.getPreviousSibling();
  if (previous && $isElementNode(previous)) {
    const previousDirection = previous.getDirection();
    if (previousDirection) return previousDirection;
  }
  return DEFAULT_TEXT_DIRECTION;
}

export function $updateBlockDirection(block: ElementNode): void {
  const direction = directionOfText(block.getTextContent(), $inheritedDirection(block));
  // Only a real change writes: setDirection marks the node dirty and would re-run a transform.
  if (block.getDirection() !== direction) block.setDirection(direction);
}

/** Every block of the body, in reading order, so an empty block can inherit from the one before. */
export function $updateAllBlockDirections(node: LexicalNode = $getRoot()): void {
  if ($isDirectionalBlock(node)) $updateBlockDirection(node);
  if ($isElementNode(node)) node.getChildren().forEach((child) => $updateAllBlockDirections(child));
}
