/**
 * Tidy typography applied to the body: the selection if there is one, else every run of the
 * article. Runs inside a single editor update, so it is one step of the undo history.
 */
import { $getSelection, $isRangeSelection, $isTextNode, $getNodeByKey, type PointType } from 'lexical';
import { addTidyCounts, emptyTidyCounts, tidyPersianText, type TidyCounts } from '../../../common/typography/tidy-persian';
import { $applyEdits, $selectedRangeOf, $textRuns, editsBetween } from './textRuns';

export function $tidyTypography(): TidyCounts {
  const counts = emptyTidyCounts();
  const selection = $getSelection();
  const scoped = $isRangeSelection(selection) && !selection.isCollapsed() ? selection : null;
  for (const run of $textRuns()) {
    const range = scoped ? $selectedRangeOf(run, scoped) : ([0, run.text.length] as [number, number]);
    if (range === null) continue;
    const before = run.text.slice(range[0], range[1]);
    const tidied = tidyPersianText(before);
    if (tidied.text === before) continue;
    addTidyCounts(counts, tidied.counts);
    $applyEdits(run, editsBetween(before, tidied.text, range[0]));
  }
  if ($isRangeSelection(selection)) {
    $clampPoint(selection.anchor);
    $clampPoint(selection.focus);
  }
  return counts;
}

/** A caret left past the end of a text that got shorter moves to its end. */
function $clampPoint(point: PointType): void {
  const node = $getNodeByKey(point.key);
  if ($isTextNode(node) && point.offset > node.getTextContentSize()) point.set(point.key, node.getTextContentSize(), 'text');
}
