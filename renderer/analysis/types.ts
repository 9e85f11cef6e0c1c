// The checker's data model. Pure types: shared by the analysis, the editor, the CLI and the
// IPC contract. Findings name paragraphs by id (stable across edits) and by index (their
// position now, 0-based), so the editor can map them and the CLI can print them.

/** One paragraph of plain text, as the analysis sees the article. */
export interface Paragraph {
  id: string;
  text: string;
}

export type DuplicateKind = 'exact' | 'near';

/** A later paragraph that repeats an earlier one, reported against its earliest copy. */
export interface DuplicateFinding {
  paragraphId: string;
  index: number;
  ofId: string;
  ofIndex: number;
  kind: DuplicateKind;
  /** 0..1; 1 for exact copies. */
  similarity: number;
}

/** Website chrome pasted into the story (comment policies, share lines, newsletters…). */
export interface BoilerplateFinding {
  paragraphId: string;
  index: number;
  reason: string;
}

export type QuoteStatus = 'ok' | 'unattributed' | 'unintroduced' | 'unbalanced';
/** speech: someone's words. other: scare quotes, nicknames, titles of works, operation names. */
export type QuoteKind = 'speech' | 'other';

export interface QuoteFinding {
  paragraphId: string;
  index: number;
  /** Offsets in the paragraph of the text between the marks (end exclusive). */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The source's name as introduced (full name, body or description), or null. */
  speaker: string | null;
  /** Key of the source in `sources`, or null. */
  sourceId: string | null;
  status: QuoteStatus;
  /** Short human-readable note on how the speaker was found or why the quote is flagged. */
  note: string;
}

export type SourceKind = 'person' | 'body' | 'document' | 'anonymous';

/** Who is quoted: people, organisations, statements and anonymous sources. */
export interface Source {
  id: string;
  name: string;
  role: string | null;
  kind: SourceKind;
  quotes: number;
  firstIndex: number;
  firstParagraphId: string;
}

export interface Report {
  paragraphs: number;
  duplicates: DuplicateFinding[];
  boilerplate: BoilerplateFinding[];
  quotes: QuoteFinding[];
  sources: Source[];
}

/** Read-only view of the document's current paragraphs, in order, for incremental checks. */
export interface DocView {
  readonly length: number;
  idAt(index: number): string;
  /** -1 when the id is not in the document. */
  indexOf(id: string): number;
  textOf(id: string): string;
}

export type ParagraphChangeType = 'insert' | 'update' | 'remove' | 'move';

/**
 * An incremental check. The analyzer applies an edit to its DocView first, then tells each
 * check which paragraph changed; a removed paragraph is no longer in the view, so its last
 * text is passed as `oldText` (also passed for updates). `findings()` is then asked for the
 * current results. Work per change should be proportional to the changed paragraph and the
 * paragraphs that resemble it, not to the document.
 */
export interface IncrementalCheck<F> {
  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, oldText?: string): void;
  findings(doc: DocView): F[];
}
