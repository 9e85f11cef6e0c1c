// Stable paragraph ids. New textblocks (typed, split, pasted, retyped) get a fresh id; a split
// keeps the id on the first half, so the analysis sees "paragraph updated + one inserted".
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Fragment, type Node } from 'prosemirror-model';
import { changedRange } from './doc-diff';

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

/** Fixes ids in `tr`'s new doc, looking at the changed region only unless blocks were added. */
function fixIds(tr: Transaction, from: number, to: number): boolean {
  const doc = tr.doc;
  const inRegion: { pos: number; node: Node }[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    inRegion.push({ pos, node });
    return false;
  });
  // Structural edits (split, paste, drop) may copy ids from elsewhere, so check the whole doc
  // then; plain typing touches one block and stays O(1).
  const seen = new Set<string>();
  if (inRegion.length > 1) {
    const regionStart = inRegion[0]!.pos;
    const regionEnd = inRegion[inRegion.length - 1]!.pos;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (pos < regionStart || pos > regionEnd) {
        const id = node.attrs.id as string | null;
        if (id) seen.add(id);
      }
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
      if (!fixIds(tr, range.from, range.toB)) return null;
      return tr.setMeta(idsKey, true);
    },
  });
}
