// The batch run's index: every (shingle, paragraph) pair sorted once into groups of
// paragraphs that share a shingle. One typed-array sort is far cheaper than filling a Map
// per shingle, and the incremental check's CandidateIndex is only needed when editing.
import type { Fingerprint } from './fingerprint';

// Shingle hashes have 30 bits and positions get 23: a pair packs exactly into a double's 53.
const POSITION_BITS = 2 ** 23;

export class ShingleGroups {
  /** Paragraph positions, grouped by shingle, ascending within a group. */
  readonly members: Int32Array;
  /** Group g spans members[groupStart[g] .. groupStart[g + 1]). */
  readonly groupStart: Int32Array;
  /** Paragraph i's groups are groupsOf[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly groupsOf: Int32Array;

  constructor(prints: readonly Fingerprint[]) {
    // Eight million paragraphs is far beyond any article; fail loudly rather than mis-pack.
    if (prints.length > POSITION_BITS) throw new RangeError(`too many paragraphs to group: ${prints.length}`);
    const offsets = new Int32Array(prints.length + 1);
    prints.forEach((fp, i) => (offsets[i + 1] = (offsets[i] ?? 0) + (fp.eligible ? fp.shingles.length : 0)));
    const total = offsets[prints.length] ?? 0;
    const packed = new Float64Array(total);
    let k = 0;
    prints.forEach((fp, i) => {
      if (!fp.eligible) return;
      for (const s of fp.shingles) packed[k++] = s * POSITION_BITS + i;
    });
    packed.sort();

    const members = new Int32Array(total);
    const groupStart: number[] = [];
    const groupsOf = new Int32Array(total);
    const fill = offsets.slice(0, prints.length);
    let previous = -1;
    for (let p = 0; p < total; p++) {
      const value = packed[p] ?? 0;
      const shingle = Math.floor(value / POSITION_BITS);
      const position = value - shingle * POSITION_BITS;
      if (shingle !== previous) {
        groupStart.push(p);
        previous = shingle;
      }
      members[p] = position;
      const at = fill[position] ?? 0;
      fill[position] = at + 1;
      groupsOf[at] = groupStart.length - 1;
    }
    groupStart.push(total);
    this.members = members;
    this.groupStart = Int32Array.from(groupStart);
    this.offsets = offsets;
    this.groupsOf = groupsOf;
  }

  groupSize(g: number): number {
    return (this.groupStart[g + 1] ?? 0) - (this.groupStart[g] ?? 0);
  }
}
