// A story pasted twice brings its short lines and formulaic lines along ("Q: Why now?", "Shares
// rose 4.2 percent."), and lightly edited ones, which the pair check rightly passes over when they
// stand alone. Between two copies of one block, though, a line that matches a line between their
// originals is part of the same pasted block; so is a line at the block's edge that matches the
// line beside the original.
import type { DuplicateFinding } from '../types';
import { foldTypography, words } from '../text';

/** Lines between two copies of one block, at most: a longer gap is no longer one block. */
const MAX_GAP = 3;
/** A near copy in a block: the same number of words, this share of them in place … */
const NEAR_IN_BLOCK = 0.75;
/** … or, between two copies, this share of words in common (a clause reworded: "a list of" for
 * "a note listing"), in a line of this many words at least. */
const SHARED_IN_BLOCK = 0.7;
const SHARED_MIN_WORDS = 8;

export interface ParagraphText {
  readonly length: number;
  id(index: number): string;
  text(index: number): string;
}

/** The findings (in paragraph order, as both checks give them) with the lines inside pasted
 * blocks added, in paragraph order. */
export function withBlockCopies(findings: DuplicateFinding[], doc: ParagraphText): DuplicateFinding[] {
  if (findings.length < 2) return findings;
  const copyAt = new Map(findings.map((f) => [f.index, f]));
  const added: DuplicateFinding[] = [];
  const add = (i: number, original: number, match: Match): void => {
    // (reported against the earliest copy, as every finding is)
    const ofIndex = copyAt.get(original)?.ofIndex ?? original;
    added.push({ paragraphId: doc.id(i), index: i, ofId: doc.id(ofIndex), ofIndex, kind: match.kind, similarity: match.similarity });
  };
  for (let k = 0; k + 1 < findings.length; k++) {
    const before = findings[k] as DuplicateFinding;
    const after = findings[k + 1] as DuplicateFinding;
    const gap = after.index - before.index - 1;
    // (the originals between may be as many or a line fewer or more: "0, 2, 3" pasted as "16, 17, 18")
    const originals = after.ofIndex - before.ofIndex - 1;
    if (gap < 1 || gap > MAX_GAP || originals < 1 || Math.abs(originals - gap) > 1 || after.ofIndex >= before.index) continue;
    const sameDistance = after.index - after.ofIndex === before.index - before.ofIndex;
    const used = new Set<number>();
    for (let i = before.index + 1; i < after.index; i++) {
      // the line at the same distance first, then its neighbours among the originals
      const at = i - (before.index - before.ofIndex);
      const order = [at, at + 1, at - 1].filter((o) => o > before.ofIndex && o < after.ofIndex && !used.has(o));
      for (const original of order) {
        // (a short line only inside one block copied whole: "Q: Why now?" may well be asked twice)
        if ((original !== at || !sameDistance) && words(doc.text(i)).length < SHARED_MIN_WORDS) continue;
        const match = sameLine(doc.text(i), doc.text(original), true);
        if (!match) continue;
        used.add(original);
        add(i, original, match);
        break;
      }
    }
  }
  // the block's edges: the line just before its first copy (or after its last), when the next
  // line is a copy of a line further on (back) too, against the line just before (after) the
  // original
  for (const f of findings) {
    for (const step of [-1, 1]) {
      const i = f.index + step;
      const original = f.ofIndex + step;
      const inner = copyAt.get(f.index - step);
      if (copyAt.has(i) || !inner || Math.sign(inner.ofIndex - f.ofIndex) !== -step || original < 0 || original >= Math.min(i, f.index) || copyAt.has(original)) continue;
      if (i >= doc.length || added.some((a) => a.index === i)) continue;
      const match = sameLine(doc.text(i), doc.text(original), false);
      if (match) add(i, original, match);
    }
  }
  if (!added.length) return findings;
  return [...findings, ...added].sort((a, b) => a.index - b.index);
}

interface Match {
  kind: 'exact' | 'near';
  similarity: number;
}

function sameLine(a: string, b: string, between: boolean): Match | null {
  // (the pair check's exact copy: the same text once quote marks, dashes and spacing are folded)
  const x = foldTypography(a);
  if (!x) return null;
  if (x === foldTypography(b)) return { kind: 'exact', similarity: 1 };
  const wx = words(a);
  const wy = words(b);
  if (wx.length < 4) return null;
  if (wx.length === wy.length) {
    let same = 0;
    for (let k = 0; k < wx.length; k++) if (wx[k] === wy[k]) same++;
    const similarity = same / wx.length;
    if (similarity >= NEAR_IN_BLOCK) return { kind: 'near', similarity: round(similarity) };
  }
  if (!between || Math.min(wx.length, wy.length) < SHARED_MIN_WORDS) return null;
  const similarity = shared(wx, wy);
  return similarity >= SHARED_IN_BLOCK ? { kind: 'near', similarity: round(similarity) } : null;
}

/** Words two lines have in common, as a share of both (each word counted as often as it occurs). */
function shared(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const round = (n: number): number => Math.round(n * 100) / 100;
