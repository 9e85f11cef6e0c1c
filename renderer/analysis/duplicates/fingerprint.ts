// What the duplicate check remembers about one paragraph, computed once per text.
import { foldTypography } from '../text';
import { isContentToken, isNumberToken, tokenize } from './tokens';

/** Paragraphs shorter than this (headings, datelines, "The company declined to comment.") are never duplicates. */
export const MIN_WORDS = 8;
const SHINGLE_SIZE = 3;

export interface Fingerprint {
  /** Text with typography and white space folded: equal keys are exact copies. */
  key: string;
  wordCount: number;
  /** Token → occurrences. */
  bag: Map<string, number>;
  /** Distinct content tokens (numbers included). */
  content: Set<string>;
  /** Hashes of the distinct word 3-grams. */
  shingles: Set<number>;
  /** Long enough to be compared at all. */
  eligible: boolean;
}

export function fingerprint(text: string): Fingerprint {
  const tokens = tokenize(text);
  const bag = new Map<string, number>();
  const content = new Set<string>();
  const hashes: number[] = [];
  for (const t of tokens) {
    bag.set(t, (bag.get(t) ?? 0) + 1);
    if (isContentToken(t) || isNumberToken(t)) content.add(t);
    hashes.push(hashString(t));
  }
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= hashes.length; i++) {
    shingles.add(mix(mix(hashes[i] ?? 0, hashes[i + 1] ?? 0), hashes[i + 2] ?? 0));
  }
  return {
    key: foldTypography(text),
    wordCount: tokens.length,
    bag,
    content,
    shingles,
    eligible: tokens.length >= MIN_WORDS,
  };
}

// FNV-1a: stable 32-bit hashes, so shingles index as numbers rather than strings.
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
