// Key bindings. Block shortcuts follow word processors: Mod-Alt-<n> for block types.
import { baseKeymap } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { setBlock, toggleBlockquote, toggleBulletList, toggleEm, toggleStrong } from './commands';
import { schema } from './schema';

export interface KeymapHooks {
  /** Mod-k: the app opens its link dialog (no window.prompt in Electron). */
  onLinkRequest?: () => void;
}

const mac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);

export function articleKeymaps(hooks: KeymapHooks = {}): Plugin[] {
  const requestLink: Command = () => {
    hooks.onLinkRequest?.();
    return Boolean(hooks.onLinkRequest);
  };
  const bindings: Record<string, Command> = {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    Backspace: undoInputRule,
    'Mod-b': toggleStrong,
    'Mod-i': toggleEm,
    'Mod-k': requestLink,
    'Mod-Alt-0': setBlock('paragraph'),
    'Mod-Alt-1': setBlock('headline'),
    'Mod-Alt-2': setBlock('subhead'),
    'Mod-Alt-3': setBlock('standfirst'),
    'Mod-Alt-4': setBlock('byline'),
    'Mod-Alt-5': setBlock('dateline'),
    'Shift-Ctrl-8': toggleBulletList,
    'Mod-Shift-.': toggleBlockquote,
    'Mod->': toggleBlockquote,
    Enter: splitListItem(schema.nodes.list_item!),
    'Mod-[': liftListItem(schema.nodes.list_item!),
    'Mod-]': sinkListItem(schema.nodes.list_item!),
  };
  if (!mac) bindings['Mod-y'] = redo;
  return [keymap(bindings), keymap(baseKeymap)];
}
