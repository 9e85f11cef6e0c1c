// A small editable document for the quote check's tests: it tells the check about each
// change, as the analyzer does.
import type { DocView, ParagraphChangeType } from '../types';
import type { QuoteCheck } from './index';

/** A minimal editable document that tells the check about each change, as the analyzer does. */
export class Doc implements DocView {
  ids: string[] = [];
  texts = new Map<string, string>();
  private next = 0;
  constructor(readonly check: QuoteCheck) {}
  get length(): number {
    return this.ids.length;
  }
  idAt(i: number): string {
    return this.ids[i] as string;
  }
  indexOf(id: string): number {
    return this.ids.indexOf(id);
  }
  textOf(id: string): string {
    return this.texts.get(id) ?? '';
  }
  private tell(id: string, type: ParagraphChangeType, old?: string): void {
    this.check.paragraphChanged(id, type, this, old);
  }
  insert(at: number, text: string): void {
    const id = `n${this.next++}`;
    this.ids.splice(at, 0, id);
    this.texts.set(id, text);
    this.tell(id, 'insert');
  }
  update(at: number, text: string): void {
    const id = this.idAt(at);
    const old = this.textOf(id);
    this.texts.set(id, text);
    this.tell(id, 'update', old);
  }
  remove(at: number): void {
    const id = this.idAt(at);
    const old = this.textOf(id);
    this.ids.splice(at, 1);
    this.texts.delete(id);
    this.tell(id, 'remove', old);
  }
  move(from: number, to: number): void {
    const [id] = this.ids.splice(from, 1);
    if (id === undefined) return;
    this.ids.splice(to, 0, id);
    this.tell(id, 'move');
  }
  /** Paragraphs "s0", "s1", … with `textAt(k)`, without telling the check (for `check.reset`). */
  load(count: number, textAt: (k: number) => string): void {
    for (let k = 0; k < count; k++) {
      this.ids.push(`s${k}`);
      this.texts.set(`s${k}`, textAt(k));
    }
  }
  paragraphs() {
    return this.ids.map((id) => ({ id, text: this.textOf(id) }));
  }
}
