// The hand-written scanner must split and hash exactly as the TOKEN grammar does.
import { describe, expect, it } from 'vitest';
import { foldTypography } from '../text';
import { TOKEN_CAPITALISED, TOKEN_NUMBER, scanTokens, tokenize } from './tokens';

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const TEXTS = [
  'The FTSE 100 closed up 0.4% at 7,512.33 points; Ashby beat Carrow 3-1 on Saturday.',
  'COVID-19 cases rose at 10:30 a.m. on 12/03, O’Neill said – “it isn’t over”.',
  'Émile Zoë Ångström met Øyvind in São Paulo and Kraków; the ’90s rock-’n’-roll scene.',
  "Trailing apostrophes' and dashes- don't join -tokens; 3rd place, 2nd-half goals, 4x4 trucks.",
  'Numbers: ١٢٣ and ४५ beside 1,000,000 and 5.5.5 and 7- and 8-',
  '',
  '   ',
  'A',
];

describe('scanTokens', () => {
  it.each(TEXTS)('agrees with TOKEN on %j', (raw) => {
    const text = foldTypography(raw);
    const expected = tokenize(text);
    const scanned = scanTokens(text);
    expect(scanned.count).toBe(expected.length);
    expected.forEach((token, i) => {
      expect(scanned.hashes[i], token).toBe(fnv(token.toLowerCase()));
      const isNumber = /^\p{N}/u.test(token);
      expect((scanned.flags[i] ?? 0) & TOKEN_NUMBER, token).toBe(isNumber ? TOKEN_NUMBER : 0);
      expect((scanned.flags[i] ?? 0) & TOKEN_CAPITALISED, token).toBe(!isNumber && /^\p{Lu}/u.test(token) ? TOKEN_CAPITALISED : 0);
    });
  });
});
