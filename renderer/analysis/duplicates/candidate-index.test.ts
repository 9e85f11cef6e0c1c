import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { fingerprint } from './fingerprint';

// Invented lines sharing one stock clause; each has words of its own.
const line = (i: number) => `The county said in a statement on Monday that crew ${i} at depot number ${i * 7} would be paid.`;

describe('CandidateIndex', () => {
  it('counts, lists and pairs the holders of a shingle as scores of paragraphs come and go', () => {
    const index = new CandidateIndex();
    const prints = Array.from({ length: 90 }, (_, i) => fingerprint(line(i)));
    prints.forEach((fp, slot) => index.add(slot, fp));
    const shared = (prints[0]?.shingles ?? []).filter((s) => prints.every((fp) => fp.shingles.includes(s)));
    expect(shared.length).toBeGreaterThan(0);
    const stock = shared[0] as number;
    expect(index.frequency(stock)).toBe(90);
    // too common to pair paragraphs: only slots sharing a rarer shingle are candidates
    expect(index.candidates(prints[5]!, 5, 24).has(6)).toBe(false);
    for (let slot = 0; slot < 87; slot++) index.remove(slot, prints[slot]!);
    expect(index.frequency(stock)).toBe(3);
    expect([...index.holders(stock)].sort((a, b) => a - b)).toEqual([87, 88, 89]);
    // rare again: the three remaining lines are each other's candidates through it
    expect([...index.candidates(prints[88]!, 88, 24)].sort((a, b) => a - b)).toEqual([87, 89]);
    index.add(5, prints[5]!);
    expect(index.frequency(stock)).toBe(4);
    expect(index.candidates(prints[5]!, 5, 24).has(89)).toBe(true);
  });
});
