import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { analyze } from '../analysis/analyzer';
import { diffBlocks, findingsOf, findingRange } from './findings-plugin';
import { fromPlainText } from './serialize';
import { harness } from './test-harness';
import { allTextblocks } from './doc-diff';
import { schema } from './schema';

const STORY = [
  'Harbour ferry fares will rise by eight per cent from March, the island ferry board said on Monday.',
  'The board chair, Morag Ellis, said the increase was unavoidable after fuel costs doubled.',
  '"We have held prices for three years and we cannot do it any longer," Ellis said.',
  'Commuters who travel daily will pay about forty pounds more a year under the new tariff.',
  'Harbour ferry fares will rise by eight per cent from March, the island ferry board said on Monday.',
  'Share this article on Facebook',
].join('\n');

const texts = (s: { doc: Parameters<typeof allTextblocks>[0] }) => allTextblocks(s.doc).map((b) => b.node.textContent);

describe('diffBlocks', () => {
  it('sends only the edited paragraph when typing', () => {
    const h = harness(fromPlainText(STORY), false);
    const before = h.state.doc;
    const pos = allTextblocks(before)[1]!.pos + 4;
    h.dispatch(h.state.tr.insertText('X', pos));
    const diff = diffBlocks(before, h.state.doc);
    expect(diff).not.toBe('reset');
    if (diff === 'reset') return;
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ op: 'put', moved: false });
  });

  it('describes a split as one update and one insert with fresh ids', () => {
    const h = harness(fromPlainText(STORY), false);
    const before = h.state.doc;
    const block = allTextblocks(before)[2]!;
    h.dispatch(h.state.tr.split(block.pos + 10));
    const ids = allTextblocks(h.state.doc).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const diff = diffBlocks(before, h.state.doc);
    if (diff === 'reset') throw new Error('unexpected reset');
    expect(diff.changes.map((c) => c.op)).toEqual(['put', 'put']);
    expect(diff.changes[1]).toMatchObject({ afterId: block.id });
  });

  it('describes a deleted paragraph as a removal', () => {
    const h = harness(fromPlainText(STORY), false);
    const before = h.state.doc;
    const block = allTextblocks(before)[3]!;
    h.dispatch(h.state.tr.delete(block.pos, block.pos + block.node.nodeSize));
    const diff = diffBlocks(before, h.state.doc);
    if (diff === 'reset') throw new Error('unexpected reset');
    expect(diff.changes).toEqual([{ op: 'remove', id: block.id }]);
  });

  it('describes an inserted paragraph between two as one insertion', () => {
    const h = harness(fromPlainText(STORY), false);
    const before = h.state.doc;
    const block = allTextblocks(before)[1]!;
    h.dispatch(h.state.tr.insert(block.pos, schema.node('paragraph', null, schema.text('New graf.'))));
    const diff = diffBlocks(before, h.state.doc);
    if (diff === 'reset') throw new Error('unexpected reset');
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ op: 'put', text: 'New graf.', afterId: allTextblocks(before)[0]!.id });
  });
});

describe('live findings', () => {
  it('matches a full analysis after a series of edits', async () => {
    const h = harness(fromPlainText(STORY));
    await h.settle();
    // Split, type, join, delete and insert, then compare with analysing the doc from scratch.
    const b = () => allTextblocks(h.state.doc);
    h.dispatch(h.state.tr.split(b()[1]!.pos + 20));
    h.dispatch(h.state.tr.insertText(' Extra words.', b()[3]!.pos + 1));
    h.dispatch(h.state.tr.join(b()[2]!.pos));
    const last = b()[4]!;
    h.dispatch(h.state.tr.delete(last.pos, last.pos + last.node.nodeSize));
    h.dispatch(h.state.tr.insert(0, schema.node('paragraph', null, schema.text('Share this article on Facebook'))));
    await h.settle();
    const { report } = findingsOf(h.state);
    const expected = analyze(b().filter((x) => x.node.textContent.trim()).map((x) => ({ id: x.id, text: x.node.textContent })));
    expect(report).toEqual(expected);
  });

  it('shows duplicates, boilerplate and quotes as decorations', async () => {
    const h = harness(fromPlainText(STORY));
    await h.settle();
    const { summary, decorations } = findingsOf(h.state);
    expect(summary.duplicates.map((d) => d.label)).toEqual(['¶5 copy of ¶1, 100%']);
    expect(summary.boilerplate).toHaveLength(1);
    expect(summary.quotesTotal).toBeGreaterThanOrEqual(1);
    const quote = decorations.find().find((d) => (d.spec as { check: string }).check === 'quotes');
    expect(quote).toBeTruthy();
    expect(h.state.doc.textBetween(quote!.from, quote!.to)).toContain('We have held prices');
  });

  it('maps a late report through edits made meanwhile', async () => {
    const h = harness(fromPlainText(STORY));
    await h.settle();
    // Type at the start of the quote paragraph, then deliver the report for the older version.
    const quoteBlock = allTextblocks(h.state.doc)[2]!;
    h.dispatch(h.state.tr.insertText('Later, ', quoteBlock.pos + 1));
    h.dispatch(h.state.tr.insertText('then ', quoteBlock.pos + 1));
    await h.settle();
    const range = findingRange(h.state, findingsOf(h.state).summary.duplicates[0]!.key);
    expect(range).not.toBeNull();
    const quote = findingsOf(h.state).decorations.find().find((d) => (d.spec as { check: string }).check === 'quotes')!;
    expect(h.state.doc.textBetween(quote.from, quote.to).startsWith('We have held prices')).toBe(true);
  });

  it('sends nothing while checks are off', async () => {
    const h = harness(fromPlainText(STORY), false);
    h.dispatch(h.state.tr.insertText('typing', 1));
    await h.settle();
    expect(h.sent).toEqual([]);
    expect(findingsOf(h.state).decorations.find()).toEqual([]);
  });

  it('keeps text after selection changes', () => {
    const h = harness(fromPlainText(STORY), false);
    h.dispatch(h.state.tr.setSelection(TextSelection.create(h.state.doc, 3)));
    expect(texts(h.state)).toHaveLength(6);
  });
});
