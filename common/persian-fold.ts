/**
 * Character folding for the Persian search key (rulebook: docs/persian-text.md,
 * "Character folding", rules 1–10).
 *
 * Everything per character is decided once, into lookup tables over the whole BMP; folding
 * a text is then one linear pass with a table read per code unit. That matters: the same
 * code runs over every archived article at index time and on every keystroke of a query.
 * Each code unit's entries are worked out the first time it is met, off the common path:
 * running NFKC and Unicode property tests on all 65,536 up front took a tenth of a second
 * of every `dabir` command's start.
 *
 * The pass also records, for every folded code unit, the range of the ORIGINAL text it came
 * from, so search results can highlight the words the writer actually typed.
 */

const ZWNJ = 0x200c;
const RLM = 0x200f;
const HAMZA = 0x0621;
const HEH = 0x0647;
const ARABIC_THOUSANDS_SEPARATOR = 0x066c;
const COMMA = 0x2c;

/** Table value for RLM, whose fate depends on the letter before it. */
const CONTEXTUAL = '\u0000RLM';

// Rule 2. U+061C (Arabic letter mark) is a bidi control too, newer than the editors that
// used RLM as a half-space, so it is simply deleted with the others.
const BIDI_CONTROLS = [0x200e, 0x061c, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];

// Rule 4. U+0674 (high hamza) is added because NFKC splits ٵ ٶ ٷ ٸ into a letter plus
// U+0674, and rules 5 and 8 say those letters fold to the bare letter.
const DELETED = [
  0x0640,
  ...range(0x064b, 0x065f),
  0x0670,
  ...range(0x0610, 0x061a),
  ...range(0x06d6, 0x06ed),
  0x200b,
  0x200d,
  0x2060,
  0xfeff,
  0x00ad,
  0x0674,
];

/** Rules 5–8: letter families folded to the Persian letter the archive standardises on. */
const LETTER_FAMILIES: ReadonlyArray<readonly [string, readonly number[]]> = [
  // Yeh: ي ى ې ۍ ێ ے ۓ ؠ ٸ and ئ, plus the other dotted/undotted Farsi yeh forms.
  ['\u06cc', [0x064a, 0x0649, 0x06d0, 0x06cd, 0x06ce, 0x06d2, 0x06d3, 0x0620, 0x0678, 0x0626, 0x063d, 0x063e, 0x063f, 0x06d1, 0x0775, 0x0776, 0x0777, 0x08a8, 0x08a9, 0x08ba]],
  // Kaf: ك ڪ ګ ڬ ڭ ڮ ػ ؼ and the keheh variants of the Arabic Supplement block.
  ['\u06a9', [0x0643, 0x06aa, 0x06ab, 0x06ac, 0x06ad, 0x06ae, 0x063b, 0x063c, 0x0762, 0x0763, 0x0764]],
  // Heh: ة ۀ ہ ۂ ۃ ە ھ ۿ.
  ['\u0647', [0x0629, 0x06c0, 0x06c1, 0x06c2, 0x06c3, 0x06d5, 0x06be, 0x06ff]],
  // Alef: آ أ إ ٱ ٲ ٳ ٵ.
  ['\u0627', [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]],
  // Waw: ؤ ٶ ٷ. NFKC turns ٷ into ۇ + high hamza, hence ۇ (U+06C7) here as well.
  ['\u0648', [0x0624, 0x0676, 0x0677, 0x06c7]],
];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

const UNICODE_SPACE = /\p{Zs}/u;
const COMBINING_MARK = /\p{M}/u;

/** Rules 3–9 for a single character that NFKC has already produced. */
function foldOneNfkcChar(ch: string, specials: ReadonlyMap<number, string>): string {
  const c = ch.charCodeAt(0);
  const special = specials.get(c);
  if (special !== undefined) return special;
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0); // Persian digits
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660); // Arabic-Indic digits
  if (UNICODE_SPACE.test(ch)) return ' ';
  return ch.toLowerCase();
}

function buildSpecials(): Map<number, string> {
  const specials = new Map<number, string>();
  for (const c of BIDI_CONTROLS) specials.set(c, '');
  for (const c of DELETED) specials.set(c, '');
  for (const [target, members] of LETTER_FAMILIES) for (const c of members) specials.set(c, target);
  specials.set(0x066b, '.'); // Arabic decimal separator
  // ء and the thousands separators fold to themselves here; dropContextualMarks decides
  // about them once both neighbours are folded.
  specials.set(RLM, CONTEXTUAL);
  return specials;
}

