/**
 * A text input (or textarea) for Persian copy: Shift+Space types a half-space, and the field's
 * direction follows its text's first strong character, like a paragraph of the body, so a
 * Latin headline runs left-to-right and an empty one starts on the right.
 */
import { forwardRef, type KeyboardEvent, type Ref } from 'react';
import { DEFAULT_TEXT_DIRECTION, directionOfText, type TextDirection } from '../../text/direction';
import { handleZwnjKey } from '../../text/zwnj';
import { withoutControlCharacters } from '../../../common/text-limits';

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

interface PersianTextFieldProps {
  id?: string;
  multiline?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Enter moves on instead of adding a line (a headline is one line). */
  onEnter?: () => void;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  testId?: string;
  ariaLabel?: string;
  autoFocus?: boolean;
  /** Direction while the field has no strong character; the article's (RTL) by default. */
  emptyDirection?: TextDirection;
}

export const PersianTextField = forwardRef(function PersianTextField(
  { multiline = false, value, onChange, onEnter, testId, ariaLabel, emptyDirection = DEFAULT_TEXT_DIRECTION, ...rest }: PersianTextFieldProps,
  ref: Ref<FieldElement>,
) {
  const onKeyDown = (event: KeyboardEvent<FieldElement>) => {
    if (event.nativeEvent.isComposing || handleZwnjKey(event)) return;
    if (onEnter && event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onEnter();
    }
  };

  const common = {
    ...rest,
    value,
    dir: directionOfText(value, emptyDirection),
    'data-testid': testId,
    'aria-label': ariaLabel,
    onKeyDown,
  };

  if (multiline) {
    return (
      <textarea
        {...common}
        ref={ref as Ref<HTMLTextAreaElement>}
        rows={1}
        // A one-line field that wraps: pasted line breaks become spaces when Enter moves on.
        onChange={(event) => onChange(withoutControlCharacters(onEnter ? event.target.value.replace(/\s*[\r\n]+\s*/g, ' ') : event.target.value))}
      />
    );
  }
  // Pasted text can carry control characters the archive would refuse: they never reach it.
  return <input {...common} ref={ref as Ref<HTMLInputElement>} type="text" onChange={(event) => onChange(withoutControlCharacters(event.target.value))} />;
});
