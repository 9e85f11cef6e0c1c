// One-click fixes for findings. Each command is a single transaction, so one undo restores it.
// Blocks are found by id at the moment the command runs (findings may be a little stale).
import type { Node } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { BoilerplateFinding, DuplicateFinding } from '../analysis/types';
import { findingsOf } from './findings-plugin';

function positionsById(doc: Node, ids: Set<string>): { pos: number; node: Node }[] {
  const found: { pos: number; node: Node }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (ids.has(String(node.attrs.id))) found.push({ pos, node });
    return false;
  });
  return found;
}

/**
 * Deletes the textblocks with these ids. A block that is the only child of its container
 * (a one-paragraph quote or list item) takes the container with it; a doc never ends empty.
 */
export function deleteBlocks(tr: Transaction, ids: Iterable<string>): boolean {
  const targets = positionsById(tr.doc, new Set(ids));
  if (targets.length === 0) return false;
  // Back to front, so earlier positions stay valid.
  for (const { pos } of targets.reverse()) {
    const $pos = tr.doc.resolve(pos);
    let depth = $pos.depth + 1; // depth of the textblock itself
    while (depth > 1 && $pos.node(depth - 1).childCount === 1) depth -= 1;
    const from = depth === $pos.depth + 1 ? pos : $pos.before(depth);
    const node = tr.doc.nodeAt(from);
    if (!node) continue;
    if (tr.doc.childCount === 1 && depth === 1) {
      // Last block of the doc: leave one empty paragraph rather than an invalid empty doc.
      const paragraph = tr.doc.type.schema.nodes.paragraph!.create();
      tr.replaceWith(from, from + node.nodeSize, paragraph);
    } else {
      tr.delete(from, from + node.nodeSize);
    }
  }
  return true;
}

function removeCommand(ids: () => string[]): Command {
  return (state, dispatch) => {
    const list = ids();
    if (list.length === 0) return false;
    const tr = state.tr;
    if (!deleteBlocks(tr, list)) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Removes one duplicate paragraph (the later copy). */
export function removeDuplicate(paragraphId: string): Command {
  return removeCommand(() => [paragraphId]);
}

/** Removes every later copy; the earliest copy of each paragraph stays. */
export function removeAllDuplicates(findings?: DuplicateFinding[]): Command {
  return (state, dispatch) => {
    const ids = findings ? findings.map((f) => f.paragraphId) : currentIds(state, 'duplicates');
    return removeCommand(() => ids)(state, dispatch);
  };
}

export function removeAllBoilerplate(findings?: BoilerplateFinding[]): Command {
  return (state, dispatch) => {
    const ids = findings ? findings.map((f) => f.paragraphId) : currentIds(state, 'boilerplate');
    return removeCommand(() => ids)(state, dispatch);
  };
}

/** Ids of the findings the plugin shows now (ignored ones are already left out). */
function currentIds(state: EditorState, check: 'duplicates' | 'boilerplate'): string[] {
  return findingsOf(state).summary[check].map((f) => f.blockId);
}

/** Marks a finding as ignored on its block; kept in the doc so it travels with the text. */
export function ignoreFinding(blockId: string, ignoreKey: string): Command {
  return (state, dispatch) => {
    const [target] = positionsById(state.doc, new Set([blockId]));
    if (!target) return false;
    const list = (target.node.attrs.ignore as string[]) ?? [];
    if (list.includes(ignoreKey)) return false;
    dispatch?.(state.tr.setNodeAttribute(target.pos, 'ignore', [...list, ignoreKey]));
    return true;
  };
}
