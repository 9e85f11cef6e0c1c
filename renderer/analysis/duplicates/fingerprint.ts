// What the duplicate check remembers about one paragraph, computed once per text. Tokens
// and shingles are kept as sorted 32-bit hashes: compact, and compared by merging.
import { foldTypography } from '../text';
import { STOPWORDS, TOKEN_CAPITALISED, TOKEN_NUMBER, type ScannedTokens, hashString, scanTokensInto, tokenize } from './tokens';

/** Paragraphs shorter than this (headings, datelines, "The company declined to comment.") are never duplicates. */
export const MIN_WORDS = 8;
const SHINGLE_SIZE = 3;

/** Word-level detail, needed only when two paragraphs' shingles already look alike. */
export interface WordDetail {
  /** Every token's hash, sorted, repeats kept (a multiset). */
  bag: Uint32Array;
  /** Distinct content tokens (numbers included), sorted. */
  content: Uint32Array;
  /** Distinct number tokens, sorted (a subset of `content`). */
  numbers: Uint32Array;
  /** Distinct capitalised content words after the first token (names, mostly), sorted. */
  names: Uint32Array;
}

/** A capitalised word as written (lower-cased) and its stem: no possessive. */
export interface NameForm {
  token: string;
  stem: string;
}

export class Fingerprint {
  private detail: WordDetail | null = null;
  private forms: { names: NameForm[]; tokens: Set<string> } | null = null;

  constructor(
    /** Text with typography and white space folded: equal keys are exact copies. */
    readonly key: string,
    readonly wordCount: number,
    /** Distinct word 3-grams that hold at least one content word, sorted. */
    readonly shingles: Uint32Array,
  ) {}

  /** Long enough to be compared at all. */
  get eligible(): boolean {
    return this.wordCount >= MIN_WORDS;
  }

  // Computed on first use: most paragraphs share too few shingles with any other to need it.
  get bag(): Uint32Array {
    return (this.detail ??= wordDetail(this.key)).bag;
  }
  get content(): Uint32Array {
    return (this.detail ??= wordDetail(this.key)).content;
  }
  get numbers(): Uint32Array {
    return (this.detail ??= wordDetail(this.key)).numbers;
  }
  get names(): Uint32Array {
    return (this.detail ??= wordDetail(this.key)).names;
  }
  // Strings, for the rare comparison that has to look at how a name is spelt.
  get nameForms(): NameForm[] {
    return (this.forms ??= nameForms(this.key)).names;
  }
  hasToken(lower: string): boolean {
    return (this.forms ??= nameForms(this.key)).tokens.has(lower);
  }
}

const CAPITAL_FIRST = /^\p{Lu}/u;

function nameForms(key: string): { names: NameForm[]; tokens: Set<string> } {
  const all = tokenize(key);
  const names = new Map<string, NameForm>();
  all.forEach((word, i) => {
    const token = word.toLowerCase();
    // (as wordDetail counts names: a capital first letter, after the first token, no function word)
    if (i > 0 && CAPITAL_FIRST.test(word) && !STOPWORDS.has(token)) names.set(token, { token, stem: nameStem(token) });
  });
  return { names: [...names.values()], tokens: new Set(all.map((w) => w.toLowerCase())) };
}

