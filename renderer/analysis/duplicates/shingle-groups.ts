// The batch run's index: every (shingle, paragraph) pair sorted once into groups of
// paragraphs that share a shingle. Sorting flat typed arrays is far cheaper than filling a
// Map per shingle, and the incremental check's CandidateIndex is only needed when editing.
import type { Fingerprint } from './fingerprint';

// Shingle hashes have 30 bits: two passes of a 15-bit radix sort order them.
const DIGIT_BITS = 15;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

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
    let keys = new Uint32Array(total);
    let positions = new Int32Array(total);
    let k = 0;
    prints.forEach((fp, i) => {
      if (!fp.eligible) return;
      for (const s of fp.shingles) {
        keys[k] = s;
        positions[k++] = i;
      }
    });
    let keysOut = new Uint32Array(total);
    let positionsOut = new Int32Array(total);
    const counts = new Int32Array(DIGIT_MASK + 2);
    for (let shift = 0; shift < 30; shift += DIGIT_BITS) {
      counts.fill(0);
      for (let p = 0; p < total; p++) {
        const d = (((keys[p] ?? 0) >>> shift) & DIGIT_MASK) + 1;
        counts[d] = (counts[d] ?? 0) + 1;
      }
      for (let d = 1; d < counts.length; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
      for (let p = 0; p < total; p++) {
        const key = keys[p] ?? 0;
        const d = (key >>> shift) & DIGIT_MASK;
        const at = counts[d] ?? 0;
        counts[d] = at + 1;
        keysOut[at] = key;
        positionsOut[at] = positions[p] ?? 0;
      }
      [keys, keysOut] = [keysOut, keys];
      [positions, positionsOut] = [positionsOut, positions];
    }

    const groupStart: number[] = [];
    const groupsOf = new Int32Array(total);
    const fill = offsets.slice(0, prints.length);
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
    this.members = positions;
    this.groupStart = Int32Array.from(groupStart);
    this.offsets = offsets;
    this.groupsOf = groupsOf;
  }

  groupSize(g: number): number {
    return (this.groupStart[g + 1] ?? 0) - (this.groupStart[g] ?? 0);
  }
}
