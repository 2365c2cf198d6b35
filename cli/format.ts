/** Small text helpers shared by the commands' human-readable output. */

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Pads by characters; enough for columns of ids, statuses and dates. */
export function padEnd(text: string, width: number): string {
  const length = Array.from(text).length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

/** A column cut to `width` characters, so one long desk name can't push the others out. */
export function fitColumn(text: string, width: number): string {
  const characters = Array.from(text);
  return padEnd(characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : text, width);
}

/**
 * One JSON value per line. JSON.stringify escapes C0 controls but writes DEL and the C1
 * controls (an 8-bit CSI) raw; they are escaped too, so the line is safe on a terminal and
 * still the same JSON.
 */
export function printJson(write: (text: string) => void, value: unknown): void {
  const json = JSON.stringify(value).replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  write(`${json}\n`);
}

/**
 * Control characters (an escape sequence hidden in an imported article, a stray tab or line
 * break) replaced one for one by a space, so printed text can't drive the terminal and
 * offsets into it stay valid.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** At most `max` characters, with an ellipsis when cut: for echoing what the user typed. */
export function shorten(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

export interface Marks {
  open: string;
  close: string;
}

/** Wraps each range of `text` (UTF-16 offsets, as the search reports them) in the marks. */
export function markRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, marks: Marks): string {
  // Overlapping or touching ranges read as one marked stretch.
  const merged: Array<{ start: number; end: number }> = [];
  const valid = ranges.filter((range) => range.start >= 0 && range.start < range.end && range.end <= text.length);
  for (const range of [...valid].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  let out = '';
  let at = 0;
  for (const { start, end } of merged) {
    out += text.slice(at, start) + marks.open + text.slice(start, end) + marks.close;
    at = end;
  }
  return out + text.slice(at);
}

/** `412.3 MB`: decimal units, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** `2025-03-21 13:00` in the machine's own time zone, for times the user lived through. */
export function formatLocalTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
