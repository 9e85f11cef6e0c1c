// Decides whether two paragraphs are copies of each other. Symmetric and independent of
// position, so the incremental check can cache the answer per pair.
import type { DuplicateKind } from '../types';
import type { Fingerprint } from './fingerprint';
import { isNumberToken } from './tokens';

export interface Match {
  kind: DuplicateKind;
  similarity: number;
}

// Thresholds for copies of about the same length (a word or clause changed, sentences reordered).
const MIN_WORD_DICE = 0.75;
const MIN_CONTENT_DICE = 0.75;
const MIN_SHINGLE_DICE = 0.35;
// A near copy must share this many content words: formulaic lines share only their formula.
const MIN_SHARED_CONTENT = 5;
// Split or merged paragraphs: the smaller side almost wholly inside the larger one.
const MIN_WORD_CONTAINMENT = 0.85;
const MIN_SHINGLE_CONTAINMENT = 0.7;
const MIN_SHARED_CONTENT_CONTAINED = 6;
// A changed figure is a different fact unless the paragraph is long: allow one per this many shared content words.
const CONTENT_PER_CHANGED_NUMBER = 10;

export function compare(a: Fingerprint, b: Fingerprint): Match | null {
  if (!a.eligible || !b.eligible) return null;
  if (a.key === b.key) return { kind: 'exact', similarity: 1 };

  const sharedShingles = overlap(a.shingles, b.shingles);
  if (sharedShingles === 0) return null;
  const sharedWords = bagOverlap(a.bag, b.bag);
  const sharedContent = overlap(a.content, b.content);
  const minWords = Math.min(a.wordCount, b.wordCount);
  const minShingles = Math.min(a.shingles.size, b.shingles.size);
  const minContent = Math.min(a.content.size, b.content.size);

  const wordDice = (2 * sharedWords) / (a.wordCount + b.wordCount);
  const contentDice = (2 * sharedContent) / (a.content.size + b.content.size || 1);
  const shingleDice = (2 * sharedShingles) / (a.shingles.size + b.shingles.size);

  const sameLength =
    wordDice >= MIN_WORD_DICE &&
    contentDice >= MIN_CONTENT_DICE &&
    shingleDice >= MIN_SHINGLE_DICE &&
    sharedContent >= MIN_SHARED_CONTENT &&
    changedNumbers(a, b, false) * CONTENT_PER_CHANGED_NUMBER <= sharedContent;
  if (sameLength) return { kind: 'near', similarity: round(Math.min(wordDice, 0.99)) };

  const wordContainment = sharedWords / minWords;
  const contained =
    wordContainment >= MIN_WORD_CONTAINMENT &&
    sharedShingles / minShingles >= MIN_SHINGLE_CONTAINMENT &&
    sharedContent / (minContent || 1) >= MIN_WORD_CONTAINMENT &&
    sharedContent >= MIN_SHARED_CONTENT_CONTAINED &&
    changedNumbers(a, b, true) * CONTENT_PER_CHANGED_NUMBER <= sharedContent;
  if (contained) return { kind: 'near', similarity: round(Math.min(wordContainment, 0.99)) };
  return null;
}

/**
 * Figures in one paragraph missing from the other. For containment only the smaller side's
 * figures count: the larger may add facts, but the part it repeats must keep its numbers.
 */
function changedNumbers(a: Fingerprint, b: Fingerprint, smallerOnly: boolean): number {
  const missing = (from: Fingerprint, to: Fingerprint): number => {
    let n = 0;
    for (const t of from.content) if (isNumberToken(t) && !to.content.has(t)) n++;
    return n;
  };
  if (smallerOnly && a.wordCount !== b.wordCount) return a.wordCount < b.wordCount ? missing(a, b) : missing(b, a);
  return Math.max(missing(a, b), missing(b, a));
}

function overlap<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function bagOverlap(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [t, count] of small) n += Math.min(count, large.get(t) ?? 0);
  return n;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
