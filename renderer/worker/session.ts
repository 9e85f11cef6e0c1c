// The worker's state, without worker globals so it runs (and is tested) anywhere. It mirrors
// every textblock in order, and feeds only non-empty ones to the Analyzer: empty paragraphs
// would otherwise count as copies of each other.
import { Analyzer } from '../analysis/analyzer';
import type { Paragraph, Report } from '../analysis/types';
import type { BlockChange, FromWorker, ToWorker } from './protocol';

const isBlank = (text: string) => text.trim() === '';

export class AnalysisSession {
  private analyzer = new Analyzer();
  /** Every textblock id in doc order, and each one's text. */
  private order: string[] = [];
  private texts = new Map<string, string>();
  version = -1;
  private lost: string | null = null;

  /** Applies one message; returns a resync request if the mirror went out of step. */
  apply(msg: ToWorker): FromWorker | null {
    this.version = msg.version;
    if (msg.type === 'reset') {
      this.reset(msg.blocks);
      return null;
    }
    if (msg.type === 'refresh' || this.lost) return this.lost ? this.resync() : null;
    try {
      for (const change of msg.changes) this.change(change);
    } catch (error) {
      this.lost = error instanceof Error ? error.message : String(error);
      return this.resync();
    }
    return null;
  }

  report(): Report {
    return this.analyzer.report();
  }

  /** Builds the analyzer's incremental indexes if a reset left them for later; true if it did work. */
  prepare(): boolean {
    if (!this.analyzer.needsPreparing) return false;
    this.analyzer.prepare();
    return true;
  }

  private resync(): FromWorker {
    return { type: 'resync', version: this.version, reason: this.lost ?? 'out of step' };
  }

  private reset(blocks: Paragraph[]): void {
    this.lost = null;
    this.order = blocks.map((b) => b.id);
    this.texts = new Map(blocks.map((b) => [b.id, b.text]));
    this.analyzer.reset(blocks.filter((b) => !isBlank(b.text)));
  }

  /** Index among the analysed (non-empty) paragraphs of the block at `orderIndex`. */
  private analyzedIndex(orderIndex: number): number {
    let count = 0;
    for (let i = 0; i < orderIndex; i++) if (!isBlank(this.texts.get(this.order[i]!) ?? '')) count++;
    return count;
  }

  private positionAfter(afterId: string | null): number {
    if (afterId === null) return 0;
    const at = this.order.indexOf(afterId);
    if (at < 0) throw new Error(`unknown block ${afterId}`);
    return at + 1;
  }

  private change(change: BlockChange): void {
    if (change.op === 'remove') {
      const text = this.texts.get(change.id);
      if (text === undefined) throw new Error(`unknown block ${change.id}`);
      if (!isBlank(text)) this.analyzer.remove(change.id);
      this.order.splice(this.order.indexOf(change.id), 1);
      this.texts.delete(change.id);
      return;
    }
    const { id, text } = change;
    const old = this.texts.get(id);
    if (old === undefined) {
      const at = this.positionAfter(change.afterId);
      this.order.splice(at, 0, id);
      this.texts.set(id, text);
      if (!isBlank(text)) this.analyzer.insert(this.analyzedIndex(at), { id, text });
      return;
    }
    if (change.moved) {
      this.order.splice(this.order.indexOf(id), 1);
      this.order.splice(this.positionAfter(change.afterId), 0, id);
    }
    const at = change.moved || isBlank(old) !== isBlank(text) ? this.order.indexOf(id) : -1;
    this.texts.set(id, text);
    if (isBlank(old) && !isBlank(text)) this.analyzer.insert(this.analyzedIndex(at), { id, text });
    else if (!isBlank(old) && isBlank(text)) this.analyzer.remove(id);
    else if (!isBlank(text)) {
      if (old !== text) this.analyzer.update(id, text);
      if (change.moved) this.analyzer.move(id, this.analyzedIndex(at));
    }
  }
}
