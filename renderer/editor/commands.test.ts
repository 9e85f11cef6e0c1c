import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { linkAt, setBlock, setLink, toggleBlockquote, toggleBulletList } from './commands';
import { allTextblocks } from './doc-diff';
import { fromPlainText, toMarkdown } from './serialize';
import { harness } from './test-harness';

const setup = () => {
  const h = harness(fromPlainText('Council tax to rise\nThe council voted on Monday.\nMore details to follow.'), false);
  return h;
};

const select = (h: ReturnType<typeof harness>, from: number, to = from) =>
  h.dispatch(h.state.tr.setSelection(TextSelection.create(h.state.doc, from, to)));

describe('formatting commands', () => {
  it('changes block type and keeps the block id', () => {
    const h = setup();
    const first = allTextblocks(h.state.doc)[0]!;
    select(h, 2);
    expect(setBlock('headline')(h.state, h.dispatch)).toBe(true);
    const after = allTextblocks(h.state.doc)[0]!;
    expect(after.node.type.name).toBe('headline');
    expect(after.id).toBe(first.id);
    expect(toMarkdown(h.state.doc).startsWith('# Council tax to rise\n')).toBe(true);
  });

  it('wraps in and lifts out of a block quote and a list', () => {
    const h = setup();
    const second = allTextblocks(h.state.doc)[1]!;
    select(h, second.pos + 2);
    toggleBlockquote(h.state, h.dispatch);
    expect(toMarkdown(h.state.doc)).toContain('> The council voted on Monday.');
    toggleBlockquote(h.state, h.dispatch);
    expect(toMarkdown(h.state.doc)).not.toContain('>');
    toggleBulletList(h.state, h.dispatch);
    expect(toMarkdown(h.state.doc)).toContain('* The council voted on Monday.');
    undo(h.state, h.dispatch);
    expect(toMarkdown(h.state.doc)).not.toContain('* ');
  });

  it('links only to web and mail addresses', () => {
    const h = setup();
    const second = allTextblocks(h.state.doc)[1]!;
    select(h, second.pos + 5, second.pos + 12);
    expect(setLink('javascript:alert(1)')(h.state, h.dispatch)).toBe(false);
    expect(setLink('https://example.org/vote')(h.state, h.dispatch)).toBe(true);
    expect(linkAt(h.state)).toBe('https://example.org/vote');
    expect(toMarkdown(h.state.doc)).toContain('The [council](https://example.org/vote) voted');
    expect(setLink('desk@example.org')(h.state, h.dispatch)).toBe(true);
    expect(linkAt(h.state)).toBe('mailto:desk@example.org');
    expect(setLink('')(h.state, h.dispatch)).toBe(true);
    expect(linkAt(h.state)).toBeNull();
  });
});
