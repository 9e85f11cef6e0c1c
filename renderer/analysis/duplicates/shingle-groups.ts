// The batch run's index: every (shingle, paragraph) pair sorted once into groups of
// paragraphs that share a shingle. Sorting flat typed arrays is far cheaper than filling a
// Map per shingle, and the incremental check's CandidateIndex is only needed when editing.
import type { Fingerprint } from './fingerprint';

// Shingle hashes have 30 bits: two passes of a 15-bit radix sort order them.
const DIGIT_BITS = 15;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

// Each pass below is a function of its own: the constructor runs once, so V8 optimises its
// loops while they run (on-stack replacement), and one function holding all of them was
// thrown away and compiled again at every loop it had not reached yet. For the same reason
// no pass calls anything after its loop (a call never run before also threw the code away).

/** Counts of each digit at `shift` (digit d counted at d + 1). */
function countDigits(keys: Uint32Array, total: number, shift: number, counts: Int32Array): void {
  counts.fill(0);
  for (let p = 0; p < total; p++) {
    const d = (((keys[p] ?? 0) >>> shift) & DIGIT_MASK) + 1;
    counts[d] = (counts[d] ?? 0) + 1;
  }
}

/** Counts (from countDigits) into the first index of each digit's run in the output. */
function runningTotals(counts: Int32Array): void {
  for (let d = 1; d < counts.length; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
}

/** One stable pass: pairs moved into the output in order of their digit at `shift`. */
function scatter(keys: Uint32Array, slots: Int32Array, total: number, shift: number, counts: Int32Array, keysOut: Uint32Array, slotsOut: Int32Array): void {
  for (let p = 0; p < total; p++) {
    const key = keys[p] ?? 0;
    const d = (key >>> shift) & DIGIT_MASK;
    const at = counts[d] ?? 0;
    counts[d] = at + 1;
    keysOut[at] = key;
    slotsOut[at] = slots[p] ?? 0;
  }
}

/** Stable radix sort of (key, slot) pairs by key: slots stay ascending within a key.
 * Two passes: the sorted pairs end up back in the arrays given. */
function sortPairs(keys: Uint32Array, slots: Int32Array, total: number): void {
  const keysOut = new Uint32Array(total);
  const slotsOut = new Int32Array(total);
  const counts = new Int32Array(DIGIT_MASK + 2);
  countDigits(keys, total, 0, counts);
  runningTotals(counts);
  scatter(keys, slots, total, 0, counts, keysOut, slotsOut);
  countDigits(keysOut, total, DIGIT_BITS, counts);
  runningTotals(counts);
  scatter(keysOut, slotsOut, total, DIGIT_BITS, counts, keys, slots);
}

/** Walks the sorted pairs group by group, filling `members` and the per-slot arrays. */
function fillGroups(keys: Uint32Array, slots: Int32Array, owner: Int32Array, groups: ShingleGroups): void {
  const { members, groupStart, groupSize, earlier } = groups;
  const total = members.length;
  let start = 0;
  while (start < total) {
    const shingle = keys[start] ?? 0;
    let end = start + 1;
    while (end < total && keys[end] === shingle) end++;
    for (let q = start; q < end; q++) {
      const slot = slots[q] ?? 0;
      members[q] = owner[slot] ?? 0;
      groupStart[slot] = start;
      groupSize[slot] = end - start;
      earlier[slot] = q - start;
    }
    start = end;
  }
}

/**
 * Every eligible paragraph's shingles in paragraph order ("slots"), and for each slot the
 * group of paragraphs holding the same shingle. A paragraph's slots are in shingle order,
 * and so are the groups: the group starts of one paragraph's slots ascend.
 */
export class ShingleGroups {
  /** Paragraph positions, grouped by shingle, ascending within a group. */
  readonly members: Int32Array;
  /** Paragraph i's shingles are slots offsets[i] .. offsets[i + 1]. */
  readonly offsets: Int32Array;
  /** Per slot: where its group starts in `members`. */
  readonly groupStart: Int32Array;
  /** Per slot: how many paragraphs hold its shingle. */
  readonly groupSize: Int32Array;
  /** Per slot: how many paragraphs before this one hold it: members[groupStart .. groupStart + earlier]. */
  readonly earlier: Int32Array;

  constructor(prints: readonly Fingerprint[]) {
    const offsets = new Int32Array(prints.length + 1);
    prints.forEach((fp, i) => (offsets[i + 1] = (offsets[i] ?? 0) + (fp.eligible ? fp.shingles.length : 0)));
    const total = offsets[prints.length] ?? 0;
    // (shingle, slot) pairs in paragraph order; a stable radix sort by shingle keeps slots,
    // and so paragraphs, ascending within each group (linear time: a comparison sort of the
    // pairs cost several times more).
    const keys = new Uint32Array(total);
    const slots = new Int32Array(total);
    const owner = new Int32Array(total);
    let k = 0;
    prints.forEach((fp, i) => {
      if (!fp.eligible) return;
      const { shingles } = fp;
      for (let s = 0; s < shingles.length; s++) {
        keys[k] = shingles[s] ?? 0;
        slots[k] = k;
        owner[k++] = i;
      }
    });
    sortPairs(keys, slots, total);
    this.offsets = offsets;
    this.members = new Int32Array(total);
    this.groupStart = new Int32Array(total);
    this.groupSize = new Int32Array(total);
    this.earlier = new Int32Array(total);
    fillGroups(keys, slots, owner, this);
  }
}
