// A DOM-free stand-in for EditorView: enough for plugin views and commands in Node tests.
import type { Node } from 'prosemirror-model';
import type { EditorState, Plugin, PluginView, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { findingsKey, type FindingsPluginOptions } from './findings-plugin';
import { inlineChannel } from './inline-channel';
import { articlePlugins, createArticleState } from './setup';

export interface Harness {
  readonly state: EditorState;
  dispatch(tr: Transaction): void;
  settle(): Promise<void>;
  sent: unknown[];
}

export function harness(doc: Node, enabled = true, options: Pick<FindingsPluginOptions, 'postMs'> = {}): Harness {
  const channel = inlineChannel();
  const sent: unknown[] = [];
  const post = channel.post.bind(channel);
  channel.post = (msg) => {
    sent.push(msg);
    post(msg);
  };
  const plugins = articlePlugins({ findings: { channel, enabled, quietMs: 0, postMs: 0, ...options } });
  let state = createArticleState(doc, plugins);
  const views: PluginView[] = [];
  const fake = {
    get state() {
      return state;
    },
    dispatch(tr: Transaction) {
      const prev = state;
      state = state.apply(tr);
      for (const v of views) v.update?.(fake as unknown as EditorView, prev);
    },
  };
  // Only the findings plugin's view: others (drop cursor) need a DOM.
  for (const p of (plugins as Plugin[]).filter((pl) => pl.spec.key === findingsKey)) {
    const view = p.spec.view?.(fake as unknown as EditorView);
    if (view) views.push(view);
  }
  return { get state() { return state; }, dispatch: fake.dispatch, settle: () => channel.settle(), sent };
}
