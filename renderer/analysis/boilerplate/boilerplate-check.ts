// Incremental boilerplate detection: each paragraph's signal is cached by id, and only the
// few paragraphs with a signal take part in the neighbour pass at `findings()`.
import type { BoilerplateFinding, DocView, IncrementalCheck, ParagraphChangeType } from '../types';
import { resolveRuns, type Scored } from './runs';
import { scoreParagraph, type ChromeSignal } from './signals';

export class BoilerplateCheck implements IncrementalCheck<BoilerplateFinding> {
  private readonly texts = new Map<string, string>();
  /** Only paragraphs with a non-zero signal. */
  private readonly signals = new Map<string, ChromeSignal>();

  paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, _oldText?: string): void {
    if (type === 'move') return; // signals do not depend on position; findings() reads the order
    if (type === 'remove') {
      this.texts.delete(id);
      this.signals.delete(id);
      return;
    }
    const text = doc.textOf(id);
    if (this.texts.get(id) === text) return;
    this.texts.set(id, text);
    const signal = scoreParagraph(text);
    if (signal.strength > 0) this.signals.set(id, signal);
    else this.signals.delete(id);
  }

  findings(doc: DocView): BoilerplateFinding[] {
    const scored: Scored[] = [];
    for (const [id, signal] of this.signals) {
      const index = doc.indexOf(id);
      if (index >= 0) scored.push({ id, index, signal });
    }
    scored.sort((a, b) => a.index - b.index);
    return resolveRuns(scored, doc.length);
  }
}
