// Public API of the quote check: batch analysis and the incremental engine.
import type { Paragraph, QuoteFinding, Source } from '../types';
import { summarizeParagraph } from './attribution';
import { resolveQuotes } from './resolve';

export { QuoteCheck } from './check';

/** Finds every quotation in the article, who said it, and the sources quoted. */
export function analyzeQuotes(paragraphs: Paragraph[]): { quotes: QuoteFinding[]; sources: Source[] } {
  return resolveQuotes(
    paragraphs.map((p) => summarizeParagraph(p.text)),
    paragraphs.map((p) => p.id),
  );
}
