// The editor's plugin stack, in one place so the app and tests build the same editor.
import type { Node } from 'prosemirror-model';
import { dropCursor } from 'prosemirror-dropcursor';
import { history } from 'prosemirror-history';
import { EditorState, type Plugin } from 'prosemirror-state';
import { findingsPlugin, type FindingsPluginOptions } from './findings-plugin';
import { idsPlugin, assignIds } from './ids';
import { articleInputRules } from './input-rules';
import { articleKeymaps, type KeymapHooks } from './keymap';
import { pastePlugin } from './paste';
import { schema } from './schema';
import { searchPlugin } from './search';
import { placeholderPlugin } from './placeholder';

export interface EditorSetup extends KeymapHooks {
  /** Omit to build an editor without live checks (e.g. a preview). */
  findings?: FindingsPluginOptions;
}

export function articlePlugins(setup: EditorSetup): Plugin[] {
  const plugins: Plugin[] = [
    articleInputRules(),
    ...articleKeymaps(setup),
    history(),
    dropCursor({ class: 'cd-dropcursor' }),
    pastePlugin(),
    idsPlugin(),
    searchPlugin(),
    placeholderPlugin('Type or paste a story…'),
  ];
  if (setup.findings) plugins.push(findingsPlugin(setup.findings));
  return plugins;
}

export function createArticleState(doc: Node, plugins: readonly Plugin[]): EditorState {
  return EditorState.create({ schema, doc: assignIds(doc), plugins });
}
