// Which paragraphs read which entries of the cross-paragraph state. After an edit the pass
// must find the next paragraph a state difference matters to; a difference no paragraph reads
// for thousands of paragraphs (a name typed into one place) should not cost reading them all.
import type { ParagraphSummary } from './attribution';
import { stateKeys } from './resolve';

/** True when the paragraph reads or writes a state entry in the difference. */
export function readsAny(p: ParagraphSummary, diff: ReadonlyMap<string, unknown>): boolean {
  for (const k of stateKeys(p)) if (diff.has(k)) return true;
  return false;
}

/** Paragraph ids by the state keys their summaries read, kept in step with each paragraph's summary. */
export class ReaderIndex {
  private byKey = new Map<string, Set<string>>();
  private indexed = new Map<string, ParagraphSummary>();

  /** The index of a whole document's paragraphs. */
  static of(ids: readonly string[], summaries: readonly ParagraphSummary[]): ReaderIndex {
    const index = new ReaderIndex();
    for (let i = 0; i < ids.length; i++) index.sync(ids[i] as string, summaries[i] as ParagraphSummary);
    return index;
  }

  /** Records `id`'s current summary (nothing to do when it is the one already indexed). */
  sync(id: string, summary: ParagraphSummary): void {
    const old = this.indexed.get(id);
    if (old === summary) return;
    if (old) this.drop(id, old);
    this.indexed.set(id, summary);
    for (const key of stateKeys(summary)) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(id: string): void {
    const old = this.indexed.get(id);
    if (!old) return;
    this.drop(id, old);
    this.indexed.delete(id);
  }

  /** The smallest position at or after `from` (below `end`) of a paragraph reading any key of `diff`, else `end`. */
  firstReader(diff: ReadonlyMap<string, unknown>, from: number, end: number, indexOf: (id: string) => number): number {
    let best = end;
    for (const key of diff.keys()) {
      const ids = this.byKey.get(key);
      if (!ids) continue;
      for (const id of ids) {
        const at = indexOf(id);
        if (at >= from && at < best) best = at;
      }
    }
    return best;
  }

  private drop(id: string, summary: ParagraphSummary): void {
    for (const key of stateKeys(summary)) {
      const ids = this.byKey.get(key);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.byKey.delete(key);
    }
  }
}
