// Decides whether two paragraphs are copies of each other. Symmetric and independent of
// position, so the incremental check can cache the answer per pair.
import type { DuplicateKind } from '../types';
import type { Fingerprint } from './fingerprint';

/**
 * A shingle held by more paragraphs than this is a template phrase ("at a cost of", "said in
 * a statement"): sharing it does not make two paragraphs worth comparing. It bounds the work
 * per paragraph; exact copies are still found through their key.
 */
export const MAX_SHINGLE_FREQUENCY = 24;

export interface DuplicateOptions {
  /** Defaults to MAX_SHINGLE_FREQUENCY. */
  maxShingleFrequency?: number;
}

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
// ...and a real share of it: a sentence echoed inside a much longer paragraph is not a split.
const MIN_CONTAINED_SHARE = 0.25;
// A changed figure or name is a different fact unless the paragraph is long: allow one per
// this many shared content words. This keeps formulaic lines ("The X index closed 1.5% higher")
// apart while a long paragraph with one figure changed is still a near copy.
const CONTENT_PER_CHANGED_FACT = 10;
// Content words swapped for others (a place, a name, a team): one is an edit, several in a
// short paragraph are a template filled with different facts. One more per this many shared.
const CONTENT_PER_SUBSTITUTION = 6;
// Floors on shared shingles.
const MIN_SHARED_SHINGLES = 3;
const MIN_SHARED_SHINGLES_CONTAINED = 5;

/**
 * Cheap necessary condition for `compare` to find a near copy of two different texts with
 * `countA` and `countB` shingles, from the shingle counts alone: lets the index discard most
 * candidates without comparing word bags.
 */
export function shinglesMayMatch(sharedShingles: number, countA: number, countB: number): boolean {
  if (sharedShingles < MIN_SHARED_SHINGLES) return false;
  return (
    (2 * sharedShingles) / (countA + countB) >= MIN_SHINGLE_DICE ||
    (sharedShingles >= MIN_SHARED_SHINGLES_CONTAINED && sharedShingles / Math.min(countA, countB) >= MIN_SHINGLE_CONTAINMENT)
  );
}

/**
 * Whether two paragraphs are worth comparing at all: the same text, or a shared shingle that
 * `isRare` accepts. Shingles found in many paragraphs (template phrases) do not make pairs.
 */
