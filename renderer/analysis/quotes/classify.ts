// Tells someone's words apart from quoted names: scare quotes, nicknames, titles of works and
// named things. Uses the shape of the quoted text and the words around it, not a word list of
// particular names.
import type { QuoteKind } from '../types';
import { NAMING_CUES, THING_NOUNS } from './lexicon';

/** Nouns for written labels whose words are quoted. */
const LABEL_BEFORE = /\b(?:slogan|motto|tagline|catchphrase|headline|caption|banner|placard|inscription|hashtag|strapline|jingle)s?\s*[,:]?$/i;

const SMALL_WORDS = new Set('a an the of in on at to for and or but by with from vs nor as'.split(' '));

/** "Fading Voices: Fifteen Years of Loss", "Operation Safe Harbour", "the Quarrel", "Turbo". */
function isTitleCased(words: string[]): boolean {
  let caps = 0;
  for (const raw of words) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps > 0;
}

export interface KindContext {
  /** Narrative of the same sentence before the quote (quotes masked). */
  before: string;
  /** Narrative after the quote up to the end of the sentence. */
  after: string;
  /** A verb of saying ties the quote to a speaker in its sentence. */
  spoken: boolean;
}

export function classifyQuote(text: string, ctx: KindContext): QuoteKind {
  const t = text.trim();
  const words = t.split(/\s+/).filter(Boolean);
  const punctEnd = /[.,!?;…]$/.test(t);
  const before = ctx.before.replace(/\s+$/, '');
  if (!t) return 'other';
  if (NAMING_CUES.test(before) && words.length <= 14) return 'other';
  if (/^Operation\s+\p{Lu}/u.test(t) && words.length <= 5) return 'other';
  // "the event's slogan, “See more. Carry less.”": words on a banner, not anyone speaking
  if (!ctx.spoken && words.length <= 12 && LABEL_BEFORE.test(before)) return 'other';
  // US style keeps the comma inside: 'The app, called "Quiet Hours," logs …' names a thing
  if (words.length <= 5 && /,$/.test(t) && isTitleCased(t.slice(0, -1).split(/\s+/)) &&
    /\b(?:called|named|dubbed|titled|entitled|nicknamed|branded|known as)$/i.test(before))
    return 'other';
  const next = /^\s*([\p{L}-]+)/u.exec(ctx.after)?.[1]?.toLowerCase();
  if (words.length <= 4 && !punctEnd && next && THING_NOUNS.has(next) && /\b(?:the|a|an|its|their|his|her|our|your)$/i.test(before))
    return 'other';
  // "what fishermen call “the Quarrel”" names a thing; "called the plan “a disgrace”" is speech
  if (words.length <= 4 && !punctEnd && /\b(?:call|calls|called|calling)(?:\s+(?:it|them|him|her|this|that))?$/i.test(before) &&
    (isTitleCased(words) || !ctx.spoken))
    return 'other';
  if (words.length <= 10 && !punctEnd && isTitleCased(words)) return 'other';
  // a lone word inside a noun phrase ("a dawn “crackle” over the reef") is a scare quote
  if (words.length === 1 && !punctEnd && !ctx.spoken && /\b(?:a|an|the|its|their|his|her|this|our)(?:\s+[\p{Ll}-]+)?$/u.test(before))
    return 'other';
  if (words.length <= 3 && !punctEnd && !ctx.spoken) return 'other';
  // unspoken title-case text is a name or a title even with a comma after it
  if (words.length <= 10 && !ctx.spoken && isTitleCased(words) && !/[.!?]$/.test(t)) return 'other';
  // a few words inside a sentence with no verb of saying anywhere near: a scare quote
  if (words.length <= 6 && !/[.!?,;]/.test(t) && !ctx.spoken && before.trim() !== '') return 'other';
  return 'speech';
}
