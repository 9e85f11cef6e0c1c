// Applying reports block by block must give exactly the decorations and summary of building
// them from scratch, whatever edits happened between reports and while one was computed.
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import { analyze } from '../analysis/analyzer';
import { allTextblocks } from './doc-diff';
import { findingsOf, setFindingsWindow, shownSet, withFastChildLookup } from './findings-plugin';
import { buildFindings } from './findings-model';
import { fromPlainText } from './serialize';
import { schema } from './schema';
import { harness } from './test-harness';

const LINES = [
  'Harbour ferry fares will rise by eight per cent from March, the island ferry board said on Monday.',
  'The board chair, Morag Ellis, said the increase was unavoidable after fuel costs doubled.',
  '"We have held prices for three years and we cannot do it any longer," Ellis said.',
  'Commuters who travel daily will pay about forty pounds more a year under the new tariff.',
  '"It is a scandal," said one passenger. "Nobody asked us."',
  'Harbour ferry fares will rise by eight per cent from March, the island ferry board said on Monday.',
  'The council\'s transport lead, Ravi Quill, said the "so-called consultation" had been rushed.',
  '"We will look at it again," Quill said.',
  'Share this article on Facebook',
  'Sign up for our newsletter',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const describeSet = (set: DecorationSet) =>
  set
    .find()
    .map((d: Decoration) => JSON.stringify([d.from, d.to, d.spec, (d as unknown as { type: { attrs: unknown } }).type.attrs]))
    .sort();

function expected(doc: Node) {
  const blocks = allTextblocks(doc).filter((b) => b.node.textContent.trim() !== '');
  return buildFindings(doc, analyze(blocks.map((b) => ({ id: b.id, text: b.node.textContent }))));
}

/**
 * One random edit to a random block. `bounds` are the cumulative chances of: typing one of
 * `texts`, deleting a few characters, splitting, joining with the block before, inserting a
 * paragraph and (when given) toggling the block's ignore marks; otherwise the block is removed.
 */
function randomEdit(h: ReturnType<typeof harness>, rand: () => number, texts: string[], bounds: number[]): void {
  const [typed = 0, deleted = 0, split = 0, joined = 0, inserted = 0, ignored = inserted] = bounds;
  const blocks = allTextblocks(h.state.doc);
  const b = blocks[Math.floor(rand() * blocks.length)]!;
  const at = b.pos + 1 + Math.floor(rand() * (b.node.content.size + 1));
  const r = rand();
  const tr = h.state.tr;
  if (r < typed) tr.insertText(texts[Math.floor(rand() * texts.length)]!, at);
  else if (r < deleted && b.node.content.size > 3) tr.delete(at, Math.min(at + 1 + Math.floor(rand() * 6), b.pos + b.node.nodeSize - 1));
  else if (r < split) tr.split(at);
  else if (r < joined && blocks.indexOf(b) > 0) tr.join(b.pos);
  else if (r < inserted) tr.insert(b.pos, schema.node('paragraph', null, schema.text(LINES[Math.floor(rand() * LINES.length)]!)));
  else if (r < ignored) tr.setNodeAttribute(b.pos, 'ignore', rand() < 0.5 ? ['duplicate', 'boilerplate'] : null);
  else if (blocks.length > 2) tr.delete(b.pos, b.pos + b.node.nodeSize);
  if (tr.docChanged) h.dispatch(tr);
}

describe('incremental findings', () => {
  it('equal a full rebuild after random edits, ignores and late reports', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rand = prng(seed);
      const h = harness(fromPlainText(LINES.join('\n')));
      await h.settle();
      for (let round = 0; round < 12; round++) {
        const edits = 1 + Math.floor(rand() * 4);
        for (let e = 0; e < edits; e++) {
          randomEdit(h, rand, ['x', ' said Ellis', '"', 'Share this article on Facebook', ' the'], [0.35, 0.5, 0.6, 0.7, 0.8, 0.9]);
          // Sometimes let a report be computed for this version, then keep editing before it lands.
          if (rand() < 0.3) await Promise.resolve();
        }
        await h.settle();
        const want = expected(h.state.doc);
        const got = findingsOf(h.state);
        expect(describeSet(got.decorations), `seed ${seed} round ${round}`).toEqual(describeSet(want.decorations));
        expect(got.summary).toEqual(want.summary);
      }
    }
  });

  it('equal a full rebuild when edits are posted in bursts', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const rand = prng(100 + seed);
      const h = harness(fromPlainText(LINES.join('\n')), true, { postMs: 2 });
      await h.settle();
      for (let round = 0; round < 10; round++) {
        const sentBefore = h.sent.length;
        const edits = 2 + Math.floor(rand() * 6);
        for (let e = 0; e < edits; e++) {
          randomEdit(h, rand, ['x', ' said Ellis', '"', ' the'], [0.5, 0.6, 0.7, 0.8, 0.9]);
        }
        // The burst goes out as one message.
        expect(h.sent.length).toBe(sentBefore);
        await new Promise((r) => setTimeout(r, 10));
        await h.settle();
        expect(h.sent.length).toBeLessThanOrEqual(sentBefore + 1);
        const want = expected(h.state.doc);
        const got = findingsOf(h.state);
        expect(describeSet(got.decorations), `seed ${seed} round ${round}`).toEqual(describeSet(want.decorations));
        expect(got.summary).toEqual(want.summary);
      }
      // Merged edits never left the worker out of step (it would have asked for a reset).
      expect(h.sent.filter((m) => (m as { type: string }).type === 'reset')).toHaveLength(1);
    }
  });

  it('keeps the decoration set and summary when a report changes nothing', async () => {
    const h = harness(fromPlainText(LINES.join('\n')));
    await h.settle();
    const before = findingsOf(h.state);
    const last = allTextblocks(h.state.doc)[3]!;
    h.dispatch(h.state.tr.insertText(' More.', last.pos + last.node.nodeSize - 1));
    await h.settle();
    const after = findingsOf(h.state);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.summary).toBe(before.summary);
    expect(describeSet(after.decorations)).toEqual(describeSet(expected(h.state.doc).decorations));
  });
});