const SPECIALS = buildSpecials();

/** What one BMP code unit folds to: possibly '' or several chars, or CONTEXTUAL. */
function foldOfCodeUnit(c: number): string {
  if (isSurrogate(c)) return '';
  const own = SPECIALS.get(c);
  if (own !== undefined) return own;
  const ch = String.fromCharCode(c);
  const nfkc = ch.normalize('NFKC');
  if (nfkc === ch) return foldOneNfkcChar(ch, SPECIALS);
  let out = '';
  for (const part of nfkc) out += foldOneNfkcChar(part, SPECIALS);
  return out;
}

const UNKNOWN = -3;
const DELETED_CODE = -1;
const NEEDS_TABLE = -2;
/**
 * The common case as a number: the single code unit a code unit folds to, or a marker
 * (deleted; look in FOLD_TABLE; not worked out yet).
 */
const FOLD_CODE = new Int32Array(0x10000).fill(UNKNOWN);
/** The fold of the code units FOLD_CODE marks NEEDS_TABLE. */
const FOLD_TABLE = new Map<number, string>();

/** Works out FOLD_CODE's entry for a code unit met for the first time. */
function learnFold(code: number): number {
  const folded = foldOfCodeUnit(code);
  let single: number;
  if (folded === CONTEXTUAL || folded.length > 1) {
    FOLD_TABLE.set(code, folded);
    single = NEEDS_TABLE;
  } else {
    single = folded.length === 0 ? DELETED_CODE : folded.charCodeAt(0);
  }
  FOLD_CODE[code] = single;
  return single;
}

/** Arabic marks that rule 4 deletes: a cluster made only of these can skip NFKC safely. */
const IS_DELETED_ARABIC_MARK = (() => {
  const flags = new Uint8Array(0x10000);
  for (const c of DELETED) flags[c] = 1;
  return flags;
})();

/**
 * Code units that continue the previous character for normalisation: combining marks, and
 * the Hangul vowel/trailing jamo that NFKC composes with the syllable before them.
 */
const EXTENDS_CLUSTER = new Uint8Array(0x10000);
const EXTENDS = 1;
const NOT_KNOWN = 0;

/** Works out EXTENDS_CLUSTER's entry for a code unit met for the first time. */
function learnExtends(c: number): boolean {
  const extending = !isSurrogate(c) && (COMBINING_MARK.test(String.fromCharCode(c)) || (c >= 0x1160 && c <= 0x11ff));
  EXTENDS_CLUSTER[c] = extending ? EXTENDS : 2;
  return extending;
}

const ARABIC_SCRIPT_LETTER = (() => {
  const flags = new Uint8Array(0x10000);
  for (let c = 0x0600; c < 0x0900; c++) {
    if (/\p{Script=Arabic}/u.test(String.fromCharCode(c)) && /\p{L}/u.test(String.fromCharCode(c))) flags[c] = 1;
  }
  return flags;
})();

