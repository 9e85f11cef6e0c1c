import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyzer';
import type { Paragraph } from '../analysis/types';
import { AnalysisSession } from './session';

const blocks: Paragraph[] = [
  { id: 'a', text: 'The river ferry will stop running in January, the operator said on Friday.' },
  { id: 'b', text: '' },
  { id: 'c', text: '"We cannot cover the fuel bill any more," said Dana Whitlock, the operator’s director.' },
  { id: 'd', text: 'The river ferry will stop running in January, the operator said on Friday.' },
  { id: 'e', text: 'Like us on Facebook' },
];

const nonEmpty = (list: Paragraph[]) => list.filter((p) => p.text.trim() !== '');

describe('AnalysisSession', () => {
  it('keeps empty blocks out of the analysis but in its order', () => {
    const s = new AnalysisSession();
    s.apply({ type: 'reset', version: 1, blocks });
    expect(s.report()).toEqual(analyze(nonEmpty(blocks)));
    // The empty block gets text: it is inserted in the analysis at its place.
    s.apply({ type: 'changes', version: 2, changes: [{ op: 'put', id: 'b', text: 'Passengers were told on board.', afterId: null, moved: false }] });
    const now = blocks.map((p) => (p.id === 'b' ? { ...p, text: 'Passengers were told on board.' } : p));
    expect(s.report()).toEqual(analyze(nonEmpty(now)));
  });

  it('applies inserts after a given block, removals and moves', () => {
    const s = new AnalysisSession();
    s.apply({ type: 'reset', version: 1, blocks });
    s.apply({
      type: 'changes',
      version: 2,
      changes: [
        { op: 'remove', id: 'e' },
        { op: 'put', id: 'x', text: 'Read more: ferry timetables', afterId: 'a', moved: false },
        { op: 'put', id: 'd', text: blocks[3]!.text, afterId: null, moved: true },
      ],
    });
    const expected = [blocks[3]!, blocks[0]!, { id: 'x', text: 'Read more: ferry timetables' }, blocks[2]!];
    expect(s.report()).toEqual(analyze(expected));
  });

  it('asks for a resync when it meets an unknown block', () => {
    const s = new AnalysisSession();
    s.apply({ type: 'reset', version: 1, blocks });
    const reply = s.apply({ type: 'changes', version: 2, changes: [{ op: 'remove', id: 'nope' }] });
    expect(reply).toMatchObject({ type: 'resync', version: 2 });
    expect(s.apply({ type: 'reset', version: 3, blocks })).toBeNull();
    expect(s.report()).toEqual(analyze(nonEmpty(blocks)));
  });
});
