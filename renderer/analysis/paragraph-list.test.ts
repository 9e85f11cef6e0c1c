import { describe, expect, it } from 'vitest';
import { ParagraphList } from './paragraph-list';

describe('ParagraphList', () => {
  it('keeps order and positions through insert, move and remove', () => {
    const list = new ParagraphList();
    list.insert(0, { id: 'a', text: 'A' });
    list.insert(1, { id: 'c', text: 'C' });
    list.insert(1, { id: 'b', text: 'B' });
    expect([0, 1, 2].map((i) => list.idAt(i))).toEqual(['a', 'b', 'c']);
    expect(list.indexOf('c')).toBe(2);
    list.move('c', 0);
    expect(list.toArray().map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(list.indexOf('b')).toBe(2);
    expect(list.remove('a')).toBe('A');
    expect(list.indexOf('a')).toBe(-1);
    expect(list.indexOf('b')).toBe(1);
    expect(list.update('b', 'B2')).toBe('B');
    expect(list.textOf('b')).toBe('B2');
  });

  it('refuses duplicate ids and out-of-range positions', () => {
    const list = new ParagraphList();
    list.insert(0, { id: 'a', text: 'A' });
    expect(() => list.insert(1, { id: 'a', text: 'again' })).toThrow(/already/);
    expect(() => list.insert(5, { id: 'z', text: 'Z' })).toThrow(RangeError);
    expect(() => list.move('a', 3)).toThrow(RangeError);
    expect(() => list.textOf('nope')).toThrow(RangeError);
  });
});
