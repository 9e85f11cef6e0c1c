// Stable paragraph ids. New textblocks (typed, split, pasted, retyped) get a fresh id; a split
// keeps the id on the first half, so the analysis sees "paragraph updated + one inserted".
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Fragment, type Node } from 'prosemirror-model';
import { changedRange, textblocksIn, type ChangedRange } from './doc-diff';

let counter = 0;
const session = Math.random().toString(36).slice(2, 7);

export function newId(): string {
  counter += 1;
  return `p${session}${counter.toString(36)}`;
}

/** Returns the doc with every textblock holding a unique id (the same doc if none was missing). */
export function assignIds(doc: Node): Node {
  const seen = new Set<string>();
  const visit = (node: Node): Node => {
    if (node.isTextblock) {
      const id = node.attrs.id as string | null;
      if (id && !seen.has(id)) {
        seen.add(id);
        return node;
      }
      return node.type.create({ ...node.attrs, id: newId() }, node.content, node.marks);
    }
    if (node.isLeaf) return node;
    let changed = false;
    const children: Node[] = [];
    node.forEach((child) => {
      const next = visit(child);
      if (next !== child) changed = true;
      children.push(next);
    });
    return changed ? node.copy(Fragment.from(children)) : node;
  };
  return visit(doc);
}

/**
 * Fixes ids in the changed region of `tr`'s doc. Blocks that were already in the region keep
 * their id (the first of a split keeps it); a block arriving with an id the region did not
 * have (a paste, a drop, an undo) is checked against the whole doc — rare, so plain typing
 * stays O(1).
 */
function fixIds(tr: Transaction, oldDoc: Node, range: ChangedRange): boolean {
  const doc = tr.doc;
  const pad = range.toA === range.from || range.toB === range.from ? 1 : 0;
  const oldIds = new Set(textblocksIn(oldDoc, range.from, range.toA + pad).map((b) => b.id));
  const inRegion = textblocksIn(doc, range.from, range.toB + pad);
  const seen = new Set<string>();
  if (inRegion.some((b) => b.node.attrs.id && !oldIds.has(b.id))) {
    const regionStart = inRegion[0]!.pos;
    const regionEnd = inRegion[inRegion.length - 1]!.pos;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if ((pos < regionStart || pos > regionEnd) && node.attrs.id) seen.add(String(node.attrs.id));
      return false;
    });
  }
  let changed = false;
  for (const { pos, node } of inRegion) {
    const id = node.attrs.id as string | null;
    if (id && !seen.has(id)) {
      seen.add(id);
      continue;
    }
    tr.setNodeAttribute(pos, 'id', newId());
    changed = true;
  }
  return changed;
}

export const idsKey = new PluginKey('cd-ids');

export function idsPlugin(): Plugin {
  return new Plugin({
    key: idsKey,
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((t) => t.docChanged)) return null;
      const range = changedRange(oldState.doc, newState.doc);
      if (!range) return null;
      const tr = newState.tr;
      if (!fixIds(tr, oldState.doc, range)) return null;
      return tr.setMeta(idsKey, true);
    },
  });
}
