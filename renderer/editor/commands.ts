// Formatting commands bound to keys and toolbar buttons.
import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { wrapInList } from 'prosemirror-schema-list';
import type { NodeType } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { safeHref, schema, type BlockName } from './schema';

/** Turns the selected textblocks into `name`, keeping their ids so findings stay attached. */
export function setBlock(name: BlockName): Command {
  const type = schema.nodes[name]!;
  return (state, dispatch) => {
    if (!setBlockType(type)(state)) return false;
    if (dispatch) {
      const tr = state.tr;
      const { from, to } = state.selection;
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        if (node.type !== type && type.validContent(node.content)) {
          tr.setNodeMarkup(tr.mapping.map(pos), type, { ...node.attrs });
        }
        return false;
      });
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

function isInside(state: Parameters<Command>[0], type: NodeType): boolean {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === type) return true;
  return false;
}

/** Wraps the selection in a block quote, or lifts it out when already inside one. */
export const toggleBlockquote: Command = (state, dispatch) =>
  isInside(state, schema.nodes.blockquote!) ? lift(state, dispatch) : wrapIn(schema.nodes.blockquote!)(state, dispatch);

export const toggleBulletList: Command = (state, dispatch) =>
  isInside(state, schema.nodes.bullet_list!) ? lift(state, dispatch) : wrapInList(schema.nodes.bullet_list!)(state, dispatch);

export const toggleStrong = toggleMark(schema.marks.strong!);
export const toggleEm = toggleMark(schema.marks.em!);

/** The href of the link at the selection, if any (for the link dialog). */
export function linkAt(state: Parameters<Command>[0]): string | null {
  const { $from, from, to, empty } = state.selection;
  const link = schema.marks.link!;
  if (empty) return link.isInSet($from.marks())?.attrs.href ?? null;
  let href: string | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    const mark = link.isInSet(node.marks);
    if (mark && href === null) href = String(mark.attrs.href);
  });
  return href;
}

/** Sets the selection's link to `href`; an empty href removes it. Rejects unsafe schemes. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    const link = schema.marks.link!;
    if (href.trim() === '') {
      if (dispatch) dispatch(state.tr.removeMark(from, to, link));
      return true;
    }
    const safe = safeHref(/^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(href.trim()) ? `mailto:${href.trim()}` : href);
    if (!safe) return false;
    if (dispatch) {
      const mark = link.create({ href: safe });
      if (empty) {
        // No selection: insert the address itself as the link text.
        dispatch(state.tr.insertText(safe, from).addMark(from, from + safe.length, mark));
      } else {
        dispatch(state.tr.removeMark(from, to, link).addMark(from, to, mark));
      }
    }
    return true;
  };
}
