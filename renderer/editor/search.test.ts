import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { TextSelection } from 'prosemirror-state';
import { findMatches, replaceAll, replaceNext, setSearch } from './search';
import { fromPlainText, toPlainText } from './serialize';
import { harness } from './test-harness';
import { docStats } from './stats';

const TEXT = 'The mayor met the Mayoress.\nMayor Ellis said the mayor’s office would reply.\n';

describe('find and replace', () => {
  const doc = fromPlainText(TEXT);

  it('finds case-insensitively by default', () => {
    const texts = findMatches(doc, { text: 'mayor', caseSensitive: false, wholeWord: false }).map((m) =>
      doc.textBetween(m.from, m.to),
    );
    expect(texts).toEqual(['mayor', 'Mayor', 'Mayor', 'mayor']);
  });

  it('respects case and whole words', () => {
    expect(findMatches(doc, { text: 'Mayor', caseSensitive: true, wholeWord: false })).toHaveLength(2);
    expect(findMatches(doc, { text: 'mayor', caseSensitive: false, wholeWord: true })).toHaveLength(3);
    expect(findMatches(doc, { text: 'mayor', caseSensitive: true, wholeWord: true })).toHaveLength(2);
  });

  it('replaces all in one undo step', () => {
    const h = harness(doc, false);
    h.dispatch(setSearch(h.state.tr, { text: 'mayor', caseSensitive: false, wholeWord: true }));
    expect(replaceAll('chief')(h.state, h.dispatch)).toBe(true);
    expect(toPlainText(h.state.doc)).toBe('The chief met the Mayoress.\nchief Ellis said the chief’s office would reply.\n');
    undo(h.state, h.dispatch);
    expect(toPlainText(h.state.doc)).toBe(TEXT);
  });

  it('replace selects, then replaces the current match', () => {
    const h = harness(doc, false);
    h.dispatch(setSearch(h.state.tr, { text: 'the', caseSensitive: true, wholeWord: true }));
    h.dispatch(h.state.tr.setSelection(TextSelection.create(h.state.doc, 1)));
    replaceNext('a')(h.state, h.dispatch); // selects the first match
    replaceNext('a')(h.state, h.dispatch); // replaces it
    expect(toPlainText(h.state.doc).split('\n')[0]).toBe('The mayor met a Mayoress.');
  });
});

describe('stats', () => {
  it('counts words, characters and non-empty paragraphs', () => {
    const stats = docStats(fromPlainText(TEXT));
    expect(stats).toEqual({ words: 13, characters: 75, paragraphs: 2, readingMinutes: 1 });
  });
});
