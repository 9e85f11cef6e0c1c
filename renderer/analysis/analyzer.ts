// The checker core: duplicates, boilerplate, quotes and sources over a list of paragraphs.
// `analyze` checks a whole document; `Analyzer` keeps per-paragraph caches and indexes so the
// editor (in a worker) can re-check after single-paragraph edits in time proportional to the edit.
import { BoilerplateCheck, findBoilerplate } from './boilerplate';
import { DuplicateCheck, findDuplicates } from './duplicates';
import { findingsOf } from './findings-order';
import { ParagraphList } from './paragraph-list';
import { analyzeQuotes, QuoteCheck } from './quotes';
import type { BoilerplateFinding, Paragraph, ParagraphChangeType, QuoteFinding, Report } from './types';

export function analyze(paragraphs: Paragraph[]): Report {
  const { quotes, sources } = analyzeQuotes(paragraphs);
  const boilerplate = findBoilerplate(paragraphs);
  return {
    paragraphs: paragraphs.length,
    duplicates: findDuplicates(paragraphs),
    boilerplate,
    quotes: unflagChrome(quotes, boilerplate),
    sources,
  };
}

/**
 * A quote inside pasted chrome (a reader's comment, a related headline) is not the story's:
 * the editor removes the paragraph, so its quotes are not flagged on top of it.
 */
function unflagChrome(quotes: QuoteFinding[], boilerplate: BoilerplateFinding[]): QuoteFinding[] {
  if (boilerplate.length === 0) return quotes;
  const chrome = new Set(boilerplate.map((b) => b.paragraphId));
  const inChrome = (q: QuoteFinding): boolean => q.status !== 'ok' && chrome.has(q.paragraphId);
  // (the list as it is when nothing changes, as with no boilerplate: the editor asks for a report
  // after every keystroke, and copying thousands of findings was most of a cached report's cost;
  // findings are in paragraph order, so only each chrome paragraph's own are looked at)
  if (!boilerplate.some((b) => findingsOf(quotes, b.index).some(inChrome))) return quotes;
  return quotes.map((q) => (inChrome(q) ? { ...q, status: 'ok', note: 'in boilerplate: not checked' } : q));
}

export class Analyzer {
  private doc = new ParagraphList();
  private duplicates = new DuplicateCheck();
  private boilerplate = new BoilerplateCheck();
  private quotes = new QuoteCheck();
  /**
   * After a reset the incremental indexes are not built yet: the first report comes from the
   * (faster) full check, and the indexes are built on the first edit or by `prepare()`, so a
   * newly opened long article shows its findings without waiting for them.
   */
  private unprepared = false;
  private fullReport: Report | null = null;

  constructor(paragraphs: Paragraph[] = []) {
    this.reset(paragraphs);
  }

  reset(paragraphs: Paragraph[]): void {
    this.doc = new ParagraphList();
    for (const p of paragraphs) this.doc.insert(this.doc.length, p);
    this.unprepared = true;
    this.fullReport = null;
  }

  /** True until the incremental indexes exist; `prepare()` builds them. */
  get needsPreparing(): boolean {
    return this.unprepared;
  }

  /** Builds the incremental indexes for the current paragraphs (done anyway on the first edit). */
  prepare(): void {
    if (!this.unprepared) return;
    this.unprepared = false;
    this.fullReport = null;
    this.duplicates = new DuplicateCheck();
    this.boilerplate = new BoilerplateCheck();
    for (let i = 0; i < this.doc.length; i++) {
      const id = this.doc.idAt(i);
      this.duplicates.paragraphChanged(id, 'insert', this.doc);
      this.boilerplate.paragraphChanged(id, 'insert', this.doc);
    }
    // The quote check reads the whole document in one pass rather than one insert at a time.
    this.quotes = QuoteCheck.fromDoc(this.doc);
  }

  get length(): number {
    return this.doc.length;
  }

  paragraphs(): Paragraph[] {
    return this.doc.toArray();
  }

  insert(index: number, paragraph: Paragraph): void {
    this.prepare();
    this.doc.insert(index, paragraph);
    this.notify(paragraph.id, 'insert');
  }

  update(id: string, text: string): void {
    if (this.unprepared && this.doc.textOf(id) === text) return;
    this.prepare();
    const old = this.doc.update(id, text);
    if (old !== text) this.notify(id, 'update', old);
  }

  remove(id: string): void {
    this.prepare();
    const old = this.doc.remove(id);
    this.notify(id, 'remove', old);
  }

  move(id: string, toIndex: number): void {
    if (this.doc.indexOf(id) === toIndex) return;
    this.prepare();
    this.doc.move(id, toIndex);
    this.notify(id, 'move');
  }

  report(): Report {
    if (this.unprepared) return (this.fullReport ??= analyze(this.doc.toArray()));
    const boilerplate = this.boilerplate.findings(this.doc);
    return {
      paragraphs: this.doc.length,
      duplicates: this.duplicates.findings(this.doc),
      boilerplate,
      quotes: unflagChrome(this.quotes.findings(this.doc), boilerplate),
      sources: this.quotes.sources(this.doc),
    };
  }

  private notify(id: string, type: ParagraphChangeType, oldText?: string): void {
    this.duplicates.paragraphChanged(id, type, this.doc, oldText);
    this.boilerplate.paragraphChanged(id, type, this.doc, oldText);
    this.quotes.paragraphChanged(id, type, this.doc, oldText);
  }
}
