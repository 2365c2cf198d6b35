/**
 * Per-code-unit lookup tables built from Unicode properties. Testing a regex against each of
 * the 65,536 BMP code units one by one took tens of milliseconds at every start of the
 * command line; one global scan over a string of them all takes a few.
 */

/** Every BMP code unit but the surrogates, in order: one string for a regex to scan. */
let everyCodeUnit: string | undefined;

function allCodeUnits(): string {
  if (everyCodeUnit === undefined) {
    const codes = new Uint16Array(0x10000 - 0x800);
    let length = 0;
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) codes[length++] = c;
    everyCodeUnit = new TextDecoder('utf-16le').decode(codes);
  }
  return everyCodeUnit;
}

/**
 * Sets `table[c] = value` for every BMP code unit `c` (surrogates aside) that `oneCharacter`
 * matches; the pattern must match a single character and carry the `u` flag.
 */
export function markCodeUnits(table: Uint8Array, oneCharacter: RegExp, value: number): Uint8Array {
  const all = allCodeUnits();
  // Deleting the matches is one pass inside the regex engine. Every code unit occurs once in
  // `all`, so walking both strings side by side tells the deleted (matched) ones apart.
  const unmatched = all.replace(new RegExp(oneCharacter.source, 'gu'), '');
  let next = 0;
  for (let i = 0; i < all.length; i++) {
    const code = all.charCodeAt(i);
    if (next < unmatched.length && unmatched.charCodeAt(next) === code) next++;
    else table[code] = value;
  }
  return table;
}
