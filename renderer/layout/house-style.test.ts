import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOUSE_STYLE_CSS } from './house-style';

describe('house style', () => {
  it('house-style.ts is the verbatim copy of assets/house-style/article.css (run sync-house-style.mjs)', () => {
    const css = readFileSync(new URL('../../assets/house-style/article.css', import.meta.url), 'utf8');
    expect(HOUSE_STYLE_CSS).toBe(css);
  });

  it('loads nothing and cannot end the <style> element it is inlined into', () => {
    expect(HOUSE_STYLE_CSS).not.toMatch(/@import|url\(|@font-face|<\/style/i);
  });

  it('has a serif headline, a readable measure and mobile/tablet breakpoints', () => {
    expect(HOUSE_STYLE_CSS).toMatch(/--story-serif: [^;]*serif;/);
    expect(HOUSE_STYLE_CSS).toMatch(/\.story h1 \{[^}]*font-family: var\(--story-serif\)/);
    expect(HOUSE_STYLE_CSS).toMatch(/\.story \{[^}]*max-width: 40rem/);
    expect(HOUSE_STYLE_CSS).toContain('@media (max-width: 64rem)');
    expect(HOUSE_STYLE_CSS).toContain('@media (max-width: 37.5rem)');
  });
});
