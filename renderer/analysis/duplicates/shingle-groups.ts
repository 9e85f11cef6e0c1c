// The batch run's index: every (shingle, paragraph) pair sorted once into groups of
// paragraphs that share a shingle. Sorting flat typed arrays is far cheaper than filling a
// Map per shingle, and the incremental check's CandidateIndex is only needed when editing.
import type { Fingerprint } from './fingerprint';

// Shingle hashes have 30 bits: two passes of a 15-bit radix sort order them.
const DIGIT_BITS = 15;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

// Each pass below is a function of its own: the constructor runs once, so V8 optimises its
// loops while they run (on-stack replacement), and one function holding all of them was
// thrown away and compiled again at every loop it had not reached yet.

/** Counts of each digit at `shift`, as the first index of each digit's run in the output. */
function digitStarts(keys: Uint32Array, total: number, shift: number, counts: Int32Array): void {
  counts.fill(0);
  for (let p = 0; p < total; p++) {
    const d = (((keys[p] ?? 0) >>> shift) & DIGIT_MASK) + 1;
    counts[d] = (counts[d] ?? 0) + 1;
  }
  runningTotals(counts);
}

function runningTotals(counts: Int32Array): void {
  for (let d = 1; d < counts.length; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
}

/** One stable pass: pairs moved into the output in order of their digit at `shift`. */
function scatter(keys: Uint32Array, positions: Int32Array, total: number, shift: number, counts: Int32Array, keysOut: Uint32Array, positionsOut: Int32Array): void {
  for (let p = 0; p < total; p++) {
    const key = keys[p] ?? 0;
    const d = (key >>> shift) & DIGIT_MASK;
    const at = counts[d] ?? 0;
    counts[d] = at + 1;
    keysOut[at] = key;
    positionsOut[at] = positions[p] ?? 0;
  }
}

/** Stable radix sort of (key, position) pairs by key: positions stay ascending within a key.
 * Two passes: the sorted pairs end up back in the arrays given. */
function sortPairs(keys: Uint32Array, positions: Int32Array, total: number): void {
  const keysOut = new Uint32Array(total);
  const positionsOut = new Int32Array(total);
  const counts = new Int32Array(DIGIT_MASK + 2);
  digitStarts(keys, total, 0, counts);
  scatter(keys, positions, total, 0, counts, keysOut, positionsOut);
  digitStarts(keysOut, total, DIGIT_BITS, counts);
  scatter(keysOut, positionsOut, total, DIGIT_BITS, counts, keys, positions);
}

/** Group starts over sorted pairs, and each paragraph's groups (filled from `offsets`). */
function groupPairs(keys: Uint32Array, positions: Int32Array, total: number, offsets: Int32Array, count: number): [Int32Array, Int32Array] {
  const groupStart: number[] = [];
  const groupsOf = new Int32Array(total);
  const fill = offsets.slice(0, count);
  let previous = -1;
  for (let p = 0; p < total; p++) {
    const shingle = keys[p] ?? 0;
    const position = positions[p] ?? 0;
    if (shingle !== previous) {
      groupStart.push(p);
      previous = shingle;
    }
    const at = fill[position] ?? 0;
    fill[position] = at + 1;
    groupsOf[at] = groupStart.length - 1;
  }
  groupStart.push(total);
  return [Int32Array.from(groupStart), groupsOf];
}

export class ShingleGroups {
  /** Paragraph positions, grouped by shingle, ascending within a group. */
  readonly members: Int32Array;
  /** Group g spans members[groupStart[g] .. groupStart[g + 1]). */
  readonly groupStart: Int32Array;
  /** Paragraph i's groups are groupsOf[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly groupsOf: Int32Array;

  constructor(prints: readonly Fingerprint[]) {
    const offsets = new Int32Array(prints.length + 1);
    prints.forEach((fp, i) => (offsets[i + 1] = (offsets[i] ?? 0) + (fp.eligible ? fp.shingles.length : 0)));
    const total = offsets[prints.length] ?? 0;
    // Pairs in paragraph order; a stable radix sort by shingle keeps positions ascending
    // within each group (linear time: a comparison sort of the pairs cost several times more).
    const keys = new Uint32Array(total);
    const positions = new Int32Array(total);
    let k = 0;
    prints.forEach((fp, i) => {
      if (!fp.eligible) return;
      for (const s of fp.shingles) {
        keys[k] = s;
        positions[k++] = i;
      }
    });
    sortPairs(keys, positions, total);
    const [groupStart, groupsOf] = groupPairs(keys, positions, total, offsets, prints.length);
    this.members = positions;
    this.groupStart = groupStart;
    this.offsets = offsets;
    this.groupsOf = groupsOf;
  }

  groupSize(g: number): number {
    return (this.groupStart[g + 1] ?? 0) - (this.groupStart[g] ?? 0);
  }
}
