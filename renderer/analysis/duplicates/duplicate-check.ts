// Incremental duplicate detection. Whether two paragraphs match does not depend on where
// they stand, so matches are cached per pair; order only decides, at `findings()`, which
// of a pair is the copy and which paragraph is the earliest original.
import type { DocView, DuplicateFinding, IncrementalCheck, ParagraphChangeType } from '../types';
import { CandidateIndex } from './candidate-index';
import { areCandidates, compare, MAX_SHINGLE_FREQUENCY, type DuplicateOptions, type Match } from './compare';
import { fingerprint, type Fingerprint } from './fingerprint';

export class DuplicateCheck implements IncrementalCheck<DuplicateFinding> {
  private readonly slots = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly prints = new Map<string, { text: string; fp: Fingerprint }>();
  private readonly index = new CandidateIndex();
  /** Symmetric: id → matching id → match. Only paragraphs with at least one match have an entry. */
  private readonly matches = new Map<string, Map<string, Match>>();
  private readonly maxFrequency: number;
  private readonly isRare = (s: number): boolean => this.index.frequency(s) <= this.maxFrequency;
  /** The last findings, kept while no pair and no paragraph's position changes (the editor asks
   * after every keystroke, and most keystrokes change neither). */
  private lastFindings: DuplicateFinding[] | null = null;

  constructor(options: DuplicateOptions = {}) {
    this.maxFrequency = options.maxShingleFrequency ?? MAX_SHINGLE_FREQUENCY;
  }

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
    if (type !== 'update') this.lastFindings = null;
    if (type === 'move') return; // the pairs are unchanged; findings() reads the new order
    if (type === 'remove') {
      this.forget(id);
      return;
    }
    const text = doc.textOf(id);
    if (this.prints.get(id)?.text === text) return;
    this.forget(id);
    this.learn(id, text);
  }

  findings(doc: DocView): DuplicateFinding[] {
    return (this.lastFindings ??= this.pairFindings(doc));
  }

  private pairFindings(doc: DocView): DuplicateFinding[] {
    const out: DuplicateFinding[] = [];
    for (const [id, partners] of this.matches) {
      const index = doc.indexOf(id);
      if (index < 0) continue;
      let best: { id: string; index: number; match: Match } | null = null;
      for (const [otherId, match] of partners) {
        const other = doc.indexOf(otherId);
        if (other >= 0 && other < index && (!best || other < best.index)) best = { id: otherId, index: other, match };
      }
      if (best) out.push({ paragraphId: id, index, ofId: best.id, ofIndex: best.index, ...best.match });
    }
    return out.sort((a, b) => a.index - b.index);
  }

  private learn(id: string, text: string): void {
    const fp = fingerprint(text);
    this.prints.set(id, { text, fp });
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.slots.set(id, slot);
    this.ids[slot] = id;
    this.index.add(slot, fp);
    if (!fp.eligible) return;
    // Shingles this paragraph made common no longer pair up the paragraphs holding them.
    for (const s of fp.shingles) if (this.index.frequency(s) === this.maxFrequency + 1) this.recheckHolders(s, slot);
    for (const otherSlot of this.index.candidates(fp, slot, this.maxFrequency)) {
      const otherId = this.ids[otherSlot];
      const other = otherId === undefined ? undefined : this.prints.get(otherId);
      const match = other && compare(fp, other.fp);
      if (otherId !== undefined && match) this.link(id, otherId, match);
    }
  }

  private forget(id: string): void {
    const known = this.prints.get(id);
    const slot = this.slots.get(id);
    if (!known || slot === undefined) return;
    for (const otherId of [...(this.matches.get(id)?.keys() ?? [])]) this.unlink(id, otherId);
    this.index.remove(slot, known.fp);
    this.prints.delete(id);
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.freeSlots.push(slot);
    // Shingles that became rare again may pair up the paragraphs holding them.
    if (known.fp.eligible) for (const s of known.fp.shingles) if (this.index.frequency(s) === this.maxFrequency) this.pairHolders(s);
  }

  /** Drops links among the holders of a newly common shingle that no rare shingle supports. */
  private recheckHolders(s: number, except: number): void {
    for (const slot of this.index.holders(s)) {
      const id = this.ids[slot];
      if (slot === except || id === undefined) continue;
      const mine = this.prints.get(id)?.fp;
      for (const otherId of [...(this.matches.get(id)?.keys() ?? [])]) {
        const theirs = this.prints.get(otherId)?.fp;
        if (mine && theirs && !areCandidates(mine, theirs, this.isRare)) this.unlink(id, otherId);
      }
    }
  }

  /** Compares every pair of holders of a shingle that has just become rare. */
  private pairHolders(s: number): void {
    const holders = this.index.holders(s).map((slot) => this.ids[slot]).filter((id): id is string => id !== undefined);
    holders.forEach((a, i) => {
      const fa = this.prints.get(a)?.fp;
      for (const b of holders.slice(i + 1)) {
        const fb = this.prints.get(b)?.fp;
        if (!fa || !fb || this.matches.get(a)?.has(b)) continue;
        const match = compare(fa, fb);
        if (match) this.link(a, b, match);
      }
    });
  }

  private link(a: string, b: string, match: Match): void {
    this.lastFindings = null;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let partners = this.matches.get(from);
      if (!partners) this.matches.set(from, (partners = new Map()));
      partners.set(to, match);
    }
  }

  private unlink(a: string, b: string): void {
    this.lastFindings = null;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const partners = this.matches.get(from);
      partners?.delete(to);
      if (partners?.size === 0) this.matches.delete(from);
    }
  }
}