/** A name without its possessive ("veloria's" → "veloria"). */
function nameStem(token: string): string {
  return token.replace(/'s?$/, '');
}

// Scratch space reused by every call (fingerprints are made one at a time, synchronously):
// a long article would otherwise allocate and collect a dozen arrays per paragraph.
let scratchSize = 0;
let scanned: ScannedTokens = { count: 0, hashes: new Uint32Array(0), flags: new Uint8Array(0) };
let contentBuf = new Uint32Array(0);
let numberBuf = new Uint32Array(0);
let nameBuf = new Uint32Array(0);
let shingleBuf = new Uint32Array(0);

function reserve(textLength: number): void {
  const size = (textLength >> 1) + 1;
  if (size <= scratchSize) return;
  scratchSize = Math.max(size, scratchSize * 2, 256);
  scanned = { count: 0, hashes: new Uint32Array(scratchSize), flags: new Uint8Array(scratchSize) };
  contentBuf = new Uint32Array(scratchSize);
  numberBuf = new Uint32Array(scratchSize);
  nameBuf = new Uint32Array(scratchSize);
  shingleBuf = new Uint32Array(scratchSize);
}

const meaningful = (hash: number, flags: number): boolean => (flags & TOKEN_NUMBER) !== 0 || !STOP_HASHES.has(hash & 0x3fffffff);

export function fingerprint(text: string): Fingerprint {
  const key = foldTypography(text);
  reserve(key.length);
  const { hashes, flags } = scanTokensInto(key, scanned);
  const n = scanned.count;
  // Shingles of function words only ("one of the", "as well as") are in every article: they
  // are no evidence of copying, and their long posting lists would make lookups slow.
  let shingles = 0;
  let m0 = n > 0 && meaningful(hashes[0] as number, flags[0] as number);
  let m1 = n > 1 && meaningful(hashes[1] as number, flags[1] as number);
  for (let i = 0; i + SHINGLE_SIZE <= n; i++) {
    const m2 = meaningful(hashes[i + 2] as number, flags[i + 2] as number);
    // 30 bits: small integers are much cheaper as Map keys in the index than 32-bit ones.
    if (m0 || m1 || m2) shingleBuf[shingles++] = mix(mix(hashes[i] as number, hashes[i + 1] as number), hashes[i + 2] as number) & 0x3fffffff;
    m0 = m1;
    m1 = m2;
  }
  return new Fingerprint(key, n, distinctSorted(shingleBuf, shingles));
}

function wordDetail(key: string): WordDetail {
  reserve(key.length);
  const { hashes, flags } = scanTokensInto(key, scanned);
  const n = scanned.count;
  let contents = 0;
  let numbers = 0;
  let names = 0;
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    const f = flags[i] as number;
    if (!meaningful(h, f)) continue;
    contentBuf[contents++] = h;
    if ((f & TOKEN_NUMBER) !== 0) numberBuf[numbers++] = h;
    else if (i > 0 && (f & TOKEN_CAPITALISED) !== 0) nameBuf[names++] = h;
  }
  return {
    bag: sortedCopy(hashes, n),
    content: distinctSorted(contentBuf, contents),
    numbers: distinctSorted(numberBuf, numbers),
    names: distinctSorted(nameBuf, names),
  };
}

// Function words by (30-bit) hash: a lookup by number, not by freshly hashed string.
const STOP_HASHES = new Set([...STOPWORDS].map((w) => hashString(w) & 0x3fffffff));

const EMPTY = new Uint32Array(0);

/** The first `length` values of `buf`, sorted, as a new array. */
function sortedCopy(buf: Uint32Array, length: number): Uint32Array {
  const copy = buf.slice(0, length);
  sortInPlace(copy, length);
  return copy;
}

/** The first `length` values of `buf` (scratch: sorted in place), sorted and without repeats, as a new array. */
function distinctSorted(buf: Uint32Array, length: number): Uint32Array {
  if (length === 0) return EMPTY;
  sortInPlace(buf, length);
  let n = 1;
  for (let i = 1; i < length; i++) if (buf[i] !== buf[n - 1]) buf[n++] = buf[i] as number;
  return buf.slice(0, n);
}

/** Sorts the first `length` values of `a`. Paragraph-sized runs: insertion sort beats the
 * typed-array sort's set-up cost (and a view of the run for it to sort). */
function sortInPlace(a: Uint32Array, length: number): void {
  if (length > 64) {
    a.subarray(0, length).sort();
    return;
  }
  for (let i = 1; i < length; i++) {
    const x = a[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (a[j] ?? 0) > x) {
      a[j + 1] = a[j] ?? 0;
      j--;
    }
    a[j + 1] = x;
  }
}

function mix(a: number, b: number): number {
  return (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) >>> 0;
}
