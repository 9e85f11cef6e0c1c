// What the duplicate check remembers about one paragraph, computed once per text. Tokens
// and shingles are kept as sorted 32-bit hashes: compact, and compared by merging.
import { foldTypography } from '../text';
import { STOPWORDS, TOKEN_CAPITALISED, TOKEN_NUMBER, scanTokens } from './tokens';

/** Paragraphs shorter than this (headings, datelines, "The company declined to comment.") are never duplicates. */
export const MIN_WORDS = 8;
const SHINGLE_SIZE = 3;

export interface Fingerprint {
  /** Text with typography and white space folded: equal keys are exact copies. */
  key: string;
  wordCount: number;
  /** Every token's hash, sorted, repeats kept (a multiset). */
  bag: Uint32Array;
  /** Distinct content tokens (numbers included), sorted. */
  content: Uint32Array;
  /** Distinct number tokens, sorted (a subset of `content`). */
  numbers: Uint32Array;
  /** Distinct capitalised content words after the first token (names, mostly), sorted. */
  names: Uint32Array;
  /** Distinct word 3-grams that hold at least one content word, sorted. */
  shingles: Uint32Array;
  /** Long enough to be compared at all. */
  eligible: boolean;
}

export function fingerprint(text: string): Fingerprint {
  const key = foldTypography(text);
  const scanned = scanTokens(key);
  const n = scanned.count;
  const hashes = scanned.hashes.slice(0, n);
  const meaningful = new Uint8Array(n);
  const content: number[] = [];
  const numbers: number[] = [];
  const names: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = hashes[i] ?? 0;
    const flags = scanned.flags[i] ?? 0;
    const isNumber = (flags & TOKEN_NUMBER) !== 0;
    if (isNumber || !STOP_HASHES.has(h & 0x3fffffff)) {
      meaningful[i] = 1;
      content.push(h);
      if (isNumber) numbers.push(h);
      else if (i > 0 && (flags & TOKEN_CAPITALISED) !== 0) names.push(h);
    }
  }
  // Shingles of function words only ("one of the", "as well as") are in every article: they
  // are no evidence of copying, and their long posting lists would make lookups slow.
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= n; i++) {
    if (!meaningful[i] && !meaningful[i + 1] && !meaningful[i + 2]) continue;
    // 30 bits: small integers are much cheaper as Map keys in the index than 32-bit ones.
    shingles.push(mix(mix(hashes[i] ?? 0, hashes[i + 1] ?? 0), hashes[i + 2] ?? 0) & 0x3fffffff);
  }
  return {
    key,
    wordCount: n,
    bag: sortInPlace(hashes),
    content: distinctSorted(content),
    numbers: distinctSorted(numbers),
    names: distinctSorted(names),
    shingles: distinctSorted(shingles),
    eligible: n >= MIN_WORDS,
  };
}

// Function words by (30-bit) hash: a lookup by number, not by freshly hashed string.
const STOP_HASHES = new Set([...STOPWORDS].map((w) => hashString(w) & 0x3fffffff));

function distinctSorted(values: number[]): Uint32Array {
  const all = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) all[i] = values[i] ?? 0;
  sortInPlace(all);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] ?? 0;
  return n === all.length ? all : all.slice(0, n);
}

// Paragraph-sized arrays: insertion sort beats the typed-array sort's set-up cost.
function sortInPlace(a: Uint32Array): Uint32Array {
  if (a.length > 64) return a.sort();
  for (let i = 1; i < a.length; i++) {
    const x = a[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (a[j] ?? 0) > x) {
      a[j + 1] = a[j] ?? 0;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

// FNV-1a: stable 32-bit hashes, so tokens and shingles are numbers rather than strings.
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  return (Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) + b) >>> 0;
}
