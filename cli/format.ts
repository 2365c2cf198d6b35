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

export function printJson(write: (text: string) => void, value: unknown): void {
  write(`${JSON.stringify(value)}\n`);
}
