// Test helpers shared by the checks' tests: an array-backed DocView that applies edits the
// way the analyzer does (view first, then the check), and a seeded random source.
import type { DocView, IncrementalCheck, Paragraph, ParagraphChangeType } from '../types';

export class ArrayDoc implements DocView {
  private readonly items: Paragraph[];

  constructor(paragraphs: Paragraph[] = []) {
    this.items = paragraphs.map((p) => ({ ...p }));
  }

  get length(): number {
    return this.items.length;
  }

  idAt(index: number): string {
    const p = this.items[index];
    if (!p) throw new RangeError(`no paragraph at ${index}`);
    return p.id;
  }

  indexOf(id: string): number {
    return this.items.findIndex((p) => p.id === id);
  }

  textOf(id: string): string {
    return this.items.find((p) => p.id === id)?.text ?? '';
  }

  paragraphs(): Paragraph[] {
    return this.items.map((p) => ({ ...p }));
  }

  /** Applies an edit to the view, then tells `checks`, passing the old text as the analyzer does. */
  insert(at: number, p: Paragraph, checks: IncrementalCheck<unknown>[]): void {
    this.items.splice(at, 0, { ...p });
    this.notify(p.id, 'insert', checks);
  }

  update(id: string, text: string, checks: IncrementalCheck<unknown>[]): void {
    const p = this.items.find((q) => q.id === id);
    if (!p) return;
    const old = p.text;
    p.text = text;
    this.notify(id, 'update', checks, old);
  }

  remove(id: string, checks: IncrementalCheck<unknown>[]): void {
    const i = this.indexOf(id);
    const [p] = this.items.splice(i, 1);
    if (p) this.notify(id, 'remove', checks, p.text);
  }

  move(id: string, to: number, checks: IncrementalCheck<unknown>[]): void {
    const i = this.indexOf(id);
    const [p] = this.items.splice(i, 1);
    if (!p) return;
    this.items.splice(Math.min(to, this.items.length), 0, p);
    this.notify(id, 'move', checks);
  }

  private notify(id: string, type: ParagraphChangeType, checks: IncrementalCheck<unknown>[], old?: string): void {
    for (const c of checks) c.paragraphChanged(id, type, this, old);
  }
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('empty list');
  return item;
}

export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: `p${i}`, text }));
}
