import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../analysis/types';
import { AnalysisSession } from './session';
import { diffArray, diffReport, patchArray, patchReport } from './report-delta';

const para = (id: string, text: string): Paragraph => ({ id, text });
const blocks: Paragraph[] = [
  para('a', 'The river ferry will stop running in January, the operator said on Friday.'),
  para('b', '"We cannot cover the fuel bill any more," said Dana Whitlock, the operator’s director.'),
  para('c', 'Whitlock said "the numbers are plain" and left.'),
  para('d', 'The river ferry will stop running in January, the operator said on Friday.'),
  para('e', 'Like us on Facebook'),
];

describe('report deltas', () => {
  it('patches arrays back exactly, keeping unchanged entries', () => {
    const x = { v: 1 };
    const y = { v: 2 };
    const z = { v: 3 };
    const cases: [object[], object[]][] = [
      [[], []],
      [[x, y, z], [x, y, z]],
      [[x, y, z], [x, { v: 9 }, z]],
      [[x, y], [x, y, z]],
      [[x, y, z], [z]],
      [[x, x, x], [x, x]],
      [[], [x, y]],
      [[x, y], []],
    ];
    for (const [a, b] of cases) {
      const patch = diffArray(a, b);
      const out = patchArray(a, patch);
      expect(out).toEqual(b);
      if (patch.mid.length === 0 && a.length === b.length) expect(out).toBe(a);
    }
    expect(diffArray([x, y, z], [x, { v: 2 }, z]).mid).toEqual([]);
  });

  it('rebuilds each report of an editing session from the previous one', () => {
    const s = new AnalysisSession();
    s.apply({ type: 'reset', version: 1, blocks });
    let sent = structuredClone(s.report());
    let received = structuredClone(sent);
    const edits = [
      { op: 'put' as const, id: 'c', text: 'Whitlock said "the numbers are plain, really" and left.', afterId: null, moved: false },
      { op: 'put' as const, id: 'x', text: '"It is over," a deckhand said.', afterId: 'a', moved: false },
      { op: 'remove' as const, id: 'e' },
      { op: 'put' as const, id: 'd', text: 'The river ferry will stop running in February.', afterId: null, moved: false },
    ];
    let version = 1;
    for (const change of edits) {
      s.apply({ type: 'changes', version: ++version, changes: [change] });
      const next = s.report();
      const delta = structuredClone(diffReport(sent, next));
      received = patchReport(received, delta);
      expect(received).toEqual(next);
      sent = next;
    }
  });
});
