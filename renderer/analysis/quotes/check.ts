// The incremental quote check. Per-paragraph summaries (quote spans, names, attribution cues)
// are cached by paragraph id and text, so an edit re-reads only the edited paragraph; the
// cross-paragraph resolution is a cheap linear pass over the cached summaries.
import type { DocView, IncrementalCheck, ParagraphChangeType, QuoteFinding, Source } from '../types';
import { type ParagraphSummary, summarizeParagraph } from './attribution';
import { resolveQuotes } from './resolve';

export class QuoteCheck implements IncrementalCheck<QuoteFinding> {
  private cache = new Map<string, ParagraphSummary>();
  private result: { quotes: QuoteFinding[]; sources: Source[] } | null = null;

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
    this.result = null;
    if (type === 'remove') {
      this.cache.delete(id);
      return;
    }
    if (type === 'move') return;
    const text = doc.textOf(id);
    if (this.cache.get(id)?.text !== text) this.cache.set(id, summarizeParagraph(text));
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

  private resolve(doc: DocView): { quotes: QuoteFinding[]; sources: Source[] } {
    if (this.result) return this.result;
    const ids: string[] = new Array<string>(doc.length);
    const summaries: ParagraphSummary[] = new Array<ParagraphSummary>(doc.length);
    for (let i = 0; i < doc.length; i++) {
      const id = doc.idAt(i);
      ids[i] = id;
      summaries[i] = this.summaryOf(id, doc);
    }
    this.result = resolveQuotes(summaries, ids);
    return this.result;
  }

  findings(doc: DocView): QuoteFinding[] {
    return this.resolve(doc).quotes;
  }

  sources(doc: DocView): Source[] {
    return this.resolve(doc).sources;
  }
}
