// Inverted indexes from exact keys and shingles to paragraph slots (small integers): the only
// paragraphs worth comparing with a given one share its key or one of its rarer shingles.
import type { Fingerprint } from './fingerprint';

/** A shingle held by more paragraphs than this keeps them in a set: a common one ("said on
 * Monday") is held by thousands, and finding a slot in an array that long on every edit cost
 * more than the rest of the edit's duplicate check. */
const SET_ABOVE = 64;

export class CandidateIndex {
  private readonly byKey = new Map<string, number[]>();
  // Most shingles occur once, so a lone slot is stored bare rather than in an array.
  private readonly byShingle = new Map<number, number | number[] | Set<number>>();

  add(slot: number, fp: Fingerprint): void {
    if (!fp.eligible) return;
    const same = this.byKey.get(fp.key);
    if (same) same.push(slot);
    else this.byKey.set(fp.key, [slot]);
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting === undefined) this.byShingle.set(s, slot);
      else if (typeof posting === 'number') this.byShingle.set(s, [posting, slot]);
      else if (Array.isArray(posting)) {
        posting.push(slot);
        if (posting.length > SET_ABOVE) this.byShingle.set(s, new Set(posting));
      } else posting.add(slot);
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
      } else if (posting instanceof Set) posting.delete(slot);
    }
  }

  /** How many indexed paragraphs hold shingle `s`. */
  frequency(s: number): number {
    const posting = this.byShingle.get(s);
    return posting === undefined ? 0 : typeof posting === 'number' ? 1 : holderCount(posting);
  }

  /** The slots holding shingle `s`. */
  holders(s: number): readonly number[] {
    const posting = this.byShingle.get(s);
    return posting === undefined ? [] : typeof posting === 'number' ? [posting] : Array.isArray(posting) ? posting : [...posting];
  }

  /** Slots other than `self` sharing the key or a shingle held by at most `maxFrequency` paragraphs. */
  candidates(fp: Fingerprint, self: number, maxFrequency: number): Set<number> {
    const out = new Set<number>();
    if (!fp.eligible) return out;
    for (const s of fp.shingles) {
      const posting = this.byShingle.get(s);
      if (posting === undefined) continue;
      if (typeof posting === 'number') out.add(posting);
      else if (holderCount(posting) <= maxFrequency) for (const slot of posting) out.add(slot);
    }
    for (const slot of this.byKey.get(fp.key) ?? []) out.add(slot);
    out.delete(self);
    return out;
  }
}

const holderCount = (posting: number[] | Set<number>): number => (Array.isArray(posting) ? posting.length : posting.size);

function without(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i < 0) return;
  list[i] = list[list.length - 1] ?? value;
  list.pop();
}
