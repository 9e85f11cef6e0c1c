// Text normalisation shared by the checks.

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g;

/** Folds curly quotes, dashes and runs of white space, so copies compare equal whatever their typography. */
export function foldTypography(text: string): string {
  return text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/[\s\u00A0\u2009\u202F]+/g, ' ')
    .trim();
}

/** Lower-case word tokens (letters and digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
