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

// Character classes by code: 1 digit (\p{N}), 2 letter (\p{L}), 0 anything else. ASCII codes
// are looked up in a table where the scan reads every character (the regexes are for the rest).
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 2;
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c] as number;
  const ch = String.fromCharCode(c);
  if (DIGIT.test(ch)) return 1;
  return LETTER.test(ch) ? 2 : 0;
}

function lowerCode(c: number): number {
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCharCode(c));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// The scan below runs once per character of every paragraph, and a cold process runs it
// before V8 has optimised it: one pass per token that finds its end and hashes it together,
// with table lookups rather than calls for ASCII, keeps that first stretch short. The hash so
// far is kept here (a typed array: a module variable would box every hash as a heap number).
const tokenHash = new Uint32Array(1);

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
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : classOf(c);
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    // (each sets tokenHash to the FNV-1a hash of the token's lower-case text)
    i = cls === 1 ? scanNumber(text, i) : scanWord(text, i);
    let h = tokenHash[0] as number;
    // "€1.4m" and "€1.4 million" are one figure in two house styles, not a changed word
    if (cls === 2 && (start === numberEnd || (start === numberEnd + 1 && text.charCodeAt(numberEnd) === 32))) h = MAGNITUDES.get(h) ?? h;
    hashes[count] = h;
    flags[count] = cls === 1 ? TOKEN_NUMBER : isUpper(c) ? TOKEN_CAPITALISED : 0;
    if (cls === 1) numberEnd = i;
    count++;
  }
  out.count = count;
  return out;
}

/** FNV-1a, as `scanTokens` hashes a token's lower-case text: stable 32-bit hashes, so tokens
 * and shingles are numbers rather than strings. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
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
  tokenHash[0] = FNV_OFFSET;
  let i = hashRun(text, from, 1);
  for (;;) {
    const c = codeAt(text, i);
    if ((c === 46 || c === 44 || c === 58 || c === 47) && classOf(codeAt(text, i + 1)) === 1) i = hashRun(text, i, 1);
    else break;
  }
  if (codeAt(text, i) === 45 && classOf(codeAt(text, i + 1)) === 1) i = hashRun(text, i, 1);
  if (codeAt(text, i) === 37) i = hashRun(text, i, 3);
  return i;
}

// [\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*
function scanWord(text: string, from: number): number {
  tokenHash[0] = FNV_OFFSET;
  let i = hashRun(text, from, 2);
  for (;;) {
    const c = codeAt(text, i);
    if ((c === 39 || c === 45) && classOf(codeAt(text, i + 1)) !== 0) i = hashRun(text, i, 2);
    else return i;
  }
}

/** The character code at `i`, or 0 (a separator, as NUL is) past the end: reading past the
 * end of a string makes V8 throw away the code it optimised for the scan. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/**
 * Hashes text[i] (which the caller has checked: the run's first character, or the joiner
 * before it), then the characters after it while they are digits (`kind` 1) or letters and
 * digits (2); `kind` 3 hashes text[i] alone. Returns the end of the run.
 */
function hashRun(text: string, i: number, kind: number): number {
  let h = tokenHash[0] as number;
  let c = text.charCodeAt(i);
  for (;;) {
    h = Math.imul(h ^ (c < 128 ? (ASCII_LOWER[c] as number) : lowerCode(c)), FNV_PRIME);
    i++;
    if (kind === 3 || i >= text.length) break;
    c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : classOf(c);
    if (cls === 0 || (kind === 1 && cls !== 1)) break;
  }
  tokenHash[0] = h;
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