export function areCandidates(a: Fingerprint, b: Fingerprint, isRare: (shingle: number) => boolean): boolean {
  if (a.key === b.key) return true;
  let i = 0;
  let j = 0;
  while (i < a.shingles.length && j < b.shingles.length) {
    const x = a.shingles[i] ?? 0;
    const y = b.shingles[j] ?? 0;
    if (x === y) {
      if (isRare(x)) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

/** `sharedShingles` may be passed when already known (from the index). */
export function compare(a: Fingerprint, b: Fingerprint, sharedShingles = overlap(a.shingles, b.shingles)): Match | null {
  if (!a.eligible || !b.eligible) return null;
  if (a.key === b.key) return { kind: 'exact', similarity: 1 };
  return nearMatch(a, b, sharedShingles);
}

/** `compare` for two eligible paragraphs already known to differ in text. */
export function nearMatch(a: Fingerprint, b: Fingerprint, sharedShingles: number): Match | null {
  if (!shinglesMayMatch(sharedShingles, a.shingles.length, b.shingles.length)) return null;
  const sharedContent = overlap(a.content, b.content);
  const minContent = Math.min(a.content.length, b.content.length);
  const contentDice = (2 * sharedContent) / (a.content.length + b.content.length || 1);
  // Most pairs that get this far share too few content words for either kind of copy: that
  // settles them before their word bags are merged.
  const sameContent = contentDice >= MIN_CONTENT_DICE && sharedContent >= MIN_SHARED_CONTENT;
  const containedContent = sharedContent / (minContent || 1) >= MIN_WORD_CONTAINMENT && sharedContent >= MIN_SHARED_CONTENT_CONTAINED;
  if (!sameContent && !containedContent) return null;

  const sharedWords = overlap(a.bag, b.bag);
  const minWords = Math.min(a.wordCount, b.wordCount);
  const minShingles = Math.min(a.shingles.length, b.shingles.length);
  const wordDice = (2 * sharedWords) / (a.wordCount + b.wordCount);
  const shingleDice = (2 * sharedShingles) / (a.shingles.length + b.shingles.length);

  const sameLength =
    wordDice >= MIN_WORD_DICE &&
    sameContent &&
    shingleDice >= MIN_SHINGLE_DICE &&
    substitutions(a, b, sharedContent) <= Math.max(1, Math.floor(sharedContent / CONTENT_PER_SUBSTITUTION)) &&
    changedFacts(a, b, false) * CONTENT_PER_CHANGED_FACT <= sharedContent;
  if (sameLength) return { kind: 'near', similarity: round(Math.min(wordDice, 0.99)) };

  const wordContainment = sharedWords / minWords;
  const contained =
    minWords >= MIN_CONTAINED_SHARE * Math.max(a.wordCount, b.wordCount) &&
    wordContainment >= MIN_WORD_CONTAINMENT &&
    sharedShingles / minShingles >= MIN_SHINGLE_CONTAINMENT &&
    containedContent &&
    changedFacts(a, b, true) * CONTENT_PER_CHANGED_FACT <= sharedContent;
  if (contained) return { kind: 'near', similarity: round(Math.min(wordContainment, 0.99)) };
  return null;
}

/** Content words replaced rather than added or dropped: those missing from both sides, paired up. */
function substitutions(a: Fingerprint, b: Fingerprint, sharedContent: number): number {
  return Math.min(a.content.length - sharedContent, b.content.length - sharedContent);
}

/**
 * Figures and names in one paragraph missing from the other (a name in no form: see
 * `namesWithoutVariant`). For containment only the smaller
 * side's count: the larger may add facts, but the part it repeats must keep its own.
 */
function changedFacts(a: Fingerprint, b: Fingerprint, smallerOnly: boolean): number {
  const missing = (from: Fingerprint, to: Fingerprint): number => {
    const lostNames = from.names.length - overlap(from.names, to.content);
    return from.numbers.length - overlap(from.numbers, to.content) + (lostNames > 0 ? namesWithoutVariant(from, to) : 0);
  };
  if (smallerOnly && a.wordCount !== b.wordCount) return a.wordCount < b.wordCount ? missing(a, b) : missing(b, a);
  return Math.max(missing(a, b), missing(b, a));
}

/**
 * Names of `from` that `to` has in no form. A copy edited for house style writes "Asterra's
 * ministry" as "the Asterran ministry" or "Canada" as "Canadian": the same fact, not a new one.
 * Only reached when some name's exact token is missing, so the strings are read rarely.
 */
function namesWithoutVariant(from: Fingerprint, to: Fingerprint): number {
  const theirs = to.nameForms;
  let lost = 0;
  for (const name of from.nameForms) {
    if (to.hasToken(name.token)) continue;
    if (!theirs.some((other) => isVariant(name.stem, other.stem))) lost++;
  }
  return lost;
}

// A place and the adjective made from it: the stem, perhaps without its final -a, -ia, -e or -y,
// then one of these endings ("iran"/"iranian", "canada"/"canadian", "china"/"chinese",
// "veloria"/"veloran"). Names that merely start alike ("austria"/"australia", "paul"/"paula",
// "martin"/"martinez") are different names.
const MIN_VARIANT_STEM = 4;
const DEMONYM_ENDINGS = new Set(['n', 'an', 'ian', 'ean', 'ese', 'i', 'ish']);
function isVariant(a: string, b: string): boolean {
  return demonymOf(a, b) || demonymOf(b, a);
}
function demonymOf(place: string, adjective: string): boolean {
  for (const drop of ['', 'a', 'ia', 'e', 'y']) {
    if (drop && !place.endsWith(drop)) continue;
    const stem = place.slice(0, place.length - drop.length);
    if (stem.length >= MIN_VARIANT_STEM && adjective.startsWith(stem) && DEMONYM_ENDINGS.has(adjective.slice(stem.length))) return true;
  }
  return false;
}

/** Size of the intersection of two sorted arrays (as multisets when values repeat). */
function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
