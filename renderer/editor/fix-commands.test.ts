import { describe, expect, it } from 'vitest';
import type { Command, EditorState } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { analyze } from '../analysis/analyzer';
import { allTextblocks } from './doc-diff';
import { findingsOf } from './findings-plugin';
import { ignoreFinding, removeAllBoilerplate, removeAllDuplicates, removeDuplicate } from './fix-commands';
import { fromMarkdown, fromPlainText, toPlainText } from './serialize';
import { harness } from './test-harness';

const STORY = [
  'The county council approved a new cycle lane on the coast road after a two-hour debate on Thursday.',
  'Councillor Priya Nair, who chairs the transport committee, said the lane would open in the spring.',
  '"This is the safest route we could find for children cycling to school," Nair said.',
  'The county council approved a new cycle lane on the coast road after a two-hour debate on Thursday.',
  'Residents had collected more than 900 signatures in support of the scheme.',
  'Subscribe to our newsletter for the latest local news',
  'Residents had collected more than 900 signatures in support of the scheme.',
  'Read more: Coast road closures this summer',
].join('\n');

const paragraphs = (state: EditorState) =>
  allTextblocks(state.doc).map((b) => ({ id: b.id, text: b.node.textContent }));

function run(h: ReturnType<typeof harness>, command: Command) {
  return command(h.state, h.dispatch);
}

describe('fix commands', () => {
  it('remove all duplicates keeps the earliest copies, in one undo step', () => {
    const h = harness(fromPlainText(STORY), false);
    const report = analyze(paragraphs(h.state));
    expect(report.duplicates.map((d) => d.index)).toEqual([3, 6]);
    expect(run(h, removeAllDuplicates(report.duplicates))).toBe(true);
    const lines = toPlainText(h.state.doc).trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(new Set(lines).size).toBe(6);
    expect(analyze(paragraphs(h.state)).duplicates).toEqual([]);
    expect(run(h, undo)).toBe(true);
    expect(toPlainText(h.state.doc)).toBe(STORY + '\n');
  });

  it('remove all boilerplate uses the live findings by default', async () => {
    const h = harness(fromPlainText(STORY));
    await h.settle();
    expect(findingsOf(h.state).summary.boilerplate.length).toBeGreaterThanOrEqual(2);
    expect(run(h, removeAllBoilerplate())).toBe(true);
    const text = toPlainText(h.state.doc);
    expect(text).not.toContain('Subscribe to our newsletter');
    expect(text).not.toContain('Read more:');
    run(h, undo);
    expect(toPlainText(h.state.doc)).toBe(STORY + '\n');
  });

  it('removes one duplicate and takes a one-paragraph quote with it', () => {
    const h = harness(fromMarkdown('First graf.\n\n> Quoted graf.\n\nLast graf.\n'), false);
    const quoted = allTextblocks(h.state.doc)[1]!;
    expect(run(h, removeDuplicate(quoted.id))).toBe(true);
    expect(h.state.doc.childCount).toBe(2);
    expect(toPlainText(h.state.doc)).toBe('First graf.\nLast graf.\n');
  });

  it('never leaves an empty document', () => {
    const h = harness(fromPlainText('Only graf.'), false);
    run(h, removeDuplicate(allTextblocks(h.state.doc)[0]!.id));
    expect(h.state.doc.childCount).toBe(1);
    expect(h.state.doc.textContent).toBe('');
  });

  it('ignoring a finding is stored on the block, hides it, and undoes in one step', async () => {
    const h = harness(fromPlainText(STORY));
    await h.settle();
    const dup = findingsOf(h.state).summary.duplicates[0]!;
    expect(run(h, ignoreFinding(dup.blockId, dup.ignoreKey))).toBe(true);
    await h.settle();
    const block = allTextblocks(h.state.doc).find((b) => b.id === dup.blockId)!;
    expect(block.node.attrs.ignore).toEqual(['duplicate']);
    expect(findingsOf(h.state).summary.duplicates.map((d) => d.key)).not.toContain(dup.key);
    run(h, undo);
    await h.settle();
    expect(findingsOf(h.state).summary.duplicates.map((d) => d.key)).toContain(dup.key);
  });
});
