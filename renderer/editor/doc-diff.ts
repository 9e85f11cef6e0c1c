// Where two versions of a doc differ. ProseMirror docs share unchanged nodes, so
// findDiffStart/findDiffEnd skip them by identity: a keystroke costs a walk over the top-level
// children's references, never over their text.
import type { Node } from 'prosemirror-model';

export interface ChangedRange {
  /** Start of the difference (same in both docs). */
  from: number;
  /** End of the difference in the old doc. */
  toA: number;
  /** End of the difference in the new doc. */
  toB: number;
}

export function changedRange(a: Node, b: Node): ChangedRange | null {
  if (a === b) return null;
  const from = a.content.findDiffStart(b.content);
  if (from == null) return null;
  const end = a.content.findDiffEnd(b.content);
  if (!end) return null;
  let toA = end.a;
  let toB = end.b;
  // When the change repeats surrounding content the two scans overlap; widen both ends.
  const overlap = from - Math.min(toA, toB);
  if (overlap > 0) {
    toA += overlap;
    toB += overlap;
  }
  return { from, toA, toB };
}

export interface BlockRef {
  id: string;
  pos: number;
  node: Node;
}

/** Textblocks overlapping [from, to], in document order. */
export function textblocksIn(doc: Node, from: number, to: number): BlockRef[] {
  const out: BlockRef[] = [];
  doc.nodesBetween(from, Math.min(to, doc.content.size), (node, pos) => {
    if (!node.isTextblock) return true;
    out.push({ id: String(node.attrs.id ?? ''), pos, node });
    return false;
  });
  return out;
}

/** The last textblock inside `node` (itself if it is one). */
function lastTextblock(node: Node): Node | null {
  if (node.isTextblock) return node;
  for (let i = node.childCount - 1; i >= 0; i--) {
    const found = lastTextblock(node.child(i));
    if (found) return found;
  }
  return null;
}

/** The id of the textblock before `pos` (a position before a block), or null at the start. */
export function textblockIdBefore(doc: Node, pos: number): string | null {
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d >= 0; d--) {
    const parent = $pos.node(d);
    for (let i = $pos.index(d) - 1; i >= 0; i--) {
      const found = lastTextblock(parent.child(i));
      if (found) return String(found.attrs.id ?? '');
    }
  }
  return null;
}

/** All textblocks in order. O(n): for loading and rare full resyncs, not per keystroke. */
export function allTextblocks(doc: Node): BlockRef[] {
  const out: BlockRef[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    out.push({ id: String(node.attrs.id ?? ''), pos, node });
    return false;
  });
  return out;
}
