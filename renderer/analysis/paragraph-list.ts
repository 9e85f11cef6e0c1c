// The analyzer's model of the document: paragraph ids in order plus their text. Positions are
// recomputed lazily, so a run of edits that only change text never pays for re-indexing.
import type { DocView, Paragraph } from './types';

export class ParagraphList implements DocView {
  private ids: string[] = [];
  private texts = new Map<string, string>();
  private positions: Map<string, number> | null = new Map();

  get length(): number {
    return this.ids.length;
  }

  idAt(index: number): string {
    const id = this.ids[index];
    if (id === undefined) throw new RangeError(`no paragraph at index ${index}`);
    return id;
  }

  indexOf(id: string): number {
    if (!this.positions) {
      this.positions = new Map();
      this.ids.forEach((pid, i) => this.positions?.set(pid, i));
    }
    return this.positions.get(id) ?? -1;
  }

  textOf(id: string): string {
    const text = this.texts.get(id);
    if (text === undefined) throw new RangeError(`no paragraph with id ${id}`);
    return text;
  }

  has(id: string): boolean {
    return this.texts.has(id);
  }

  toArray(): Paragraph[] {
    return this.ids.map((id) => ({ id, text: this.texts.get(id) as string }));
  }

  insert(index: number, paragraph: Paragraph): void {
    if (this.texts.has(paragraph.id)) throw new Error(`paragraph id ${paragraph.id} is already in the document`);
    if (index < 0 || index > this.ids.length) throw new RangeError(`cannot insert at index ${index}`);
    this.ids.splice(index, 0, paragraph.id);
    this.texts.set(paragraph.id, paragraph.text);
    if (index === this.ids.length - 1) this.positions?.set(paragraph.id, index);
    else this.positions = null;
  }

  /** Returns the previous text. */
  update(id: string, text: string): string {
    const old = this.textOf(id);
    this.texts.set(id, text);
    return old;
  }

  /** Returns the removed paragraph's text. */
  remove(id: string): string {
    const old = this.textOf(id);
    const index = this.indexOf(id);
    this.ids.splice(index, 1);
    this.texts.delete(id);
    if (index === this.ids.length) this.positions?.delete(id);
    else this.positions = null;
    return old;
  }

  move(id: string, toIndex: number): void {
    const from = this.indexOf(id);
    if (from < 0) throw new RangeError(`no paragraph with id ${id}`);
    if (toIndex < 0 || toIndex >= this.ids.length) throw new RangeError(`cannot move to index ${toIndex}`);
    this.ids.splice(from, 1);
    this.ids.splice(toIndex, 0, id);
    this.positions = null;
  }
}
