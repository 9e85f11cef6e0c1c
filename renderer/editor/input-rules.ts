// Typing shortcuts: typographic quotes and dashes (house style wants curly quotes), plus
// Markdown-like block starts.
import {
  ellipsis,
  emDash,
  inputRules,
  smartQuotes,
  textblockTypeInputRule,
  wrappingInputRule,
} from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { schema } from './schema';

export function articleInputRules(): Plugin {
  return inputRules({
    rules: [
      ...smartQuotes,
      emDash,
      ellipsis,
      textblockTypeInputRule(/^#\s$/, schema.nodes.headline!),
      textblockTypeInputRule(/^##\s$/, schema.nodes.subhead!),
      wrappingInputRule(/^\s*>\s$/, schema.nodes.blockquote!),
      wrappingInputRule(/^\s*[-+*]\s$/, schema.nodes.bullet_list!),
    ],
  });
}
