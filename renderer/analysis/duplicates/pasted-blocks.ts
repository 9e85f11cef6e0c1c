// A story pasted twice brings its short lines and formulaic lines along ("Q: Why now?", "Shares
// rose 4.2 percent."), which the pair check rightly passes over when they stand alone. Between
// two copies at the same distance from their originals, though, a line that matches the line at
// that distance before it is part of the same pasted block.
import type { DuplicateFinding } from '../types';
import { foldTypography, words } from '../text';

/** Lines between two copies of one block, at most: a longer gap is no longer one block. */
const MAX_GAP = 3;
/** A near copy inside a block: the same number of words, this share of them in place. */
const NEAR_IN_BLOCK = 0.75;

export interface ParagraphText {
  id(index: number): string;
  text(index: number): string;
}

/** The findings (in paragraph order, as both checks give them) with the lines inside pasted
 * blocks added, in paragraph order. */
export function withBlockCopies(findings: DuplicateFinding[], doc: ParagraphText): DuplicateFinding[] {
  if (findings.length < 2) return findings;
  const copyAt = new Map(findings.map((f) => [f.index, f]));
  const added: DuplicateFinding[] = [];
  for (let k = 0; k + 1 < findings.length; k++) {
    const before = findings[k] as DuplicateFinding;
    const after = findings[k + 1] as DuplicateFinding;
    const offset = before.index - before.ofIndex;
    const gap = after.index - before.index - 1;
    if (gap < 1 || gap > MAX_GAP || after.index - after.ofIndex !== offset) continue;
    for (let i = before.index + 1; i < after.index; i++) {
      const original = i - offset;
      const match = sameLine(doc.text(i), doc.text(original));
      if (!match) continue;
      // (reported against the earliest copy, as every finding is)
      const earliest = copyAt.get(original);
      const ofIndex = earliest ? earliest.ofIndex : original;
      added.push({ paragraphId: doc.id(i), index: i, ofId: doc.id(ofIndex), ofIndex, kind: match.kind, similarity: match.similarity });
    }
  }
  if (!added.length) return findings;
  return [...findings, ...added].sort((a, b) => a.index - b.index);
}

function sameLine(a: string, b: string): { kind: 'exact' | 'near'; similarity: number } | null {
  // (the pair check's exact copy: the same text once quote marks, dashes and spacing are folded)
  const x = foldTypography(a);
  if (!x) return null;
  if (x === foldTypography(b)) return { kind: 'exact', similarity: 1 };
  const wx = words(a);
  const wy = words(b);
  if (wx.length < 4 || wx.length !== wy.length) return null;
  let same = 0;
  for (let k = 0; k < wx.length; k++) if (wx[k] === wy[k]) same++;
  const similarity = same / wx.length;
  return similarity >= NEAR_IN_BLOCK ? { kind: 'near', similarity: Math.round(similarity * 100) / 100 } : null;
}
