import { describe, expect, it } from 'vitest';
import { foldTypography, words } from './text';

describe('foldTypography', () => {
  it.each([
    ['“Curly” ‘quotes’ – and — dashes', `"Curly" 'quotes' - and - dashes`],
    ['  leading and trailing  ', 'leading and trailing'],
    ['tabs\tand\nnewlines  and\u00A0no-break\u2009thin', 'tabs and newlines and no-break thin'],
    ['\u00A0only unusual edges\u202F', 'only unusual edges'],
    ['plain text stays as it is', 'plain text stays as it is'],
    ['', ''],
    ['   ', ''],
  ])('%j', (input, expected) => {
    expect(foldTypography(input)).toBe(expected);
  });
});

describe('words', () => {
  it('lower-cases and keeps inner apostrophes and hyphens', () => {
    expect(words('O’Neill’s COVID-19 plan, “don’t” – 3-1')).toEqual(["o'neill's", 'covid-19', 'plan', "don't", '3-1']);
  });
});