describe('drawn window of findings', () => {
  it('draws only the findings in the window, through edits and reports', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(LINES[i % LINES.length]!);
    const h = harness(fromPlainText(lines.join('\n')));
    await h.settle();
    const blocks = allTextblocks(h.state.doc);
    h.dispatch(setFindingsWindow(h.state.tr, { from: blocks[100]!.pos, to: blocks[150]!.pos }));
    const rand = prng(7);
    for (let round = 0; round < 8; round++) {
      for (let e = 0; e < 3; e++) {
        const all = allTextblocks(h.state.doc);
        const b = all[90 + Math.floor(rand() * 70)]!;
        const tr = h.state.tr;
        if (rand() < 0.5) tr.insertText(['"', ' said Ellis', 'x'][Math.floor(rand() * 3)]!, b.pos + 1 + Math.floor(rand() * (b.node.content.size + 1)));
        else tr.insert(b.pos, schema.node('paragraph', null, schema.text(LINES[Math.floor(rand() * LINES.length)]!)));
        h.dispatch(tr);
      }
      await h.settle();
      const got = findingsOf(h.state);
      expect(got.window).not.toBeNull();
      const shown = describeSet(got.shown);
      expect(shown, `round ${round}`).toEqual(describeSet(shownSet(got.decorations, got.window, h.state.doc)));
      for (const quotes of [true, false]) {
        const count = (set: DecorationSet) => set.find(undefined, undefined, (spec) => ((spec as { check: string }).check === 'quotes') === quotes).length;
        expect(count(got.shown)).toBeGreaterThan(0);
        expect(count(got.shown)).toBeLessThan(count(got.decorations));
      }
    }
    h.dispatch(setFindingsWindow(h.state.tr, null));
    expect(findingsOf(h.state).shown).toBe(findingsOf(h.state).decorations);
  });
});

describe('withFastChildLookup', () => {
  it('answers forChild like the set itself', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 120; i++) lines.push(LINES[i % LINES.length]!);
    const h = harness(fromPlainText(lines.join('\n')));
    await h.settle();
    const set = findingsOf(h.state).decorations;
    const fast = withFastChildLookup(set)!;
    expect(fast).not.toBe(set);
    h.state.doc.forEach((node, offset) => {
      expect(fast.forChild(offset, node)).toBe(set.forChild(offset, node));
      expect(fast.forChild(offset + 1, node)).toBe(set.forChild(offset + 1, node));
    });
    expect(fast.find()).toEqual(set.find());
    expect(withFastChildLookup(set)).toBe(fast);
  });
});
