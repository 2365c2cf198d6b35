/**
 * Text with the archive's highlight ranges shown as <mark>: the string is cut into text
 * nodes, never parsed as markup, so an article that contains "<b>" shows "<b>".
 */
import type { TextRange } from '../../../common/contract';
import { splitHighlights } from '../../search/highlight';

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((piece, index) =>
        piece.highlighted ? (
          <mark key={index} className="search-mark">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
