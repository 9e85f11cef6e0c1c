// The incremental quote check. Per-paragraph summaries (quote spans, names, attribution cues)
// are cached by paragraph id and text, so an edit re-reads only the edited paragraph. The
// cross-paragraph pass keeps a copy of its state every few paragraphs; after an edit it
// resumes from the checkpoint before the change and stops as soon as its state equals the one
// the previous pass had before the same paragraph, reusing everything after.
import type { DocView, IncrementalCheck, ParagraphChangeType, QuoteFinding, Source } from '../types';
import { type ParagraphSummary, summarizeParagraph } from './attribution';
import { ResolveState, resolveParagraph, sourcesOf } from './resolve';

/** Paragraphs between two saved states. */
const CHECKPOINT_EVERY = 16;
/** Beyond this many edited paragraphs a full pass is cheaper than locating each. */
const MANY_EDITS = 64;

/** Index of the first finding at or after paragraph `index` (findings are in paragraph order). */
function firstAt(findings: readonly QuoteFinding[], index: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as QuoteFinding).index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class QuoteCheck implements IncrementalCheck<QuoteFinding> {
  private cache = new Map<string, ParagraphSummary>();
  /** Paragraph ids whose text changed since the last pass. */
  private dirty = new Set<string>();
  /** Paragraphs were inserted, removed or moved since the last pass. */
  private reordered = true;
  private ids: string[] = [];
  private summaries: ParagraphSummary[] = [];
  /** State before paragraph i, for some i. */
  private checkpoints: Array<ResolveState | undefined> = [];
  private endState = new ResolveState();
  private flat: QuoteFinding[] = [];
  private fresh = false;
  private sourceList: Source[] | null = null;

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
    this.fresh = false;
    this.sourceList = null;
    if (type !== 'update') this.reordered = true;
    if (type === 'remove') {
      this.cache.delete(id);
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
    if (delta !== 0 || ids !== this.ids) {
      summaries = new Array<ParagraphSummary>(n);
      for (let i = 0; i < from; i++) summaries[i] = this.summaries[i] as ParagraphSummary;
      for (let i = to; i < n; i++) summaries[i] = this.summaries[i - delta] as ParagraphSummary;
    }
    for (let i = from; i < to; i++) summaries[i] = this.summaryOf(ids[i] as string, doc);

    // resume from the last checkpoint before the change (the paragraph before it depends on
    // whether the changed one reopens a quote)
    let start = Math.max(0, from - 1);
    while (start > 0 && !this.checkpoints[start]) start--;
    const state = this.checkpoints[start]?.clone() ?? new ResolveState();
    const fresh: QuoteFinding[][] = [];
    const newCheckpoints: Array<[number, ResolveState]> = [];
    let i = start;
    let converged = false;
    for (; i < n; i++) {
      // past the change, the same state before the same paragraph means the same results
      const before = i >= to && i > from ? this.checkpoints[i - delta] : undefined;
      if (before && before.equals(state)) {
        converged = true;
        break;
      }
      if (i % CHECKPOINT_EVERY === 0) newCheckpoints.push([i, state.clone()]);
      fresh.push(resolveParagraph(state, summaries[i] as ParagraphSummary, summaries[i + 1], i, ids[i] as string));
    }
    const stop = i;

    // splice the recomputed stretch [start, stop) into the previous results
    const cps = this.checkpoints;
    const oldStop = stop - delta;
    const tailCps = converged ? cps.slice(oldStop) : [];
    cps.length = start;
    for (let j = start; j < stop; j++) cps[j] = undefined;
    for (const [at, s] of newCheckpoints) cps[at] = s;
    const a = firstAt(this.flat, start);
    const b = converged ? firstAt(this.flat, oldStop) : this.flat.length;
    const middle: QuoteFinding[] = [];
    for (const list of fresh) for (const f of list) middle.push(f);
    let after = this.flat.slice(b);
    if (converged) {
      if (delta !== 0) after = after.map((f) => ({ ...f, index: f.index + delta }));
      for (let j = 0; j < tailCps.length; j++) cps[stop + j] = tailCps[j];
    } else {
      this.endState = state;
      after = [];
    }
    this.flat = this.flat.slice(0, a).concat(middle, after);
    this.ids = ids;
    this.summaries = summaries;
    this.fresh = true;
  }

  findings(doc: DocView): QuoteFinding[] {
    this.update(doc);
    return this.flat;
  }

  sources(doc: DocView): Source[] {
    this.update(doc);
    if (!this.sourceList) this.sourceList = sourcesOf(this.flat, this.endState, (id) => doc.indexOf(id));
    return this.sourceList;
  }
}
