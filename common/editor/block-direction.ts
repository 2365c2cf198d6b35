/**
 * The direction of a body's blocks, by the rule the editor applies while the writer types
 * (renderer's DirectionPlugin) and the exports apply to bodies that never passed through it
 * (imports, bodies saved before the plugin): a block runs in the direction of the script most
 * of its letters are in (common/text-direction.ts); a block with no letters keeps the
 * direction it has, else takes its previous sibling's, else right-to-left.
 *
 * A direction the writer set by hand (right-to-left or left-to-right from the toolbar) is
 * kept as the block's `directionChoice` state, saved in the body's JSON with it, and the
 * automatic rule leaves such a block alone until the writer sets it back to automatic.
 */
import {
  $getRoot,
  $getState,
  $isElementNode,
  $isRootOrShadowRoot,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { DEFAULT_TEXT_DIRECTION, directionOfText, type TextDirection } from '../text-direction';

export type DirectionChoice = 'auto' | TextDirection;
export const DIRECTION_CHOICES: readonly DirectionChoice[] = ['auto', 'rtl', 'ltr'];

/** Absent (the default, 'auto') in the JSON of every block whose direction was never set by hand. */
export const directionChoiceState = createState('directionChoice', {
  parse: (value): DirectionChoice => (value === 'rtl' || value === 'ltr' ? value : 'auto'),
});

export function $isDirectionalBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && !$isRootOrShadowRoot(node);
}

export function $directionChoiceOf(block: ElementNode): DirectionChoice {
  return $getState(block, directionChoiceState);
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
  const choice = $directionChoiceOf(block);
  const direction = choice === 'auto' ? directionOfText(block.getTextContent(), $inheritedDirection(block)) : choice;
  // Only a real change writes: setDirection marks the node dirty and would re-run a transform.
  if (block.getDirection() !== direction) block.setDirection(direction);
}

/** Sets a block's direction by hand, or hands it back to the automatic rule. */
export function $setDirectionChoice(block: ElementNode, choice: DirectionChoice): void {
  $setState(block, directionChoiceState, choice);
  $updateBlockDirection(block);
}

/** Every block of the body, in reading order, so an empty block can inherit from the one before. */
export function $updateAllBlockDirections(node: LexicalNode = $getRoot()): void {
  if ($isDirectionalBlock(node)) $updateBlockDirection(node);
  if ($isElementNode(node)) node.getChildren().forEach((child) => $updateAllBlockDirections(child));
}
