// Text normalisation shared by the checks.

const TYPOGRAPHY: Record<string, string> = {};
for (const c of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') TYPOGRAPHY[c] = '"';
for (const c of '\u2018\u2019\u201A\u201B\u2032') TYPOGRAPHY[c] = "'";
for (const c of '\u2012\u2013\u2014\u2015\u2212') TYPOGRAPHY[c] = '-';
const TYPOGRAPHIC = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2009\u202F]+/g;
// White space that folding would change: a run of two, or any kind other than a plain space.
const UNUSUAL_SPACE = /[\s\u00A0\u2009\u202F]{2}|[^\S ]|[\u00A0\u2009\u202F]/;

/**
 * Folds curly quotes, dashes and runs of white space, so copies compare equal whatever their
 * typography. Every paragraph passes through here, so the common case (single plain spaces)
 * skips the white-space rewrite.
 */
export function foldTypography(text: string): string {
  let s = text.replace(TYPOGRAPHIC, (c) => TYPOGRAPHY[c] as string);
  if (UNUSUAL_SPACE.test(s)) s = s.replace(SPACES, ' ');
  return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 ? s.trim() : s;
}

/** Lower-case word tokens (letters and digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
