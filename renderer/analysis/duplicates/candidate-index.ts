// Inverted indexes from exact keys and shingles to paragraph ids: the only paragraphs worth
// comparing with a given one are those sharing its key or at least one of its shingles.
import type { Fingerprint } from './fingerprint';

export class CandidateIndex {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byShingle = new Map<number, Set<string>>();

  add(id: string, fp: Fingerprint): void {
    if (!fp.eligible) return;
    addTo(this.byKey, fp.key, id);
    for (const s of fp.shingles) addTo(this.byShingle, s, id);
  }

  remove(id: string, fp: Fingerprint): void {
    if (!fp.eligible) return;
    removeFrom(this.byKey, fp.key, id);
    for (const s of fp.shingles) removeFrom(this.byShingle, s, id);
  }

  /** Ids that share the key or a shingle with `fp` (excluding `self`). */
  candidates(fp: Fingerprint, self?: string): Set<string> {
    const out = new Set<string>();
    if (!fp.eligible) return out;
    for (const id of this.byKey.get(fp.key) ?? []) out.add(id);
    for (const s of fp.shingles) for (const id of this.byShingle.get(s) ?? []) out.add(id);
    if (self !== undefined) out.delete(self);
    return out;
  }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

function removeFrom<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
