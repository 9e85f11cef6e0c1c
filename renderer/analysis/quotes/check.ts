// The incremental quote check. Per-paragraph summaries (quote spans, names, attribution cues)
// are cached by paragraph id and text, so an edit re-reads only the edited paragraph. The
// cross-paragraph pass keeps a copy of its state every few paragraphs; after an edit it
// resumes from the checkpoint before the change and stops as soon as its state equals the one
// the previous pass had before the same paragraph, reusing everything after.
import type { DocView, IncrementalCheck, ParagraphChangeType, QuoteFinding, Source } from '../types';
import { type ParagraphSummary, summarizeParagraph } from './attribution';
import { Checkpoints } from './checkpoints';
import {
  ResolveState,
  type StateDifference,
  frozenDifference,
  keyedDifference,
  patchState,
  resolveParagraph,
  countQuotes,
  sameSources,
  sortSources,
  unsortedSources,
} from './resolve';
import { ReaderIndex, readsAny } from './reader-index';
import { firstAt } from '../findings-order';

/** Paragraphs between two saved states. */
const CHECKPOINT_EVERY = 32;
/** Beyond this many edited paragraphs a full pass is cheaper than locating each. */
const MANY_EDITS = 64;
/** Paragraphs read one by one for the first that a state difference matters to, before asking
 * the reader index (most differences are read within a few paragraphs, and reading those is
 * cheaper than the index; a name typed in one place may be read nowhere after it). */
const SCAN_AHEAD = 64;

export class QuoteCheck implements IncrementalCheck<QuoteFinding> {
  private cache = new Map<string, ParagraphSummary>();
  /** Paragraph ids whose text changed since the last pass. */
  private dirty = new Set<string>();
  /** Paragraphs were inserted, removed or moved since the last pass. */
  private reordered = true;
  private ids: string[] = [];
  private summaries: ParagraphSummary[] = [];
  /** State before paragraph i, for some i. */
  private checkpoints = new Checkpoints();
  private endState = new ResolveState();
  private flat: QuoteFinding[] = [];
  private fresh = false;
  private sourceList: Source[] | null = null;
  /** The last sources built, before and after sorting. */
  private builtSources: Source[] = [];
  private sortedSources: Source[] | null = null;
  /** Speech quotes per source id over `flat`. */
  private counts = new Map<string, number>();
  /** Paragraphs the last pass resolved again (the work an edit cost, for tests and profiling). */
  private resolvedLastPass = 0;
  /** Paragraph ids by the state keys they read, for scans ahead that run long: built with a
   * whole document (in the background, before the first keystroke), or when first needed. */
  private readers: ReaderIndex | null = null;

