import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from 'prosemirror-model';
import { cleanSlice, textToSlice } from './paste';
import { schema } from './schema';
import { harness } from './test-harness';
import { fromPlainText } from './serialize';
import { allTextblocks } from './doc-diff';

const p = (text: string, id: string | null = null) => schema.node('paragraph', { id }, text ? schema.text(text) : undefined);

describe('paste', () => {
  it('plain text: one paragraph per non-empty line', () => {
    const slice = textToSlice('One\r\n\r\nTwo\n   \nThree');
    const texts: string[] = [];
    slice.content.forEach((n) => texts.push(n.textContent));
    expect(texts).toEqual(['One', 'Two', 'Three']);
    expect(textToSlice('\n\n').size).toBe(0);
  });

  it('drops empty paragraphs and clears ids and ignores', () => {
    const slice = new Slice(Fragment.from([p('Kept', 'a'), p('', 'b'), p('  ', 'c'), schema.node('paragraph', { id: 'd', ignore: ['duplicate'] }, schema.text('Also'))]), 0, 0);
    const clean = cleanSlice(slice);
    const out: unknown[] = [];
    clean.content.forEach((n) => out.push([n.textContent, n.attrs.id, n.attrs.ignore]));
    expect(out).toEqual([
      ['Kept', null, []],
      ['Also', null, []],
    ]);
  });

  it('pasted copies of existing paragraphs get new ids', () => {
    const h = harness(fromPlainText('Alpha graf.\nBeta graf.'), false);
    const [first] = allTextblocks(h.state.doc);
    // Paste a copy of the first paragraph (with its id) at the end, as a drop would.
    h.dispatch(h.state.tr.insert(h.state.doc.content.size, first!.node));
    const ids = allTextblocks(h.state.doc).map((b) => b.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(first!.id);
  });
});
