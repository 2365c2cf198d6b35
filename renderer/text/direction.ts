/** The first-strong-character rule lives in common/, so exports from db/ apply it the same way. */
export { DEFAULT_TEXT_DIRECTION, directionOfText, type TextDirection } from '../../common/text-direction';
