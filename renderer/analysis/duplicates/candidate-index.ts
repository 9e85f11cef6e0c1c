// Inverted indexes from exact keys and shingles to paragraph slots (small integers): the only
// paragraphs worth comparing with a given one share its key or some of its shingles.
import type { Fingerprint } from './fingerprint';

// Posting lists at least this long are worth skipping when a probe may skip some.
const COMMON_POSTING = 16;
const EMPTY: number[] = [];

export class CandidateIndex {
  private readonly byKey = new Map<string, number[]>();
  // Most shingles occur once, so a lone slot is stored bare rather than in an array.
  private readonly byShingle = new Map<number, number | number[]>();
  private counts = new Int32Array(256);
  private readonly touched: number[] = [];
  private readonly postings: (number | number[])[] = [];

  add(slot: number, fp: Fingerprint): void {
    if (!fp.eligible) return;
    const same = this.byKey.get(fp.key);
    if (same) same.push(slot);
    else this.byKey.set(fp.key, [slot]);
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting === undefined) this.byShingle.set(s, slot);
      else if (typeof posting === 'number') this.byShingle.set(s, [posting, slot]);
      else posting.push(slot);
    }
  }

  remove(slot: number, fp: Fingerprint): void {
    if (!fp.eligible) return;
    const same = this.byKey.get(fp.key);
    if (same) {
      without(same, slot);
      if (same.length === 0) this.byKey.delete(fp.key);
    }
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting === slot) this.byShingle.delete(s);
      else if (Array.isArray(posting)) {
        without(posting, slot);
        if (posting.length === 1) this.byShingle.set(s, posting[0] ?? slot);
      }
    }
  }

  /**
   * Calls `visit` once for each slot (except `self`) that shares the key or a probed shingle
   * with `fp`, with the number of probed shingles shared. Up to `maxSkip` of `fp`'s most
   * common shingles (those in many paragraphs) are not probed, so `visit` also gets how many
   * were skipped: the true count lies between `counted` and `counted + skipped`. A callback,
   * so probing allocates little.
   */
  forEachCandidate(
    fp: Fingerprint,
    self: number,
    maxSkip: number,
    visit: (slot: number, counted: number, skipped: number) => void,
  ): void {
    if (!fp.eligible) return;
    // Look every posting list up once, then leave out the longest few.
    const postings = this.postings;
    postings.length = 0;
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting !== undefined) postings.push(posting);
    }
    let skipped = 0;
    while (skipped < maxSkip) {
      let longest = -1;
      let longestLength = COMMON_POSTING - 1;
      for (let i = 0; i < postings.length; i++) {
        const p = postings[i];
        if (Array.isArray(p) && p.length > longestLength) {
          longest = i;
          longestLength = p.length;
        }
      }
      if (longest < 0) break;
      postings[longest] = EMPTY;
      skipped++;
    }
    const touched = this.touched;
    touched.length = 0;
    for (const posting of postings) {
      if (typeof posting === 'number') this.bump(posting);
      else for (const slot of posting) this.bump(slot);
    }
    // Exact copies share every shingle; the key also finds copies without any.
    for (const slot of this.byKey.get(fp.key) ?? []) if (!this.counts[slot]) touched.push(slot);
    const found = touched.slice();
    const counted = found.map((slot) => this.counts[slot] ?? 0);
    for (const slot of found) this.counts[slot] = 0;
    found.forEach((slot, i) => {
      if (slot !== self) visit(slot, counted[i] ?? 0, skipped);
    });
  }

  private bump(slot: number): void {
    if (slot >= this.counts.length) this.grow(slot);
    if (this.counts[slot] === 0) this.touched.push(slot);
    this.counts[slot] = (this.counts[slot] ?? 0) + 1;
  }

  private grow(slot: number): void {
    let size = this.counts.length;
    while (size <= slot) size *= 2;
    const next = new Int32Array(size);
    next.set(this.counts);
    this.counts = next;
  }
}

function without(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i < 0) return;
  list[i] = list[list.length - 1] ?? value;
  list.pop();
}
