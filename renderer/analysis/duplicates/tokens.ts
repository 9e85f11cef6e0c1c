// Word tokens for comparing paragraphs. Unlike `words()` in ../text, numbers keep their
// inner separators ("7,512", "0.4%", "3-1") so a changed figure is one changed token.
// The token grammar is TOKEN below; `scanTokens` implements the same grammar with one pass
// over character codes, hashing each token's lower-case form as it goes, because the
// fingerprint of every paragraph is the checker's hottest loop (no substrings, no regex).
export const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{N}+)?%?|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** `folded`: text already passed through foldTypography. Case is kept: callers fold it. */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

export const TOKEN_NUMBER = 1;
export const TOKEN_CAPITALISED = 2;

export interface ScannedTokens {
  count: number;
  /** FNV-1a hash of each token's lower-case text. */
  hashes: Uint32Array;
  /** TOKEN_NUMBER / TOKEN_CAPITALISED bits per token. */
  flags: Uint8Array;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 2;

// Character classes by code: 1 digit (\p{N}), 2 letter (\p{L}), 0 anything else.
function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c] as number;
  if (c !== c) return 0; // NaN: past the end of the text
  const ch = String.fromCharCode(c);
  if (DIGIT.test(ch)) return 1;
  return LETTER.test(ch) ? 2 : 0;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCharCode(c));
}

/**
 * Scans tokens as TOKEN would match them. Astral-plane characters (outside the BMP) are
 * treated as separators, which TOKEN only differs on for rare scripts and emoji.
 */
export function scanTokens(text: string): ScannedTokens {
  const size = (text.length >> 1) + 1;
  return scanTokensInto(text, { count: 0, hashes: new Uint32Array(size), flags: new Uint8Array(size) });
}

/** scanTokens into `out`, whose arrays must hold (text.length >> 1) + 1 entries; sets and returns it. */
export function scanTokensInto(text: string, out: ScannedTokens): ScannedTokens {
  const n = text.length;
  const { hashes, flags } = out;
  let count = 0;
  let i = 0;
  let numberEnd = -2;
  while (i < n) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    if (cls === 1) {
      end = scanNumber(text, i);
    } else {
      end = scanWord(text, i);
    }
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) {
      h ^= lowerCode(text.charCodeAt(k));
      h = Math.imul(h, 0x01000193);
    }
    h >>>= 0;
    // "€1.4m" and "€1.4 million" are one figure in two house styles, not a changed word
    if (cls === 2 && (start === numberEnd || (start === numberEnd + 1 && text.charCodeAt(numberEnd) === 32))) h = MAGNITUDES.get(h) ?? h;
    hashes[count] = h;
    flags[count] = cls === 1 ? TOKEN_NUMBER : isUpper(text.charCodeAt(start)) ? TOKEN_CAPITALISED : 0;
    if (cls === 1) numberEnd = end;
    count++;
    i = end;
  }
  out.count = count;
  return out;
}

/** FNV-1a, as `scanTokens` hashes a token's lower-case text: stable 32-bit hashes, so tokens
 * and shingles are numbers rather than strings. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Abbreviated magnitudes after a figure, by hash, to the word they abbreviate. */
const MAGNITUDES = new Map<number, number>(
  [['m', 'million'], ['mn', 'million'], ['mln', 'million'], ['bn', 'billion'], ['b', 'billion'], ['k', 'thousand'], ['tn', 'trillion']].map(
    ([short, long]) => [hashString(short as string), hashString(long as string)],
  ),
);

// \p{N}+(?:[.,:/]\p{N}+)*(?:-\p{N}+)?%?
function scanNumber(text: string, from: number): number {
  let i = digitsFrom(text, from);
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44 || c === 58 || c === 47) && classOf(text.charCodeAt(i + 1)) === 1) i = digitsFrom(text, i + 1);
    else break;
  }
  if (text.charCodeAt(i) === 45 && classOf(text.charCodeAt(i + 1)) === 1) i = digitsFrom(text, i + 1);
  if (text.charCodeAt(i) === 37) i++;
  return i;
}

function digitsFrom(text: string, i: number): number {
  while (i < text.length && classOf(text.charCodeAt(i)) === 1) i++;
  return i;
}

// [\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*
function scanWord(text: string, from: number): number {
  let i = alnumFrom(text, from);
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 45) && i + 1 < text.length && classOf(text.charCodeAt(i + 1)) !== 0) i = alnumFrom(text, i + 1);
    else return i;
  }
}

function alnumFrom(text: string, i: number): number {
  while (i < text.length && classOf(text.charCodeAt(i)) !== 0) i++;
  return i;
}

// Function words and reporting verbs: shared by unrelated paragraphs, so they are not
// evidence that two paragraphs carry the same facts.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to ' +
    'for from by with without about into onto over under after before during since until while ' +
    'as is are was were be been being am do does did done doing have has had having will would ' +
    'shall should can could may might must not no yes it its it\'s he him his she her hers they ' +
    'them their theirs we us our ours you your yours i me my mine who whom whose which what when ' +
    'where why how all any both each few more most other some such only own same too very just ' +
    'also again further once out up down off per via said says say told tell according added ' +
    'one two three mr mrs ms dr'
  ).split(' '),
);
