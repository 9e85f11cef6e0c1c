// Escaping for the published HTML. Every string from the article passes through one of these:
// the model is plain text, so anything that looks like markup must come out as visible text.

const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0/C1 controls (bar tab and newline) and unpaired surrogates cannot appear in valid HTML;
// they only arrive by accident (pasted from PDFs, Word) so they are dropped or replaced.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Text content and attribute values alike: escapes & < > " ' so neither can be broken out of. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => HTML_SPECIALS[c] as string);
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target to publish, or null when the link must be dropped (its text is kept).
 * Parsed with the WHATWG URL parser, as browsers do, so "JaVaScRiPt:", " javascript:" or
 * "java\tscript:" cannot slip past; relative and entity-mangled URLs do not parse and are
 * dropped. The serialised URL percent-encodes quotes and spaces.
 */
export function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

/**
 * JSON to put inside <script type="application/ld+json">: `<`, `>` and `&` become \u escapes
 * so "</script>" or "<!--" in a headline cannot end or alter the script element, and U+2028/9
 * are escaped for consumers that read JSON as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