export function isArabicScriptLetter(code: number): boolean {
  return code < 0x10000 && ARABIC_SCRIPT_LETTER[code] === 1;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigitCode(code: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * The folded text as parallel arrays: `codes[i]` is a UTF-16 code unit of the folded text and
 * `[sourceStart[i], sourceEnd[i])` the range of the original text it came from.
 */
export interface FoldedText {
  readonly text: string;
  readonly length: number;
  readonly codes: Uint16Array;
  readonly sourceStart: Int32Array;
  readonly sourceEnd: Int32Array;
}

class FoldBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k), start, end);
  }

  last(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  private grow(): void {
    const capacity = this.codes.length * 2 + 16;
    const codes = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Folds one code unit, or a contextual one, into the buffer. */
function emitFolded(buffer: FoldBuffer, code: number, start: number, end: number): void {
  let single = FOLD_CODE[code];
  if (single >= 0) {
    buffer.push(single, start, end);
    return;
  }
  // Off the common path, so the table being filled as it goes costs the common path nothing.
  if (single === UNKNOWN) {
    single = learnFold(code);
    if (single >= 0) {
      buffer.push(single, start, end);
      return;
    }
  }
  if (single === DELETED_CODE) return;
  const folded = FOLD_TABLE.get(code)!;
  if (folded === CONTEXTUAL) {
    // RLM typed as a half-space by old editors only counts right after an Arabic letter;
    // anywhere else it is a bidi control and goes.
    if (isArabicScriptLetter(buffer.last())) buffer.push(ZWNJ, start, end);
    return;
  }
  if (folded.length === 1) buffer.push(folded.charCodeAt(0), start, end);
  else if (folded.length > 1) buffer.pushString(folded, start, end);
}

/**
 * Rule 1 asks for NFKC over the text; composition only ever happens inside a base character
 * and the marks after it, so normalising cluster by cluster gives the same letters while
 * keeping each output code unit tied to the original range it came from.
 */
function foldCluster(buffer: FoldBuffer, original: string, start: number, end: number): void {
  for (const ch of original.slice(start, end).normalize('NFKC')) {
    const code = ch.codePointAt(0)!;
    // The table entry re-applies NFKC to a single character, which changes nothing now.
    if (code < 0x10000) emitFolded(buffer, code, start, end);
    else buffer.pushString(ch.toLowerCase(), start, end); // astral: emoji, rare scripts
  }
}

/**
 * Rules 9 and 10 depend on the right-hand neighbour: a `,`/`٬` between two digits is a
 * thousands separator and goes; an ء straight after ه at the end of a word is the old ezafe
 * spelling (`خانهء`) and goes. Everything else is kept.
 */
function dropContextualMarks(buffer: FoldBuffer): void {
  const { codes, starts, ends } = buffer;
  let write = 0;
  for (let read = 0; read < buffer.length; read++) {
    const code = codes[read];
    const prev = write > 0 ? codes[write - 1] : -1;
    const next = read + 1 < buffer.length ? codes[read + 1] : -1;
    if ((code === COMMA || code === ARABIC_THOUSANDS_SEPARATOR) && isAsciiDigit(prev) && isAsciiDigit(next)) {
      // Widen the neighbour's source range so a highlight of "1,000" covers the comma.
      ends[write - 1] = ends[read];
      continue;
    }
    if (code === HAMZA && prev === HEH && (next === -1 || !isLetterOrDigitCode(next))) {
      ends[write - 1] = ends[read];
      continue;
    }
    codes[write] = code;
    starts[write] = starts[read];
    ends[write] = ends[read];
    write++;
  }
  buffer.length = write;
}

function decodeUtf16(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Folds `original` (rules 1–10) and keeps, for every folded code unit, its source range. */
export function foldWithOffsets(original: string): FoldedText {
  const n = original.length;
  const buffer = new FoldBuffer(n + 16);
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < n) {
      const low = original.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    let onlyDeletedArabicMarks = true;
    while (end < n) {
      const following = original.charCodeAt(end);
      const flag = EXTENDS_CLUSTER[following];
      if (flag !== EXTENDS && (flag !== NOT_KNOWN || !learnExtends(following))) break;
      if (IS_DELETED_ARABIC_MARK[following] !== 1) onlyDeletedArabicMarks = false;
      end++;
    }
    if (end === i + 1 || (onlyDeletedArabicMarks && !isSurrogate(code))) {
      // Fast path. Arabic marks that rule 4 deletes only ever compose into letters that
      // rules 5–8 fold back to the bare base letter (ا+ٓ→آ→ا, و+ٔ→ؤ→و …), so the
      // base's own table entry is already the NFKC-then-fold result.
      emitFolded(buffer, code, i, end);
    } else {
      foldCluster(buffer, original, i, end);
    }
    i = end;
  }
  dropContextualMarks(buffer);
  return {
    text: decodeUtf16(buffer.codes, buffer.length),
    length: buffer.length,
    codes: buffer.codes,
    sourceStart: buffer.starts,
    sourceEnd: buffer.ends,
  };
}

/**
 * Rules 1–10 of the rulebook's character folding, in order: NFKC; bidi controls deleted (an
 * RLM after an Arabic letter becomes ZWNJ); Unicode spaces to a space; tatweel, harakat and
 * the other invisible marks deleted; yeh/kaf/heh/alef/waw families folded; digits to ASCII,
 * `٫` to `.`, thousands separators between digits dropped; Latin lower-cased; ء kept except
 * in the ezafe `…هء`.
 */
export function foldCharacters(text: string): string {
  return foldWithOffsets(text).text;
}
