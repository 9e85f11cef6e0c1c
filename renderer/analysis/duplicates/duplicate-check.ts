// Incremental duplicate detection. Whether two paragraphs match does not depend on where
// they stand, so matches are cached per pair; order only decides, at `findings()`, which
// of a pair is the copy and which paragraph is the earliest original.
import type { DocView, DuplicateFinding, IncrementalCheck, ParagraphChangeType } from '../types';
import { CandidateIndex } from './candidate-index';
import { compare, mayMatch, minSharedShingles, sharedShingles, type Match } from './compare';
import { fingerprint, type Fingerprint } from './fingerprint';

export class DuplicateCheck implements IncrementalCheck<DuplicateFinding> {
  private readonly slots = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly prints = new Map<string, { text: string; fp: Fingerprint }>();
  private readonly index = new CandidateIndex();
  /** Symmetric: id → matching id → match. Only paragraphs with at least one match have an entry. */
  private readonly matches = new Map<string, Map<string, Match>>();

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
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
    this.index.forEachCandidate(fp, slot, minSharedShingles(fp) - 1, (otherSlot, counted, skipped) => {
      const otherId = this.ids[otherSlot];
      const other = otherId === undefined ? undefined : this.prints.get(otherId);
      if (otherId === undefined || !other || !mayMatch(fp, other.fp, counted + skipped)) return;
      const match = compare(fp, other.fp, skipped > 0 ? sharedShingles(fp, other.fp) : counted);
      if (!match) return;
      this.link(id, otherId, match);
      this.link(otherId, id, match);
    });
    this.index.add(slot, fp);
  }

  private forget(id: string): void {
    const known = this.prints.get(id);
    const slot = this.slots.get(id);
    if (!known || slot === undefined) return;
    this.index.remove(slot, known.fp);
    this.prints.delete(id);
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.freeSlots.push(slot);
    for (const otherId of this.matches.get(id)?.keys() ?? []) {
      const theirs = this.matches.get(otherId);
      theirs?.delete(id);
      if (theirs?.size === 0) this.matches.delete(otherId);
    }
    this.matches.delete(id);
  }

  private link(from: string, to: string, match: Match): void {
    let partners = this.matches.get(from);
    if (!partners) this.matches.set(from, (partners = new Map()));
    partners.set(to, match);
  }
}
