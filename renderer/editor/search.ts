// Find & replace: matches are found per textblock (a match never spans paragraphs) and shown
// as decorations; "replace all" is a single transaction, so a single undo.
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export interface SearchQuery {
  text: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

export interface Match {
  from: number;
  to: number;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';

export function searchRegExp(query: SearchQuery): RegExp | null {
  if (query.text === '') return null;
  const escaped = query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = query.wholeWord ? `(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})` : escaped;
  return new RegExp(source, query.caseSensitive ? 'gu' : 'giu');
}

export function findMatches(doc: Node, query: SearchQuery): Match[] {
  const re = searchRegExp(query);
  if (!re) return [];
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Text only, so offsets in textContent are offsets in the block.
    const text = node.textContent;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      matches.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length });
    }
    return false;
  });
  return matches;
}

interface SearchState {
  query: SearchQuery | null;
  matches: Match[];
  decorations: DecorationSet;
}

export const searchKey = new PluginKey<SearchState>('cd-search');

const EMPTY: SearchState = { query: null, matches: [], decorations: DecorationSet.empty };

function compute(doc: Node, query: SearchQuery | null): SearchState {
  if (!query || query.text === '') return { ...EMPTY, query };
  const matches = findMatches(doc, query);
  const decorations = DecorationSet.create(
    doc,
    matches.map((m) => Decoration.inline(m.from, m.to, { class: 'cd-search-match' })),
  );
  return { query, matches, decorations };
}

export function searchPlugin(): Plugin<SearchState> {
  return new Plugin<SearchState>({
    key: searchKey,
    state: {
      init: () => EMPTY,
      apply(tr, value) {
        const meta = tr.getMeta(searchKey) as { query: SearchQuery | null } | undefined;
        if (meta) return compute(tr.doc, meta.query);
        // Only pays for a full search while the find bar has a query.
        if (tr.docChanged && value.query) return compute(tr.doc, value.query);
        return value;
      },
    },
    props: {
      decorations(state) {
        const search = searchKey.getState(state);
        if (!search || search.matches.length === 0) return null;
        // Mark the match the selection is on, so "next" is visible while the find field has focus.
        const { from, to } = state.selection;
        const current = search.decorations.find(from, to).find((d) => d.from === from && d.to === to);
        return current
          ? search.decorations.add(state.doc, [Decoration.inline(from, to, { class: 'cd-search-current' })])
          : search.decorations;
      },
    },
  });
}

export function setSearch(tr: Transaction, query: SearchQuery | null): Transaction {
  return tr.setMeta(searchKey, { query }).setMeta('addToHistory', false);
}

export function searchMatches(state: EditorState): Match[] {
  return searchKey.getState(state)?.matches ?? [];
}

/** Selects the next (or previous) match after the selection, wrapping around. */
export function findNext(backwards = false): Command {
  return (state, dispatch) => {
    const matches = searchMatches(state);
    if (matches.length === 0) return false;
    const { from, to } = state.selection;
    const match = backwards
      ? [...matches].reverse().find((m) => m.from < from) ?? matches[matches.length - 1]!
      : matches.find((m) => m.from >= to) ?? matches.find((m) => m.from > from) ?? matches[0]!;
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, match.from, match.to)).scrollIntoView());
    return true;
  };
}

/** Replaces the selected match (or selects the next one first), then moves to the next. */
export function replaceNext(replacement: string): Command {
  return (state, dispatch) => {
    const matches = searchMatches(state);
    const { from, to } = state.selection;
    const current = matches.find((m) => m.from === from && m.to === to);
    if (!current) return findNext()(state, dispatch);
    if (dispatch) {
      const tr = state.tr.insertText(replacement, current.from, current.to);
      const after = current.from + replacement.length;
      const next = findMatches(tr.doc, searchKey.getState(state)!.query!).find((m) => m.from >= after);
      if (next) tr.setSelection(TextSelection.create(tr.doc, next.from, next.to));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Replaces every match in one transaction (one undo step). */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const matches = searchMatches(state);
    if (matches.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const m of [...matches].reverse()) tr.insertText(replacement, m.from, m.to);
      dispatch(tr);
    }
    return true;
  };
}
