// Inverted indexes from exact keys and shingles to paragraph slots (small integers): the only
// paragraphs worth comparing with a given one share its key or one of its rarer shingles.
import type { Fingerprint } from './fingerprint';

export class CandidateIndex {
  private readonly byKey = new Map<string, number[]>();
  // Most shingles occur once, so a lone slot is stored bare rather than in an array.
  private readonly byShingle = new Map<number, number | number[]>();

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

  /** How many indexed paragraphs hold shingle `s`. */
  frequency(s: number): number {
    const posting = this.byShingle.get(s);
    return posting === undefined ? 0 : typeof posting === 'number' ? 1 : posting.length;
  }

  /** The slots holding shingle `s`. */
  holders(s: number): readonly number[] {
    const posting = this.byShingle.get(s);
    return posting === undefined ? [] : typeof posting === 'number' ? [posting] : posting;
  }

  /** Slots other than `self` sharing the key or a shingle held by at most `maxFrequency` paragraphs. */
  candidates(fp: Fingerprint, self: number, maxFrequency: number): Set<number> {
    const out = new Set<number>();
    if (!fp.eligible) return out;
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting === undefined) continue;
      if (typeof posting === 'number') out.add(posting);
      else if (posting.length <= maxFrequency) for (const slot of posting) out.add(slot);
    }
    for (const slot of this.byKey.get(fp.key) ?? []) out.add(slot);
    out.delete(self);
    return out;
  }
}

function without(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i < 0) return;
  list[i] = list[list.length - 1] ?? value;
  list.pop();
}
