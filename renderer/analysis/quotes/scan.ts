// Finds quotation spans in one paragraph, masks them out of the narrative and splits the
// paragraph into sentences. Only double marks delimit quotes: single marks are apostrophes
// (don't, the '90s) or quotes nested inside a double-quoted span, which stay in its text.
import { ABBREVIATIONS } from './lexicon';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Text between the marks: [start, end). */
  start: number;
  end: number;
  /** Offset just past the closing mark (equals `end` when the quote is never closed). */
  close: number;
  closed: boolean;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const STRAIGHT = '"';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** A straight mark after a space (or an opening bracket) and before a word starts a quote. */
function straightOpens(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || /[\s([{\u2014\u2013-]/.test(prev)) && !isSpace(next);
}

/** A straight mark right after a digit and before a space or punctuation: inches, not a quote. */
function inchMark(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (!(prev >= 48 && prev <= 57)) return false;
  const next = text[i + 1];
  return next === undefined || /[\s,.;:!?)-]/.test(next);
}

/** Trims white space off the end of [start, end). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const letterOrDot = (c: number, ch: string): boolean =>
  c === 46 || (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(ch));
/** The run of letters and dots ending at `end` (exclusive), looking back at most 12 characters. */
function wordBefore(text: string, end: number): string {
  const limit = Math.max(0, end - 12);
  let k = end;
  while (k > limit && letterOrDot(text.charCodeAt(k - 1), text.charAt(k - 1))) k--;
  return text.slice(k, end);
}

/** Any double quotation mark, opening or closing, straight or curly. */
const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const first = text.search(ANY_MARK);
  if (first < 0) return spans;
  let open = -1;
  const closeAt = (i: number): void => {
    spans.push({ open, start: open + 1, end: i, close: i + 1, closed: true });
    open = -1;
  };
  const abandon = (i: number): void => {
    // A new opening mark while a quote is open: the earlier one was never closed.
    const end = trimEnd(text, open + 1, i);
    spans.push({ open, start: open + 1, end, close: end, closed: false });
    open = -1;
  };
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0x201c && code !== 0x201d && code !== 0x201e && code !== 0xab && code !== 0xbb) continue;
    const c = text[i] as string;
    // „…“: German-style quotes close with the mark that opens English ones
    if (code === 0x201c && open >= 0 && text.charCodeAt(open) === 0x201e) closeAt(i);
    else if (OPENERS.has(c)) {
      if (open >= 0) abandon(i);
      open = i;
    } else if (CLOSERS.has(c)) {
      if (open >= 0) closeAt(i);
    } else if (c === STRAIGHT) {
      // "a 65" screen", "6'2" tall": an inch mark after a number opens nothing
      if (open < 0 && inchMark(text, i)) continue;
      if (open < 0) open = i;
      else if (straightOpens(text, i) && isSpace(text[i - 1]) && i - open > 1) {
        abandon(i);
        open = i;
      } else closeAt(i);
    }
  }
  if (open >= 0) {
    const end = trimEnd(text, open + 1, text.length);
    spans.push({ open, start: open + 1, end, close: end, closed: false });
  }
  return spans;
}

/** True when the paragraph's first visible character opens a quote (a continued quotation). */
export function opensWithQuote(text: string): boolean {
  const m = /^\s*(\S)/.exec(text);
  const c = m?.[1];
  return c !== undefined && (OPENERS.has(c) || c === STRAIGHT);
}

/** Quote marks and their text replaced by a neutral character, offsets unchanged. */
export const MASK = '\u00B7';

export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.open) + MASK.repeat(s.close - s.open);
    at = s.close;
  }
  return out + text.slice(at);
}

/** "…?” Pyke said", "…!” Ana Ruiz asked": a name and a verb of saying right after a question. */
export const NAME_THEN_VERB = /^\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+(?:said|says|asked|asks|added|replied|shouted|told|wrote|demanded|wondered)\b/u;

/** White space, as `\s` counts it. */
const isWhite = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
  c === 0x3000 || c === 0xfeff;
const NEW_SENTENCE_START = /^\s+([\p{Lu}\p{N}\u201C\u201E"])/u;
/** White space, then within the four characters from `from` a capital, a digit or an opening
 * mark, or a masked quote: a new sentence starts there. */
function startsAnew(masked: string, from: number): boolean {
  const limit = Math.min(masked.length, from + 4);
  let k = from;
  while (k < limit && isWhite(masked.charCodeAt(k))) k++;
  if (k === from || k >= limit) return false;
  // (ASCII and the mask decided here, without a slice and a regex; any other character as the
  // patterns say)
  const c = masked.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34;
  if (c === 0xb7) return true;
  if (NEW_SENTENCE_START.test(masked.slice(from, from + 4) + ' ')) return true;
  // the next thing may be a masked quote
  return /^\s+(\S)/.exec(masked.slice(from, from + 4))?.[1] === MASK;
}

/** Numbers in non-decreasing order (a stable sort would leave them as they are). */
function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i - 1] as number) > (xs[i] as number)) return false;
  return true;
}

/** Sentence ranges [start, end) over the paragraph; quote spans never split a sentence
 * except where the quoted words themselves end one and the narrative starts anew. */
export function sentenceRanges(text: string, spans: readonly QuoteSpan[], masked = maskQuotes(text, spans)): Array<[number, number]> {
  const cuts: number[] = [];
  const startsNew = (from: number): boolean => startsAnew(masked, from);
  // every full stop, question mark and exclamation mark
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c !== 46 && c !== 63 && c !== 33) continue;
    if (c === 46) {
      // the word before the dot (letters and dots, at most 12 characters back): an
      // abbreviation, an initial or a dotted initialism does not end the sentence
      const word = wordBefore(masked, i);
      const w = word.toLowerCase();
      if (ABBREVIATIONS.has(w) || (word.length === 1 && UPPER.test(word)) || w.includes('.')) continue;
    }
    if (startsNew(i + 1)) cuts.push(i + 1);
  }
  for (const s of spans) {
    if (!s.closed) continue;
    const inner = text.slice(s.start, s.end).trimEnd();
    // "…Middle of what?” Pyke said": a name and its verb of saying go on with the question
    if (/[.!?]$/.test(inner) && startsNew(s.close) && !(/[!?]$/.test(inner) && NAME_THEN_VERB.test(masked.slice(s.close, s.close + 80)))) cuts.push(s.close);
  }
  // (the stops come in order; only a quote's end may need moving among them)
  if (!ascending(cuts)) cuts.sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) out.push([from, c]);
    from = c;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}