  get lastPassSize(): number {
    return this.resolvedLastPass;
  }

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
    this.fresh = false;
    if (type !== 'update') this.reordered = true;
    if (type === 'remove') {
      this.cache.delete(id);
      this.readers?.remove(id);
      return;
    }
    if (type === 'move') return;
    const text = doc.textOf(id);
    if (this.cache.get(id)?.text !== text) {
      this.cache.set(id, summarizeParagraph(text));
      this.dirty.add(id);
    }
  }

  private summaryOf(id: string, doc: DocView): ParagraphSummary {
    const text = doc.textOf(id);
    let s = this.cache.get(id);
    if (!s || s.text !== text) {
      s = summarizeParagraph(text);
      this.cache.set(id, s);
    }
    return s;
  }

  /** The changed stretch: [from, to) in the new order; the paragraphs after `to` are unchanged. */
  private changedStretch(doc: DocView, ids: string[]): [number, number] {
    const n = ids.length;
    const old = this.ids;
    let from = n;
    let to = n;
    if (this.reordered) {
      from = 0;
      while (from < n && from < old.length && ids[from] === old[from]) from++;
      let tail = 0;
      while (tail < n - from && tail < old.length - from && ids[n - 1 - tail] === old[old.length - 1 - tail]) tail++;
      to = n - tail;
    }
    if (this.dirty.size > MANY_EDITS) return [0, n];
    // a removal leaves an empty stretch that still counts as a change
    let changed = from < to || n !== old.length;
    for (const id of this.dirty) {
      const at = doc.indexOf(id);
      if (at < 0) continue;
      if (!changed) [from, to] = [at, at + 1];
      else [from, to] = [Math.min(from, at), Math.max(to, at + 1)];
      changed = true;
    }
    return [from, to];
  }

  private update(doc: DocView): void {
    if (this.fresh) return;
    const n = doc.length;
    let ids = this.ids;
    if (this.reordered) {
      ids = new Array<string>(n);
      for (let i = 0; i < n; i++) ids[i] = doc.idAt(i);
    }
    const [from, to] = this.changedStretch(doc, ids);
    const delta = n - this.ids.length;
    this.dirty.clear();
    this.reordered = false;
    if (from >= to && delta === 0) {
      this.fresh = true;
      return;
    }

    let summaries = this.summaries;
    const moved = delta !== 0 || ids !== this.ids;
    // the sources list stands while no source's count, name, role or first paragraph changes
    let sourcesChanged = moved;
    if (moved) {
      summaries = new Array<ParagraphSummary>(n);
      for (let i = 0; i < from; i++) summaries[i] = this.summaries[i] as ParagraphSummary;
      for (let i = to; i < n; i++) summaries[i] = this.summaries[i - delta] as ParagraphSummary;
    }
    for (let i = from; i < to; i++) {
      summaries[i] = this.summaryOf(ids[i] as string, doc);
      this.readers?.sync(ids[i] as string, summaries[i] as ParagraphSummary);
    }

    // resume from the last checkpoint before the change (the paragraph before it depends on
    // whether the changed one reopens a quote)
    const oldCps = this.checkpoints;
    const resume = oldCps.lastUpTo(Math.max(0, from - 1));
    const start = resume >= 0 ? (oldCps.at[resume] as number) : 0;
    let state = resume >= 0 ? (oldCps.states[resume] as ResolveState).clone() : new ResolveState();
    const oldFlat = this.flat;
    // the saved states up to the resume point still hold (it was cloned, not changed)
    const cps = new Checkpoints(oldCps.at.slice(0, resume + 1), oldCps.states.slice(0, resume + 1));
    const out: QuoteFinding[] = oldFlat.slice(0, firstAt(oldFlat, start));
    const counts = this.counts;
    /** The counts this pass touched, as they were before it. */
    const countsBefore = new Map<string, number>();
    const count = (f: QuoteFinding, sign: number): void => {
      if (!f.sourceId || f.kind !== 'speech') return;
      const was = counts.get(f.sourceId) ?? 0;
      if (!countsBefore.has(f.sourceId)) countsBefore.set(f.sourceId, was);
      counts.set(f.sourceId, was + sign);
    };
    /** Old paragraphs before this one are accounted for: reused, or their findings uncounted. */
    let oldCursor = start;
    const drop = (x: number, y: number): void => {
      for (let k = firstAt(oldFlat, x), end = firstAt(oldFlat, y); k < end; k++) count(oldFlat[k] as QuoteFinding, -1);
    };
    /** Copies the previous results of new paragraphs [x, y), which resolve as before. */
    const reuse = (x: number, y: number, diff: StateDifference | null): void => {
      drop(oldCursor, x - delta);
      oldCursor = y - delta;
      const a = firstAt(oldFlat, x - delta);
      const b = firstAt(oldFlat, y - delta);
      for (let k = a; k < b; k++) {
        const f = oldFlat[k] as QuoteFinding;
        out.push(delta === 0 ? f : { ...f, index: f.index + delta });
      }
      for (let k = oldCps.firstFrom(x - delta); k < oldCps.length && (oldCps.at[k] as number) < y - delta; k++) {
        const cp = oldCps.states[k] as ResolveState;
        if (diff) cp.defer(diff);
        cps.push((oldCps.at[k] as number) + delta, cp);
      }
    };
    let endState: ResolveState | null = null;
    this.resolvedLastPass = 0;
    /** No comparisons before this paragraph: it reads a key the change touched. */
    let mustRun = -1;
    let i = start;
    while (i < n) {
      const old = i >= to && i > from && i > mustRun ? oldCps.stateAt(i - delta) : undefined;
      if (old) {
        // past the change, the same state before the same paragraph means the same results
        if (state.equals(old)) {
          reuse(i, n, null);
          endState = this.endState;
          break;
        }
        // the states may differ only in entries no paragraph until much later reads
        const diff = keyedDifference(state, old);
        if (diff) {
          const j = this.nextReader(i, diff, summaries, ids, doc);
          const frozen = frozenDifference(diff);
          if (j >= n) {
            reuse(i, n, frozen);
            patchState(this.endState, frozen);
            // (a source is read from the end state's entry under its id)
            for (const key of frozen.keys()) if (key.startsWith('k:') && counts.get(key.slice(2))) sourcesChanged = true;
            endState = this.endState;
            break;
          }
          // the last saved state at or before j
          const k = oldCps.lastUpTo(j - delta);
          const c = k >= 0 ? (oldCps.at[k] as number) + delta : -1;
          if (c > i) {
            // reuse saves the patched state at c, which is the state there now
            reuse(i, c + 1, frozen);
            state = (oldCps.states[k] as ResolveState).clone();
            // c itself is resolved again below
            oldCursor = c - delta;
            out.length = firstAt(out, c);
            i = c;
          }
          mustRun = j;
        }
      }
      if (i % CHECKPOINT_EVERY === 0 && cps.lastPosition !== i) cps.push(i, state.clone());
      this.resolvedLastPass++;
      for (const f of resolveParagraph(state, summaries[i] as ParagraphSummary, summaries[i + 1], i, ids[i] as string)) {
        out.push(f);
        count(f, 1);
      }
      i++;
    }
    if (!endState) drop(oldCursor, this.ids.length);
    if (endState !== this.endState) sourcesChanged = true;
    for (const [id, was] of countsBefore) if (counts.get(id) !== was) sourcesChanged = true;
    if (sourcesChanged) this.sourceList = null;
    this.endState = endState ?? state;
    this.checkpoints = cps;
    this.flat = out;
    this.ids = ids;
    this.summaries = summaries;
    this.fresh = true;
  }

  /** The first paragraph at or after `from` that reads an entry of `diff` (n when none does). */
  private nextReader(from: number, diff: ReadonlyMap<string, unknown>, summaries: ParagraphSummary[], ids: string[], doc: DocView): number {
    const n = summaries.length;
    const end = Math.min(n, from + SCAN_AHEAD);
    for (let j = from; j < end; j++) if (readsAny(summaries[j] as ParagraphSummary, diff)) return j;
    if (end === n) return n;
    this.readers ??= ReaderIndex.of(ids, summaries);
    return this.readers.firstReader(diff, end, n, (id) => doc.indexOf(id));
  }

  /** Loads a whole document at once: reads every paragraph and runs one pass, saving states
   * to resume from. Costs about one batch analysis; edits after it are incremental. */
  reset(doc: DocView): void {
    const n = doc.length;
    const ids = new Array<string>(n);
    const summaries = new Array<ParagraphSummary>(n);
    const cache = new Map<string, ParagraphSummary>();
    for (let i = 0; i < n; i++) {
      const id = doc.idAt(i);
      ids[i] = id;
      const text = doc.textOf(id);
      const s = this.cache.get(id);
      const summary = s && s.text === text ? s : summarizeParagraph(text);
      cache.set(id, summary);
      summaries[i] = summary;
    }
    const state = new ResolveState();
    const cps = new Checkpoints();
    const out: QuoteFinding[] = [];
    for (let i = 0; i < n; i++) {
      if (i % CHECKPOINT_EVERY === 0) cps.push(i, state.clone());
      for (const f of resolveParagraph(state, summaries[i] as ParagraphSummary, summaries[i + 1], i, ids[i] as string)) out.push(f);
    }
    this.cache = cache;
    this.readers = ReaderIndex.of(ids, summaries);
    this.dirty.clear();
    this.reordered = false;
    this.ids = ids;
    this.summaries = summaries;
    this.checkpoints = cps;
    this.endState = state;
    this.flat = out;
    this.counts = countQuotes(out);
    this.fresh = true;
    this.sourceList = null;
  }

  /** A check loaded with the document's paragraphs, as `reset` does. */
  static fromDoc(doc: DocView): QuoteCheck {
    const check = new QuoteCheck();
    check.reset(doc);
    return check;
  }

  findings(doc: DocView): QuoteFinding[] {
    this.update(doc);
    return this.flat;
  }

  sources(doc: DocView): Source[] {
    this.update(doc);
    if (!this.sourceList) {
      // (most edits leave every count and name as it was: the sorted list from before is kept,
      // and sorting hundreds of sources by name was a good part of a keystroke's report)
      const unsorted = unsortedSources(this.counts, this.endState, (id) => doc.indexOf(id));
      if (!this.sortedSources || !sameSources(unsorted, this.builtSources)) this.sortedSources = sortSources(unsorted);
      this.builtSources = unsorted;
      this.sourceList = this.sortedSources;
    }
    return this.sourceList;
  }
}
