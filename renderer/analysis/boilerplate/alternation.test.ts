import { describe, expect, it } from 'vitest';
import { alternationTrie } from './alternation';

const WORDS = ['comment', 'commission', 'copyright', 'sponsor', 'sponsored', 'app store', 'ad-free', '(c)', 'a.b', 'tip', 'tips'];

describe('alternationTrie', () => {
  it('factors shared prefixes', () => {
    expect(alternationTrie(['comment', 'commission', 'copyright', 'tip', 'tips'])).toBe('c(?:o(?:m(?:m(?:ent|ission))|pyright))|t(?:i(?:p(?:s)?))');
  });
  it('finds a match in exactly the texts where the flat alternation of the same words does', () => {
    const flat = new RegExp(WORDS.map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), 'u');
    const trie = new RegExp(alternationTrie(WORDS), 'u');
    // every word, every prefix and suffix of every word, and the words inside other text
    const probes = WORDS.flatMap((w) => [w, w.slice(0, -1), w.slice(1), `x ${w} y`, `${w}s`, w.toUpperCase()]);
    probes.push('abb', 'a-b', 'c', 'spons', 'commit', 'comments are closed', '');
    for (const p of probes) expect([p, trie.test(p)]).toEqual([p, flat.test(p)]);
  });
  it('escapes regex syntax in the words', () => {
    const re = new RegExp(`^(?:${alternationTrie(['(c)', 'a.b'])})$`);
    expect(re.test('(c)')).toBe(true);
    expect(re.test('axb')).toBe(false);
  });
});
