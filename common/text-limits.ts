/**
 * Checks every text that comes into the archive shares, whatever the door: the contract, the
 * save path and import. Plain functions, so the renderer can use them too.
 */

/**
 * C0 control characters other than tab and line feed (NUL included). They have no place in a
 * story: a carriage return or a form feed is debris from another program, an escape byte can
 * drive a terminal that prints the text.
 */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b-\u001f]/g;

/** The first forbidden control character in `text`, as `U+001B`, or null when there is none. */
export function forbiddenControlCharacter(text: string): string | null {
  const match = FORBIDDEN_CONTROL.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** `text` without them, for an editor that cleans what is pasted into it. */
export function withoutControlCharacters(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, '');
}

/** Bytes of `text` in UTF-8, counted without encoding it (a body may be megabytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

/**
 * How deep `value` nests (objects and arrays), walked without recursion, so a body built to
 * overflow the stack is measured, not followed; stops counting once past `limit`.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Where the first string holding a forbidden control character sits in `value` (a path of
 * keys), with the character; null when every string is clean. Walked without recursion, and
 * each step remembers only its parent, so a body nested thousands deep costs no more than its
 * size.
 */
export function findControlCharacter(value: unknown): { path: Array<string | number>; character: string } | null {
  interface Step {
    item: unknown;
    key: string | number | null;
    parent: Step | null;
  }
  const pathOf = (step: Step): Array<string | number> => {
    const path: Array<string | number> = [];
    for (let at: Step | null = step; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  const stack: Step[] = [{ item: value, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { item } = step;
    if (typeof item === 'string') {
      const character = forbiddenControlCharacter(item);
      if (character) return { path: pathOf(step), character };
    } else if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index -= 1) stack.push({ item: item[index], key: index, parent: step });
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let index = entries.length - 1; index >= 0; index -= 1) stack.push({ item: entries[index][1], key: entries[index][0], parent: step });
    }
  }
  return null;
}

/**
 * «8 MiB», «8.01 MiB», «14.2 MiB», «900 KiB»: a size as a refusal states it. A size that would
 * round onto a whole number of MiB without being one is given in bytes («8,388,890 bytes»),
 * so a refusal never reads «8 MiB; at most 8 MiB».
 */
export function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib < 1) return `${Math.ceil(bytes / 1024)} KiB`;
  const rounded = Number(mib.toFixed(2));
  if (Number.isInteger(rounded) && rounded !== mib) return `${bytes.toLocaleString('en')} bytes`;
  return `${rounded} MiB`;
}
