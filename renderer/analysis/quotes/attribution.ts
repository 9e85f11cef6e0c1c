// Per-paragraph work: the quotes, what kind each is, the local words that attribute it
// ("X said", "said X, the title", "according to X", "X …:") and the people and bodies the
// paragraph names. The result depends on the paragraph's text alone, so it can be cached.
import type { QuoteKind } from '../types';
import { classifyQuote } from './classify';
import { type Entity, type Gender, ONE_NAME_ROLE, ROLE_THEN_NAME_START, type Token, entitiesIn, isNamed, isRoleNoun, tokenize } from './people';
import { ADJUDICATORS, DOCUMENT_NOUNS, DOCUMENT_VERBS, KIN_NOUNS, NON_NAMES, PASSIVE_AUXILIARIES, SPEECH_VERBS, TITLES } from './lexicon';
import { MASK, NAME_THEN_VERB, type QuoteSpan, findQuoteSpans, maskQuotes, opensWithQuote, sentenceRanges } from './scan';

export interface LocalQuote {
  start: number;
  end: number;
  text: string;
  closed: boolean;
  kind: QuoteKind;
  /** Who the paragraph's own words credit, before cross-paragraph resolution. */
  cue: Entity | null;
  /** How the cue was found, for the finding's note. */
  how: string;
  /** With no cue: a document the quote's sentence is about ("The draft would allow “…”"). */
  about: Entity | null;
  /** With a "he" or "she" cue: names its sentence gives before it as whom something went to or
   * came from ("In a letter to Vale, he wrote"), whom that pronoun is not. */
  notCue?: Entity[];
}

export interface Mention {
  entity: Entity;
  /** Subject of a verb of saying. */
  speaker: boolean;
  /** First named thing of its sentence (a likely antecedent for he/she). */
  subject: boolean;
  /** A single name opening its sentence as its subject, that "he" or "she" follows in it with no
   * name between: a person's. */
  personal?: boolean;
  /** A bare name owning what its sentence opens with ("Maeve's own view was …"): the person the
   * sentence is about when the story has introduced them, never a name new to it. */
  owner?: boolean;
  gender: Gender;
}

export interface ParagraphSummary {
  text: string;
  quotes: LocalQuote[];
  mentions: Mention[];
  /** The first visible character opens a quote. */
  opensWithQuote: boolean;
  /** The last quote is never closed. */
  leavesOpen: boolean;
  /** The paragraph ends with a colon after a speaker ("The ministry said:"), who then speaks
   * in the next paragraph. */
  leadsInto: Entity | null;
  /** Nothing but quotations: no narrative words outside the marks. */
  pure: boolean;
  /** The last sentence holds a speech quote, so its speaker is the last voice of the paragraph. */
  endsQuoted: boolean;
  /** Who speaks in reported speech in the last sentence, which quotes nothing ("She said she
   * had been woken by …"): a paragraph of quotation alone after it is theirs. */
  reportsLast: Entity | null;
  /** "He"/"she" opening a sentence outside any quote's attribution ("She said the landlord …"):
   * evidence of the gender of whoever it refers to. */
  subjectPronouns: Entity[];
  /** The last crowd the narrative names ("the protesters", "2,000 demonstrators"), for a "they
   * chanted" opening the next paragraph. */
  crowd: string | null;
}

interface Verb {
  start: number;
  end: number;
  word: string;
  /** A verb only a document says with ("found", "alleges"): kept only after one. */
  docOnly?: boolean;
}

const PARTICIPLE = /ing$/;
/** Verbs of evidence, not speech: what "the records showed" is the one reporting it says. */
const EVIDENCE_VERBS = new Set('show shows showed shown suggest suggests suggested indicate indicates indicated reveal reveals revealed prove proves proved mean means meant'.split(' '));
/** Up to six words and no "and"/"but" between a verb and its quote: the quote is the verb's own
 * object ("had shouted “…”", "described the plan as “…”"), not a later predicate's. */
function quotedRightAfter(gap: string): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  return words.length <= 6 && !words.some((w) => w === 'and' || w === 'but' || w === 'or');
}
/** Passive verbs that name who heard it: "were told", "was asked". */
const ADDRESSED = new Set(['told', 'asked']);
/** Verbs whose object is what was said: "she said (it) would be announced". */
const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'added', 'stated', 'claimed', 'insisted', 'argued', 'wrote', 'told', 'warned']);
/** "has been called ", "was described as ": a passive verb of saying right before a quote. */
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|be|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+(?:as\s+)?$/u;
/** How a quote credited to the agent of a passive verb was found. */
export const PASSIVE_HOW = 'said by (passive)';
/** Passive verbs whose quote is what something was called ("was dubbed “…”"), not a clause. */
const NAMING_VERBS = new Set('called described dubbed labelled labeled branded termed hailed billed nicknamed characterised characterized styled touted'.split(' '));
/** "by " right after the quote: its agent follows. */
const AGENT_AFTER = /^[\s,]*by\s+/;
/** A passive verb of judging and its agent before the quote: "was accused by " (then "MPs on
 * Wednesday of “…”"). */
const AGENT_BEFORE_QUOTE =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?(?:accused|criticised|criticized|attacked|condemned|praised|branded|labelled|labeled|dubbed|described|hailed|denounced|slammed)\s+by\s+(?=[^,;:.\u00B7]{1,80}\s(?:of|as|for)\s*$)/u;
/** "in a joint statement", "in its written response": a document a verb of saying came in. */
const DOCUMENT_AFTER_VERB = /^\s+in (?:an?|its|his|her|their) ((?:joint |written |separate |brief |short |emailed |formal )?([\p{Ll}-]+))\b/u;
/** A dateline with the agency in brackets: "CITY, State. (Agency) —", "CITY, March 3 (Agency) -". */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’-]*(?:,\s*[\p{L}\p{N}.,\s]{2,40}?)?\s*\([^)]{2,60}\)\s*[\u2014\u2013-]/u;
/** A dateline without an agency: a city in capitals, perhaps its state, then a dash: "REDWOOD
 * BEND, Calif. — ", "LAGOS, Nigeria — ". */
// (the state one word, abbreviated or not, or "New"/"North"/… and one: not "OK, Tom Reyes — ")
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu},\s*(?:\p{Lu}[\p{L}.]{1,14}|(?:New|North|South|East|West)\s+\p{Lu}\p{Ll}+)\s*[\u2014\u2013]\s/u;
/** "she told Mara Winter": a name after a pronoun and a verb of saying is who was told. */
const TOLD_BEFORE = /\b(?:he|she|they|it|we|i)\s+[\p{L}]+\s*$/iu;

const ACCORDING = /\b[Aa]ccording to\b/g;
/** "said in a letter posted on …", "via a statement emailed to …", "in a statement read to the
 * court": a preposition's document object right before a verb in -ed (or "read", a participle
 * too), which then describes the document and says nothing itself. */
const DOCUMENT_OBJECT_BEFORE = /\b(?:in|on|via|through|from|under|with)\s+(?:an?|the|his|her|its|their|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s$/u;
const documentParticiple = (masked: string, t: Token): boolean => {
  if (!t.lower.endsWith('ed') && t.lower !== 'read') return false;
  const m = DOCUMENT_OBJECT_BEFORE.exec(masked.slice(Math.max(0, t.start - 48), t.start));
  return m !== null && DOCUMENT_NOUNS.has(m[1] as string);
};
/** A closed quote, then a comma or space, right before a reader: "“…,” she read". */
const READ_OUT_BEFORE = /\u00B7[\s,]*$/;

/** A word's letters: apostrophes and hyphens split a token ("so-called" holds "called"). */
const SPLIT_WORD = /[\p{L}]+/gu;

/** Verbs of saying in their bare form, which may follow "hear someone" or "make someone". */
const BARE_SPEECH = new Set('say tell explain argue insist warn recall acknowledge admit complain describe predict stress suggest urge contend allege'.split(' '));
/** A verb of perceiving or causing, then its object (a few words): "to hear a police officer" (not
 * after "who", "that" or "which": "Neighbours who saw the crash say" is a subject and its verb). */
const PERCEIVED_BEFORE = /(?<!\b(?:who|that|which)\s+)\b(?:hear|hears|heard|hearing|watch|watches|watched|watching|see|sees|saw|seen|seeing|let|lets|letting|make|makes|made|making)\s+(?:(?!(?:that|who|which|whom|and|but|or|to|if|when|how|what|why)\s)[\p{L}'’-]+\s+){1,4}$/u;

/** ("…, a group that backs Cllr Ana Ruiz, said": a name ending a relative clause is its object) */
const RELATIVE_WORD = /\b(?:that|who|whom|which)\s/;

/** Only adverbs or an auxiliary between a comma and the verb: ", later", ", has since", ", had". */
const VERB_LEAD_ONLY = /^\s*(?:(?:has|have|had|will|would|could|can|did|does)(?=\s*$|\s+\p{Ll})\s*)?(?:(?:also|later|then|once|again|since|\p{Ll}+ly)\s*)?$/iu;

/** A passive's auxiliary right before a verb: "had been (already) warned". */
const PASSIVE_AUX_BEFORE = /\b(?:been|was|were|be|being|is|are|get|got)\s+(?:\p{Ll}+ly\s+)?$/u;

/** The last document among `es` that ends by `at`: what a clause may go back to past a name. */
const documentBefore = (es: readonly Entity[], at: number): Entity | undefined =>
  es.findLast((e) => (e.kind === 'document' || e.kind === 'documentRef') && e.end <= at);
/** "and a ", "but the ": a new clause opening on its subject. */
const CLAUSE_AFTER_AND = /^\s*(?:and|but)\s+/;
/** ", she said." closing a sentence: a pronoun, a name or a role, then the verb, or the verb first. */
const CLOSING_CREDIT = /,\s+(?:(?:he|she|they|it|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:said|says|added|adds)|(?:said|says|added|adds)\s+[^,.;:]{2,40})\s*[.!]?\s*$/u;
/** A document's addressee or author after it: "to the diocesan synod", "for the council". */
const DOCUMENT_ADDRESSED = /^\s+(?:to|for|by|from)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** Nothing but when between a subject and its verb: "", " last autumn", " on Monday". */
const WHEN_ONLY = /^\s*(?:(?:last|this|next|on|in|earlier|late|early)\s+[\p{L}\d]+\s*){0,2}$/u;

/** "would be (widely) read", "being read": a document verb in a passive still to come. */
const DOCUMENT_YET_TO_BE = /\b(?:be|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Between a verb of saying and the subject of the clause it reports: "said (that) the". */
const CLAUSE_SUBJECT_GAP = /^\s+(?:that\s+)?(?:(?:the|a|an|some|many|most|several|his|her|their|its|our)\s+)?$/;

/** Verbs of saying, and verbs only a document says with: one lookup per word. */
const VERB_KINDS = new Map<string, 'speech' | 'document'>([
  ...[...DOCUMENT_VERBS].map((w) => [w, 'document'] as const),
  ...[...SPEECH_VERBS].map((w) => [w, 'speech'] as const),
]);

/** Only A–Z and a–z (what `/^[a-z]+$/i` tests, without a regex call for every word). */
function asciiLettersOnly(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** "as one member put it, " before a quote, the one who put it captured. */
const PUT_IT_BEFORE = /\bas\s+([^,;:.\u00B7]{2,60}?)\s+(?:\p{Ll}+ly\s+)?(?:put|puts)\s+it\s*[,:]?\s*$/u;
/** "…,” as Ana Ruiz put it." after a quote. */
const PUT_IT_AFTER = /^[\s,]*as\s+([^,;:.\u00B7]{2,60}?)\s+(?:\p{Ll}+ly\s+)?(?:put|puts)\s+it\b/u;
/** Verbs whose passive subject is the one spoken to: "was told", "had been asked". */
const HEARD_PASSIVE = new Set(['told', 'asked', 'informed', 'assured', 'reminded', 'advised', 'briefed', 'warned']);
function findVerbs(masked: string, tokens: readonly Token[]): Verb[] {
  const out: Verb[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = t.lower;
    const kind = VERB_KINDS.get(w);
    // "the United States", "Gulf States": a capitalised verb right after a capitalised word
    // is the end of a name, not a verb of saying
    if (kind !== undefined && insideName(masked, tokens, i)) continue;
    // "the claims were", "his calls for calm", "its notes": after a determiner the word is a noun
    if (kind !== undefined && i > 0 && NOUN_DETERMINERS.has((tokens[i - 1] as Token).lower) && (tokens[i - 1] as Token).end === t.start - 1) continue;
    if (kind !== undefined && PLURAL_NOUN_VERBS.has(w) && i > 0 && nounSlot(masked, tokens, i)) continue;
    if (MANNER_PLURALS.has(w) && !mannerVerbSlot(masked, tokens, i)) continue;
    if (kind === 'speech') {
      // "the dish she never wrote down", "a rival shouted down": with "down" after it the verb
      // records or silences, it quotes no one ("said down the phone" still says)
      const next = tokens[i + 1];
      if (next?.lower === 'down' && next.start === t.end + 1 && !DOWN_DIRECTION.test(masked.slice(next.end))) continue;
      if (documentParticiple(masked, t)) continue;
      // "Doyle hit back, accusing Ames of …" speaks; "banners accusing her of “betrayal”" is
      // what a thing says about its object, never the words of the one accused
      if (w === 'accusing' && !/,\s*$/.test(masked.slice(Math.max(0, t.start - 3), t.start))) continue;
      // "waited years to hear a police officer explain himself", "made him admit it": a bare
      // verb after one of hearing or making reports no words of the one it is about
      if (BARE_SPEECH.has(w) && PERCEIVED_BEFORE.test(masked.slice(Math.max(0, t.start - 60), t.start))) continue;
      // "a referee who had been told it was his real name": the one told hears, says nothing
      // (what they were told, quoted straight after, is read where the quote is)
      if (HEARD_PASSIVE.has(w) && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && (tokens[i - 1] as Token).end === t.start - 1 && !/^[\s,:]*\u00B7/.test(masked.slice(t.end, t.end + 4))) continue;
      if (!(w === 'reads' && t.text.charCodeAt(0) !== 114)) out.push({ start: t.start, end: t.end, word: w });
      continue;
    }
    if (kind === 'document') {
      if (documentParticiple(masked, t)) continue;
      // "she hoped the report would be read “…”", "it is to be found": what is yet to be done to
      // a document says nothing (not "A statement was read out: “…”")
      if (DOCUMENT_YET_TO_BE.test(masked.slice(Math.max(0, t.start - 24), t.start))) continue;
      out.push({ start: t.start, end: t.end, word: w, docOnly: true });
      continue;
    }
    // only a token with an inner apostrophe, hyphen, digit or mark can hold a verb inside it
    if (t.text.length < 4 || asciiLettersOnly(t.text)) continue;
    SPLIT_WORD.lastIndex = 0;
    for (let m = SPLIT_WORD.exec(t.text); m; m = SPLIT_WORD.exec(t.text)) {
      const lw = m[0].toLowerCase();
      if (SPEECH_VERBS.has(lw) && !(lw === 'reads' && m[0].charCodeAt(0) !== 114))
        out.push({ start: t.start + m.index, end: t.start + m.index + m[0].length, word: lw });
    }
  }
  if (masked.includes('ccording to')) {
    let added = false;
    ACCORDING.lastIndex = 0;
    for (let m = ACCORDING.exec(masked); m; m = ACCORDING.exec(masked)) {
      out.push({ start: m.index, end: m.index + m[0].length, word: 'according to' });
      added = true;
    }
    if (added) out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A court, tribunal or judge: its head noun, or a person's role ("Judge"), rules on evidence. */
function adjudicates(e: Entity): boolean {
  // ("inspectors found", "auditors concluded": unnamed people who examine evidence)
  const name = e.kind === 'person' ? (e.role ?? '') : e.kind === 'body' || e.kind === 'bodyRef' || e.kind === 'title' || e.kind === 'anonymous' ? e.name : '';
  return ADJUDICATORS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** ", who goes by the nom de guerre “…”": an alias in quotes (masked) right after an unnamed role. */
const ALIAS_AFTER = /,\s+(?:who\s+)?(?:goes|went|is\s+known|was\s+known|known)\s+by\s+(?:the\s+|a\s+)?(?:nom de guerre|name|alias|pseudonym|code\s?name|kunya|moniker)\s+(\u00B7+)/g;
/** A personal name: capitalised words, with lower-case particles between ("Abu al-Layth"). */
const ALIAS_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de|la)[-\s])?\p{Lu}[\p{L}'’-]*){0,3}$/u;

/** "The group's commander, who goes by the nom de guerre “Abu Tariq”, said": the unnamed role
 * is a person known by the quoted alias, so the alias names them. */
function namedByAlias(text: string, masked: string, es: Entity[]): Entity[] {
  let out = es;
  ALIAS_AFTER.lastIndex = 0;
  for (let m = ALIAS_AFTER.exec(masked); m; m = ALIAS_AFTER.exec(masked)) {
    const role = out.find((e) => e.end === m.index && (e.kind === 'title' || e.kind === 'anonymous'));
    const at = m.index + m[0].length - (m[1] as string).length;
    const name = text.slice(at + 1, m.index + m[0].length - 1).replace(/[,.]$/, '').trim();
    if (!role || !ALIAS_NAME.test(name)) continue;
    const desc = role.role ?? role.name;
    out = out.map((e) => (e === role ? { ...e, kind: 'person', name, role: desc, roles: [desc] } : e));
  }
  return out;
}

/** " known as ", " who goes by (the name) ", " who uses the single name ": between a role and
 * the one name it is known by. */
const KNOWN_AS =
  /^\s+(?:(?:who\s+(?:is\s+)?)?known\s+(?:only\s+|simply\s+)?(?:as|by\s+the\s+name)|(?:who\s+)?(?:goes|went)\s+by(?:\s+the\s+(?:single\s+|one\s+)?(?:name|alias|pseudonym|handle|moniker))?|(?:who\s+)?(?:uses|used)\s+(?:only\s+)?(?:the|a)\s+(?:single|one)\s+name)\s+$/;

/** "The street artist known as Vesper said": an unnamed role known by one name is a person
 * introduced by it, the name standing for the whole. */
function knownAs(masked: string, es: Entity[]): Entity[] {
  let out = es;
  for (let k = 0; k + 1 < es.length; k++) {
    const role = es[k] as Entity;
    const name = es[k + 1] as Entity;
    if ((role.kind !== 'title' && role.kind !== 'anonymous') || name.kind !== 'single' || !KNOWN_AS.test(masked.slice(role.end, name.start))) continue;
    const desc = role.role ?? role.name;
    out = out.filter((e) => e !== role).map((e) => (e === name ? { ...e, kind: 'person', role: desc, roles: [desc, ONE_NAME_ROLE] } : e));
  }
  return out;
}

/** All that follows a pull quote's dash: a few words, no clause. */
const DASH_CREDIT = /^[\p{L}'’ -]{3,60}?(?=\s*\.?\s*$)/u;
/** "“…” — former Kestrel team leader": a bare description ending in a role is who said it. */
function bareDescription(rest: string): string | null {
  const m = DASH_CREDIT.exec(rest);
  const last = m ? m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase() : '';
  return m && m[0].split(' ').length <= 6 && isRoleNoun(last) ? m[0] : null;
}

/** Words after which a verb of saying can only be a noun ("the claims", "her notes"). */
const NOUN_DETERMINERS = new Set('the a an his its their our my your these those such'.split(' '));
/** Verbs of saying that are also plural nouns ("allows claims to be processed", "amid reports"). */
const PLURAL_NOUN_VERBS = new Set('claims reports notes states calls comments remarks replies answers tweets posts shouts whispers murmurs yells mutters'.split(' '));
/** "down the phone", "down to the crew": a direction after "down", not a verb's particle. */
const DOWN_DIRECTION = /^\s+(?:the|to|from|into|onto|at|through|on|her|his|their|my|our|its|a|an)\b/;
/**
 * How a voice sounded, as a verb only right after its speaker ("she whispers", "Tallis
 * mutters") or after a quote and its comma ("…,” whispers Tova Lind"); anywhere else the
 * plural is a noun ("heard whispers of", "There were shouts", "Whispers about …").
 */
const MANNER_PLURALS = new Set('shouts whispers murmurs yells mutters'.split(' '));
const AFTER_QUOTE = /[,\u201D"\u00B7]\s*$/; // (\u00B7: a masked quotation)
function mannerVerbSlot(masked: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== t.lower) return false;
  if (AFTER_QUOTE.test(masked.slice(Math.max(0, t.start - 4), t.start))) return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start - 1) return false;
  if (prev.lower === 'he' || prev.lower === 'she' || prev.lower === 'it') return true;
  // a capitalised word (a name) that does not open its sentence
  return prev.text !== prev.lower && !/[.!?]\s*$/.test(masked.slice(Math.max(0, prev.start - 3), prev.start)) && prev.start > 0;
}
/** Words before which a noun stands, never a verb with its subject: prepositions. */
const NOUN_PREPOSITIONS = new Set('amid amidst over despite about of against following after on with without by to in into from for among under'.split(' '));
/** Words that count what follows, making it a plural noun ("several calls", "two reports"). */
const QUANTIFIERS = new Set('several many numerous multiple few fewer more most some any no two three four five six seven eight nine ten dozens hundreds thousands'.split(' '));
/** Nouns ending in "s" that are not plurals and may be a verb's subject ("the news claims"). */
const S_SUBJECTS = new Set('news series species census bus gas lens campus chorus virus status thesis analysis crisis basis bias atlas'.split(' '));
/** Adverbs ending in "s" that stand between a subject and its verb ("she always claims"). */
const S_ADVERBS = new Set('always perhaps sometimes nevertheless nonetheless afterwards besides regardless unless'.split(' '));
/**
 * "allows claims to be processed", "rejected reports that", "amid claims": after a preposition
 * or a verb in -s or -ed (lower case, one space between), the word is the verb's object, a
 * noun; a subject before a verb in -s is never itself a verb or a plural ("officials claims").
 * A word in -s or -ed after a determiner or a preposition is a noun, the subject itself ("the
 * accused claims", "a group of parents claims").
 */
function nounSlot(masked: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  const t = tokens[i] as Token;
  if (prev.end !== t.start - 1 || masked.charCodeAt(prev.end) !== 32 || prev.text !== prev.lower) return false;
  const p = prev.lower;
  // ("received several calls", "after many claims": a number of them is a plural noun)
  if (NOUN_PREPOSITIONS.has(p) || QUANTIFIERS.has(p)) return true;
  if (p.length < 5 || S_SUBJECTS.has(p) || S_ADVERBS.has(p)) return false;
  const before = tokens[i - 2]?.lower ?? '';
  if (NOUN_DETERMINERS.has(before) || NOUN_PREPOSITIONS.has(before)) return false;
  // (not -ing: "the filing states", "the ruling notes" are nouns that speak)
  return p.endsWith('ed') || (p.endsWith('s') && !p.endsWith('ss') && !p.endsWith('us') && !p.endsWith('is'));
}

/** A capitalised word straight after another capitalised word (one space between). */
function insideName(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start - 1 || text.charCodeAt(prev.end) !== 32) return false;
  const p = prev.text.charCodeAt(0);
  return p >= 65 && p <= 90;
}

/** A segment set off by commas that opens with a relative pronoun: ", whose district …,". */
const RELATIVE_OPENING = /^\s*(?:who|whose|whom|which|where)\s/;

/** Comma-separated pieces of [from, to). */
function segments(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === '\u2013' || c === '\u2014' || c === '(' || c === ')') {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, to]);
  return out;
}

/** A participle of a verb of action opening a sentence: "Speaking to ", "Writing in ". */
const PARTICIPLE_LEAD = /^\s*\p{Lu}\p{Ll}+ing\s/u;
/** What a document's maker did with it, in a relative clause before the document's own verb:
 * "(a lawsuit the family) filed in June (alleges)". */
const DOCUMENT_MADE_AFTER = /^\s+(?:filed|wrote|issued|published|released|sent|submitted|drafted|signed|lodged|commissioned|obtained|prepared)\b[^,;:.\u00B7]{0,40}\s$/;
/** An opening participle's phrase, then the role set off before the name: "Giving evidence
 * last week, the chief executive of X, " (before "Philippa Roscoe, apologised"). */
const PARTICIPLE_THEN_ROLE = /^\s*\p{L}+ing\s[^,]*,\s*[^,.;:]{2,80},\s*$/u;
/** The rest of an opening phrase, up to the comma that ends it (commas inside it too). */
const AFTER_PHRASE = /^[^.;:!?\u00B7]*,\s*(?:the\s+)?$/;
/** A lower-case word right after a name: its verb. */
const VERB_NEXT = /^\s+\p{Ll}/u;
/** A participle opening a sentence before its subject: "Born in …, ", "Raised by …, ". */
const OPENING_PARTICIPLE = /^\s*(?:born|raised|based|educated|trained|elected|appointed|founded|known|\p{L}+ing)\s[^,]*,\s*$/iu;
const LEADING_PREPOSITION = /^\s*(?:at|on|in|after|before|during|outside|inside|speaking|asked|later|earlier|meanwhile|however|but|and|also|then|when|while|as|for|from|with|by|since|who|whose|which|where|across|behind|beside|near|along|around|among|amid|beyond|under|over|through|throughout|within|despite|until|like|unlike|today|yesterday|now|instead|still|back|elsewhere|nearby|upstairs|downstairs)\b/i;
/** An auxiliary right after a noun: it is the subject of a clause ("said the plan was …"). */
const CLAUSE_VERB_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|did|does|do)\b/;
/** Nouns for what someone said: "words", "verdict", "answer". */
const SAYING_NOUNS = '(?:words|message|answer|reply|response|advice|verdict|warning|plea|explanation|argument|conclusion|view|take|assessment|prediction)';
/** "her words", "his message to ministers": a possessive pronoun and a noun for what was said. */
const POSSESSIVE_SAYING = new RegExp(`\\b(his|her|His|Her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${SAYING_NOUNS}\\b`, 'u');
/** "Blake's verdict:", "Okafor's answer was simple:": a named person's words before a colon. */
const NAME_SAYING = new RegExp(`(?:^|[\\s\\u00B7])(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${SAYING_NOUNS}\\b[^.;:]*:\\s*$`, 'u');
/** The pronoun a possessive at `at` stands for: "his" → he, "her" → she, "its" → it, "their" → they. */
const POSSESSIVE_PRONOUNS = new Map<string, [string, Gender]>([['his', ['he', 'm']], ['her', ['she', 'f']], ['its', ['it', null]], ['their', ['they', null]]]);
function possessor(word: string, at: number): Entity {
  const [name, gender] = POSSESSIVE_PRONOUNS.get(word.toLowerCase()) as [string, Gender];
  return { kind: 'pronoun', start: at, end: at + word.length, name, role: null, roles: [], gender };
}
/** "In Blake's words,", "in her own words,": whose words the quote is, right before it. */
const IN_WORDS = /\b[Ii]n\s+(his|her|their|its|\p{Lu}[\p{L}-]+['’]s)\s+(?:own\s+)?words\s*[,:]?\s*$/u;
/** "By his own account,", "by her own estimate", "in Blake's own telling": whose account the
 * sentence gives, so whose words a quote in it is. */
const OWNER = String.raw`(his|her|their|its|\p{Lu}[\p{L}-]+['’]s)`;
// ("by Reyes's count, the council has broken …" is a figure: a count or an estimate is only
// whose words when it is their "own")
const OWN_ACCOUNT = new RegExp(
  String.raw`\b(?:[Bb]y\s+${OWNER}\s+(?:own\s+)?(?:account|admission)|[Bb]y\s+${OWNER}\s+own\s+(?:estimate|estimation|reckoning|count)|[Ii]n\s+${OWNER}\s+own\s+(?:telling|recollection|account))\b`,
  'u',
);
/** Before the owner of "the words of": a determiner and a few lower-case words ("the music paper"). */
const LEAD_TO_OWNER = /^(?:(?:the|a|an|one|his|her|their|its)\s+)?(?:\p{Ll}+\s+){0,3}$/u;
/** "in the words of ": whose words follow. */
const WORDS_OF = /\b[Ii]n\s+the\s+(?:\p{Ll}+\s+)?words\s+of\s+/u;
/** Nothing but capitalised words (a title) before a name. */
const TITLE_ONLY = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+)+$/u;
/** A part of the body named after it: "the Kelvingate branch of (the) ", "the youth wing of ". */
const BODY_PART_GAP = /^\s*the\s+(?:[\p{L}'’-]+\s+){0,2}(?:branch|arm|wing|chapter|division|section|unit|office|bureau|local)\s+of\s+(?:the\s+)?$/u;
/** A description set off by commas between a subject and the name after it. */
const SET_OFF_DESCRIPTION = /^,[^.;:!?\u00B7]{0,120},\s*$/;
/** Capitalised words (a title) ending the text before a name. */
const TITLE_RUN_END = /(?:\s\p{Lu}[\p{L}.’'-]*)+\s*$/u;
/** Words between a verb of saying and a name that describe the name: "the head of X, Captain ". */
// (the name's own role may come first: "the summit president, Meravian environment minister ")
const ROLE_GAP = new RegExp(`^\\s*[\\p{L}’'\\s-]{2,60},\\s*${ROLE_THEN_NAME_START}`, 'u');
/** Nouns for figures a body publishes ("LSEG data", "police figures"). */
const DATA_AFTER = /^\s+(?:data|figures|estimates|statistics|records|calculations|analysis|numbers|filings|polling)\b/;
/** Before a subject "he" or "she": nothing, or a short phrase of time or place ("In
 * conversation she is kinder …", "On stage, he …"). */
const PRONOUN_OPENING = /^[\s\u00B7,;:\u2013\u2014-]*(?:(?:In|On|At|By|For|With|After|Before|Since|Today|Now|Later|Still|Then|Yet)\s+(?:[\p{Ll}\d-]+\s+){0,2}?,?\s*)?$/u;
/** "Asked what she will miss, ", "Pressed on the cuts, ": a sentence opening on what someone
 * was asked, up to the comma before its subject. */
const ASKED_LEAD = /^[\s\u00B7]*(?:Asked|Pressed|Questioned|Quizzed)\s/;
const ASKED_OPENING = new RegExp(`${ASKED_LEAD.source}[^.;:!?\u00B7]*,\\s*$`);
/** The rest of a question sentence, with no other person in it: "… ever tempted by film?". */
const QUESTION_END = /^[^.!?\u00B7]*\?\s*$/;
/** A preposition tying a body to the person before it ("X of the University of Y"). */
const OF_PLACE = /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/;
/** "The embassy in Seoul said", "Ana Ruiz in Lyon said": where the speaker is, not who. */
const IN_PLACE = /^\s+in\s+(?:the\s+)?$/;
/** "The final report of the commission found": a document's own body after it (who it is by). */
const DOCUMENT_OF = /^\s+(?:of|from|by)\s+(?:the\s+)?$/;
/** "which", "who has", "which had also": a relative clause whose verb of saying comes next. */
const WHO_CLAUSE = /^\s*(?:who|which)(?:\s+(?:has|have|had|was|is|were|are|also|later|then|previously|since|repeatedly|publicly))*\s*$/i;
/** Between a document and whom it went to: " to ", " addressed to the ", " to Ms ". */
const DOCUMENT_TO = /^\s+(?:(?:addressed|sent)\s+)?to\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}]{0,4}\.?\s+)?$/u;

/** A verb that writes or sends the document after it: "signed an open letter", "sent a note". */
const WROTE_DOCUMENT = /\b(?:signed|signs|signing|wrote|writes|writing|written|sent|sends|sending|issued|issues|issuing|published|publishes|penned|drafted|filed|submitted)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A verb that voices the document after it: "read a statement", "delivered his speech". */
const READ_ALOUD = /\b(?:read|reads|reading|delivered|delivers|delivering|gave|gives|giving)\s+(?:out\s+)?(?:(?:an?|the|his|her|their|its)\s+)?$/;

/** "the message", "the text": a written thing that can "read" a quote, with what opens it. */
const WRITTEN_NOUNS = '(message|text|note|sign|placard|banner|caption|inscription|card|headline|plaque)';
const PERSONAL_WRITTEN = new Set(['message', 'text', 'note', 'card']);
const WRITTEN_THING = new RegExp(`^(\\s*)the\\s+${WRITTEN_NOUNS}\\s*$`, 'i');

/** A closed quote, then "the message" or "the sign", right before "read". */
const QUOTE_THEN_WRITTEN = new RegExp(`\u00B7[\\s,]*the\\s+${WRITTEN_NOUNS}\\s+$`, 'i');

/** "It read:", "The text said:": a sentence that only says a message reads out the quote. */
const MESSAGE_READ = /^[\s\u00B7]*(?:It|The\s+(?:text\s+)?(?:message|text|note|letter|email|e-mail))\s+(?:read|reads|said|says)\s*:?\s*$/;
/** "had sent a text message to …", "wrote a note": someone sending a personal message. */
const SENT_MESSAGE = /\b(?:sent|sends|texted|wrote|writes|left|emailed|posted)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+)?(?:message|text|note|letter|email|e-mail)\b/u;

/** A conjunction opening a new clause: "although", "though", "whereas", "because", "unless". */
const CONJUNCTION_OPENING = /^\s*(?:although|though|even\s+though|whereas|because|unless)\s/i;

/** A phrase giving what something goes by: "known as …", "dubbed …". */
const KNOWN_AS_SEGMENT = /^(?:(?:(?:also|widely|commonly|popularly|informally)\s+)?(?:known|referred\s+to)\s+as|dubbed|nicknamed|named|called)\s/;

/** A role set off with an article: "the association's former head of asset management". */
const ROLE_APPOSITIVE = /^(?:the|a|an|his|her|their|its)\s[\p{Ll}\s’'-]*?\b(?:head|chief|director|manager|officer|member|chair|leader|adviser|advisor|executive|spokesman|spokeswoman|spokesperson)\b/u;
/** A preposition earlier in a segment: a name after it is inside a description. */
const IN_DESCRIPTION = /\b(?:at|of|for|by|from|with|in|on)\s/;
/** A role phrase and a comma, nothing else, before a name (or its title: "The home's
 * accountant, Mr Keane, is …", the entity starting after the title). */
const ROLE_THEN_COMMA = /^[^,.;:]{2,60},\s*(?:\p{Lu}[\p{L}.]{0,8}\s+){0,2}$/u;
/** A dateline or a live blog's time before a dash, no lower-case word in it: "LONDON — ",
 * "14:10 — ", "9.45am - ". */
const STAMP_LEAD = /^(?:[^\p{Ll}\u2013\u2014]{1,40}\s[\u2013\u2014]|\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[\u2014\u2013-])\s+/u;
/** A place preposition (and an article or adjective) right before a name. */
const PLACE_OBJECT = /\b(?:at|in|on|of|near|into|onto|outside|inside|across)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** "by advocate ", "with ": the name after it is the object of a preposition. */
const OBJECT_BEFORE = /\b(?:by|with|from|to|against|for)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** A preposition opening a sentence that puts its subject after the verb ("Among the … was"). */
const INVERTED_OPENING = /^[\s\u00B7]*(?:among|amongst|at|in|on|with|beside|behind|alongside|near|inside|outside|joining|leading)\s[^,;:.]*$/i;
/** The rest of the opening phrase, then "was" or "were", right before the name. */
const COPULA_GAP = /^[^,;:.\u00B7]*\s(?:was|were|is|are)(?:\s+(?:also|too))?\s+$/;
/** A clause opening on a lower-case word and ending "and" or "but", before a second verb. */
const COORDINATED_CLAUSE = /^\s*\p{Ll}[^.;:]*\s(?:and|but)\s*$/u;
/** "and" (and an adverb or an auxiliary) between a name and the verb of saying after it, a few
 * words on ("on Monday and", "for Lisvik and had"; a quoted phrase is one word: "on “…” but"). */
const COORDINATED_AFTER = /^(?:\s+(?:[^\s,;:.\u00B7]+|\u00B7+)){0,4}?\s+(?:and|but)\s+(?:(?:also|then|later|had|has|have|would|will|\p{Ll}+ly)\s+){0,2}$/u;
/** A lower-case word, not a conjunction, right before a name (and its article): the name is an
 * object ("met Jon Vale", "fired on the town"). */
const OBJECT_END = /(?:^|\s)(?!(?:and|or|but|nor)\s)\p{Ll}+\s+(?:(?:the|a|an)\s+)?$/u;
/** A verb, then its object with an article, ending a segment: "… criticised the referee". */
const VERB_OBJECT_END = /\s(\p{Ll}+)\s+(?:the|a|an|his|her|their|its)\s+\p{Ll}+\s*$/u;
/** Only an article or capitalised words ("Coach") before a segment's first entity: its subject. */
const OPENER_GAP = /^[\s\u00B7]*(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A modal verb right after a name, then its clause and "and", ending before a second verb. */
const MODAL_THEN_AND = /^\s+(?:would|will|could|should|might|may|must|can)\s(?:[^,;:.\u00B7]|(?<=\d)\.(?=\d))*\s(?:and|but)\s+$/;
/** A reported clause's own verb in the past, what follows it, then "but": "expected costs to ease but ". */
const REPORTED_THEN_BUT = /^\s+(?:had\s+|was\s+|were\s+)?\p{Ll}+ed\s(?:[^,;:.\u00B7]|(?<=\d)\.(?=\d))*\sbut\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u;
/** "and", perhaps a relation set off by commas, between two people: " and her husband, ". */
const AND_PARTNER = /^,?\s+and\s+(?:(?:his|her|their)\s+\p{Ll}+,\s*)?$/u;
/** From an owner's name to the appositive name after its role: "’s captain, ". */
const OWNER_ROLE_GAP = /^(?:['’]s?)?\s+(?:\p{L}[\p{L}-]*\s+){0,4}?\p{Ll}[\p{L}-]*,\s*(?:\p{Lu}\p{L}*\.?\s+)?$/u;
/** A verb in the past: "described", "said", "wrote". */
const PAST_VERB = /^(?:\p{Ll}+ed|said|wrote|told|found|gave|made|put)\b/u;
/** A lower-case participle opening a segment and taking the name after it as its object:
 * "representing ", "defending the " (not "managing director ", "reigning champion ": a
 * participle before a bare noun describes the role the name holds). */
const PARTICIPLE_OPENING = /^[\s\u00B7]*\p{Ll}+ing\s+(?:(?:the|a|an|his|her|their|its|our)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2})?(?:\p{Lu}[\p{L}.]{0,4}\s+){0,2}$/u;
/** A participle of saying: "saying", "adding". */
const PARTICIPLE_AT = /^\p{Ll}+ing\b/u;
/** Nothing but space, an article or an owner ("Telmaria's") before the first entity of a segment. */
const SEGMENT_OPENING = /^[\s\u00B7]*(?:(?:the|a|an)\s+|\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;
/** A preposition (and an article) right before a name: its object ("to the court", "before a judge"). */
const PREPOSITION_OBJECT = /\s(?:to|before|in\s+front\s+of)\s+(?:(?:the|a|an)\s+)?$/i;
/** A segment opening with a preposition (not "to which Smith replied": a clause of its own). */
const PREPOSITION_OPENING = /^\s*(?:to|by|from|with|for|against|into|towards?)\s(?!(?:which|whom|whose|this|that)\b)/i;
/** An age set off after a name: ", 74,", ", 74.", ", aged 74". */
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3}(?:[,.;]|\s*$)/;
/** A relative clause opening right after a noun phrase. */
const RELATIVE_AFTER = /^\s+who\b/i;
/** "that is how …", "those were the words of …", "so says …": whose words a quote just was, given
 * the words for "how", "what" and "the … of" that may follow "that is". */
const whoseWords = (how: string): string => `(?:(?:that|this|those|these|such)(?:['’]s|\\s+(?:is|was|are|were))\\s+(?:${how})|so\\s+(?:says|said))\\s`;
const WHOSE_WORDS = whoseWords('how|what|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:of|from)');
/** ": that is how …" right after a quote. */
const QUOTE_THEN_WHOSE = new RegExp(`^:\\s+${WHOSE_WORDS}`, 'iu');
/** The same in a sentence of its own, only with a noun of speech ("the words of", not "That was
 * the end of X's plans") or "what" then a verb of saying. */
const NEXT_WHOSE_WORDS = whoseWords(
  'how|what(?=[^.!?]*\\s(?:said|says|told|tells|called|calls|described|describes|meant|means|put|puts|wrote|writes)\\b)|' +
    'the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:words?|view|verdict|message|thoughts|warning|answer|reply|assessment|response|comments?|remarks?|reaction|advice|plea|promise)\\s+(?:of|from)',
);
/** "“…” That was how …", "“…” Those were the words of …": the sentence after a quote says whose it was. */
const NEXT_SAYS_WHOSE = new RegExp(`^[\\s\u00B7]*${NEXT_WHOSE_WORDS}`, 'iu');
/** "which", "whom" opening the words after a quote: a relative clause about it (not "that",
 * which as often opens what was said). */
const RELATIVE_OBJECT = /^\s*(?:which|whom)\s/i;
/** ", and that …" after an earlier quote: a second clause reported by the same verb. */
const AND_THAT = /^[\s,]*(?:and|but)\s+that\s/;
/** "on ", "in the ", "via ": a preposition of where something was said, right before a name. */
const ON_PLACE = /\b(?:on|in|via)\s+(?:the\s+)?$/i;
const GAP_PREPOSITION = /\b(?:for|to|in|at|on|by|with|from|into|about|after|before|against)\s/i;
/** A conjunction opening a clause of time or cause, then the words before its subject. */
const SUBORDINATE_BETWEEN = /\b(?:when|after|before|because|until|once|if)\s+(?:(?:the|a|an|his|her|their|its|one)\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** Words that may make up a title written before a name: "Skyforge founder and chief executive". */
const ROLE_JOINERS = new Set(['and', '&', 'former', 'acting', 'interim', 'deputy', 'co-founder', 'senior', 'vice']);
const roleRun = (s: string): boolean => {
  const words = s.trim().split(/\s+/);
  let role = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (isRoleNoun(lower) || TITLES.has(lower)) role = true;
    else if (!ROLE_JOINERS.has(lower) && !/^\p{Lu}[\p{L}-]*$/u.test(w)) return false;
  }
  // (the last word before the name is a role: "founder and chief executive", not "Skyforge and")
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  return role && words.includes('and') && (isRoleNoun(lastWord) || TITLES.has(lastWord));
};
const speakerish = (e: Entity): boolean => e.kind !== 'pronoun' || e.name === 'he' || e.name === 'she' || e.name === 'it' || e.name === 'they' || e.name === 'person';

export class ParagraphReader {
  readonly text: string;
  readonly masked: string;
  readonly entities: Entity[];
  /** Full names inside descriptions, introduced but never speakers. */
  readonly swallowed: Entity[] = [];
  readonly verbs: Verb[];
  readonly sentences: Array<[number, number]>;

  constructor(text: string, masked: string, sentences: Array<[number, number]>) {
    this.text = text;
    this.masked = masked;
    this.sentences = sentences;
    const tokens = tokenize(masked, 0, masked.length);
    const entities = entitiesIn(masked, 0, masked.length, tokens, this.swallowed);
    // "OSLO (Northlight Wire) —": the dateline names the publisher, not a source
    // ("REDWOOD BEND, Calif. —": a dateline's city and state are where, never who)
    const dateline = DATELINE.exec(masked) ?? PLACE_DATELINE.exec(masked);
    const pubEnd = dateline ? dateline[0].length : 0;
    const kept = pubEnd ? entities.filter((e) => e.start >= pubEnd) : entities;
    const aliased = masked.includes(' by ') ? namedByAlias(text, masked, kept) : kept;
    this.entities = masked.includes(' as ') || masked.includes(' by ') || masked.includes(' name ') ? knownAs(masked, aliased) : aliased;
    const verbs = findVerbs(masked, tokens);
    this.verbs = verbs;
    // "the report found", "the tribunal ruled", not "police found the car": a document's verb
    // needs a document, or a court that rules on evidence
    if (verbs.some((v) => v.docOnly))
      this.verbs = verbs.filter((v) => {
        if (!v.docOnly) return true;
        const e = this.subjectBefore(v.start, this.sentenceOf(v.start)[0]);
        if (e !== null && (e.kind === 'document' || e.kind === 'documentRef' || adjudicates(e))) return true;
        // ("a member, who asked not to be named, alleged that …": anyone alleges a clause)
        if (e !== null && v.word === 'alleged' && speakerish(e) && /^\s+that\s/.test(masked.slice(v.end, v.end + 6))) return true;
        if (v.word !== 'read') return false;
        // "“…,” the message read": a written thing reading out the quote right before it
        if (QUOTE_THEN_WRITTEN.test(masked.slice(Math.max(0, v.start - 24), v.start))) return true;
        // "“…,” she read", "“…,” Ana Ruiz read": a person reading words out, right after them
        if (e !== null && (e.kind === 'person' || e.kind === 'single' || (e.kind === 'pronoun' && (e.name === 'he' || e.name === 'she'))) &&
          READ_OUT_BEFORE.test(masked.slice(Math.max(0, e.start - 4), e.start)) && /^\s+$/.test(masked.slice(e.end, v.start)))
          return true;
        // "“…,” read a statement from the club": the document may follow "read" (not "police
        // found the letter")
        const next = this.entities.find((x) => x.start >= v.end);
        return next !== undefined && (next.kind === 'document' || next.kind === 'documentRef') && /^\s+$/.test(masked.slice(v.end, next.start));
      });
  }

  sentenceOf(pos: number): [number, number] {
    for (const s of this.sentences) if (pos >= s[0] && pos < s[1]) return s;
    return this.sentences[this.sentences.length - 1] ?? [0, this.text.length];
  }

  private inRange(from: number, to: number): Entity[] {
    return this.entities.filter((e) => e.start >= from && e.end <= to && speakerish(e));
  }

  /** The entity right after a position ("said X", "according to X"), at most a few words on. */
  subjectAfter(from: number, to: number): Entity | null {
    const gapTo = (x: Entity): string => this.masked.slice(from, x.start).replace(/\b\p{Lu}\p{Ll}{0,3}\.(?=\s)/gu, '');
    let e = this.entities.find((x) => x.start >= from && x.start < to);
    if (!e) return null;
    // "said the mayor, Jane Doe": a role set off before the name (which may have a title);
    // "said the head of the fishermen's union, Captain Rolf Haugen": past a body in the role
    if (e.kind !== 'person' && e.kind !== 'anonymous') {
      const start = e.start;
      const p = this.entities.find((x) => x.start > start && x.start < to && x.kind === 'person');
      if (p && ROLE_GAP.test(gapTo(p))) e = p;
    }
    // ("said Cal Fire Battalion Chief Jon Heggie": the capitalised title is part of the name's run)
    const gap = e.kind === 'person' ? gapTo(e).replace(TITLE_RUN_END, ' ') : gapTo(e);
    // "said one of the people, a senior official at …": a description set off before it
    // ("added a neighbour, Colin": a single name after its role too)
    const roleGap = ROLE_GAP.test(gap) && (e.kind === 'person' || e.kind === 'anonymous' || e.kind === 'single');
    // ("according to the Kelvingate branch of the union": a part of a body speaks for it)
    const bodyPart = e.kind === 'body' && BODY_PART_GAP.test(gap);
    if (!roleGap && !bodyPart && (/[,.;:\u00B7]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 3)) return null;
    // (not "wrote on Instagram": where it was said)
    if (!roleGap && !bodyPart && /\b(?:that|to|on|via|the\s+\w+\s+of)\b/i.test(gap)) return null;
    // "said one of the negotiators, a senior adviser …": the description says who
    if (/\bone of\s*$/i.test(gap) || e.name.startsWith('one of ')) {
      const end = e.end;
      const next = this.entities.find((x) => x.start >= end && x.start < to);
      if (next && (next.kind === 'anonymous' || next.kind === 'person') && /^,\s*$/.test(this.masked.slice(e.end, next.start))) return next;
    }
    return e;
  }

  /** The index of the last entity of `es`, or of the one it says where they work: "Professor
   * Hemi Walker of the University of Otago", "the Leader of the Opposition". */
  private headAt(es: readonly Entity[]): number {
    let at = es.length - 1;
    while (at > 0) {
      const cur = es[at] as Entity;
      const prev = es[at - 1] as Entity;
      const gap = this.masked.slice(prev.end, cur.start);
      if ((cur.kind === 'body' || cur.kind === 'single' || cur.kind === 'bodyRef') &&
        (((prev.kind === 'person' || prev.kind === 'single' || prev.kind === 'title') && OF_PLACE.test(gap)) || (prev.kind !== 'pronoun' && IN_PLACE.test(gap)) ||
          ((prev.kind === 'document' || prev.kind === 'documentRef') && DOCUMENT_OF.test(gap))))
        at--;
      else break;
    }
    return at;
  }

  /** "Faherty criticised the referee, Ana Ruiz, saying": a name set off after a clause's object
   * is the object's; a participle after it goes back to the clause's subject. */
  private clauseSubjectOverObject(v: number, prev: [number, number] | undefined): Entity | null {
    if (!prev || !PARTICIPLE_AT.test(this.masked.slice(v, v + 24))) return null;
    const segText = this.masked.slice(prev[0], prev[1]);
    const opener = this.inRange(prev[0], prev[1])[0];
    if (!opener || opener.kind === 'pronoun' || !OPENER_GAP.test(this.masked.slice(prev[0], opener.start))) return null;
    const obj = VERB_OBJECT_END.exec(segText);
    return obj && prev[0] + obj.index > opener.end && !IN_DESCRIPTION.test(`${obj[1]} `) ? opener : null;
  }

  /** "X, the victim's mother, read a statement to the court describing him as …": a participle
   * right after the object of a preposition, in a segment that opens on the clause's verb, is
   * said by the clause's subject, not by that object. */
  private participleAfterObject(v: number, segStart: number, closest: Entity): boolean {
    if (!PARTICIPLE_AT.test(this.masked.slice(v, v + 24)) || !/^\s*$/.test(this.masked.slice(closest.end, v))) return false;
    return PREPOSITION_OBJECT.test(this.masked.slice(segStart, closest.start)) && /^\s*\p{Ll}/u.test(this.masked.slice(segStart, closest.start));
  }

  /** The subject of a verb of saying at `v`, searching back to `from`. */
  subjectBefore(v: number, from: number): Entity | null {
    const segs = segments(this.masked, from, v);
    const last = segs[segs.length - 1];
    if (!last) return null;
    const lastText = this.masked.slice(last[0], last[1]);
    const inLast = this.inRange(last[0], last[1]);
    // "an official who was not authorised to speak to the BBC said": the one the clause is about
    if (inLast.length > 1 && lastText.includes('who')) {
      const head = inLast.find((e) => e.kind !== 'pronoun' && RELATIVE_AFTER.test(this.masked.slice(e.end, e.end + 6)));
      if (head) return head;
    }
    const closest = inLast[this.headAt(inLast)];
    // "A lawsuit the family filed in June alleges": the verb goes back past the relative clause
    // to the document it describes
    if (closest && closest.kind !== 'document' && closest.kind !== 'documentRef' && DOCUMENT_MADE_AFTER.test(this.masked.slice(closest.end, v))) {
      const doc = documentBefore(inLast, closest.start);
      if (doc && /^\s+$/.test(this.masked.slice(doc.end, closest.start))) return doc;
    }
    // "A report to the diocesan synod last autumn said": the document said it, not whom it went to
    if (closest && closest.kind !== 'document' && closest.kind !== 'documentRef' && WHEN_ONLY.test(this.masked.slice(closest.end, v))) {
      const doc = documentBefore(inLast, closest.start);
      // (the document opening the clause: not "read a statement to the court describing …")
      if (doc && DOCUMENT_ADDRESSED.test(this.masked.slice(doc.end, closest.start)) && /^\s*(?:(?:a|an|the|this|that|its|their|his|her)\s+(?:\p{Ll}+\s+)?)?$/iu.test(this.masked.slice(last[0], doc.start))) return doc;
    }
    // "signed an open letter to Ms Vale warning that …": a participle right after whom a
    // document went to says what the document says
    if (closest && PARTICIPLE_AT.test(this.masked.slice(v, v + 24)) && /^\s*$/.test(this.masked.slice(closest.end, v))) {
      const doc = documentBefore(inLast, closest.start);
      if (doc && DOCUMENT_TO.test(this.masked.slice(doc.end, closest.start))) {
        // (only a document someone wrote or sent: not "handed the report to Jon Vale saying …";
        // nor "read a statement to the court describing …": who reads it out speaks it)
        const lead = this.masked.slice(Math.max(last[0], doc.start - 40), doc.start);
        if (WROTE_DOCUMENT.test(lead) && !READ_ALOUD.test(lead)) return doc;
      }
    }
    // "She met Jon Vale on Monday and said", "The ministry denied firing on Vesk and said": a
    // name that is the object of a verb or a preposition, then "and", leaves the second verb to
    // the clause's subject, the entity the segment opens with (the name's title is part of the
    // object: "she thanked Mr Vale and said")
    const objectThenAnd = closest !== undefined && COORDINATED_AFTER.test(this.masked.slice(closest.end, v)) &&
      OBJECT_END.test(this.masked.slice(last[0], closest.start).replace(TITLE_RUN_END, ' '));
    if (closest && objectThenAnd && inLast.length > 1) {
      const opener = inLast[0] as Entity;
      const gap = this.masked.slice(last[0], opener.start);
      // ("Nurse Ada Quill read the report and said": a title before the opener too; "group
      // leader Cllr Ada Quill backed the motion but warned": or the opener's own role)
      if (opener !== closest && (SEGMENT_OPENING.test(gap) || OPENER_GAP.test(gap) || opener.roles.includes(gap.trim()))) return opener;
    }

    // "The audit estimated that closing the depot would save £2m and described …": a verb in the
    // past after "and" cannot share the modal verb of a reported clause ("would save … and
    // described"), so it goes back to the subject that reported the clause
    if (closest && inLast.length > 1 && MODAL_THEN_AND.test(this.masked.slice(closest.end, v)) && PAST_VERB.test(this.masked.slice(v, v + 20))) {
      const opener = inLast[0] as Entity;
      if (opener !== closest && opener.kind !== 'pronoun' && this.verbs.some((x) => x.start > opener.end && x.end < closest.start && x.word !== 'according to')) return opener;
    }

    // "Pryce said the company expected costs to ease but warned that …": a verb of saying after
    // "but", past the reported clause's own verb, is the reporter's second verb, not its subject's
    // (a named person reported may go on with his own verb: "X said Tom Hale had backed the plan
    // but later described it as …" is Hale's)
    if (closest && closest.kind !== 'pronoun' && closest.kind !== 'person' && closest.kind !== 'single' && inLast.length > 1 && REPORTED_THEN_BUT.test(this.masked.slice(closest.end, v)) && PAST_VERB.test(this.masked.slice(v, v + 20))) {
      const opener = inLast[0] as Entity;
      const outer = this.verbs.findLast((x) => x.start > opener.end && x.end <= closest.start && x.word !== 'according to');
      if (opener !== closest && opener.kind !== 'pronoun' && outer && REPORTING.has(outer.word) && !outer.docOnly &&
        CLAUSE_SUBJECT_GAP.test(this.masked.slice(outer.end, closest.start)) && this.inRange(opener.end, outer.start).length === 0) return opener;
    }

    // "An email from the manager, Gareth Pell, to regional supervisors asked": a segment that is
    // only a prepositional phrase before the verb goes on describing the subject before it
    const continuing = closest !== undefined && segs.length > 1 && ((PREPOSITION_OPENING.test(lastText) &&
      inLast.every((x) => OBJECT_BEFORE.test(this.masked.slice(last[0], x.start))) &&
      /^\s*$/.test(this.masked.slice((inLast[inLast.length - 1] as Entity).end, v))) || this.participleAfterObject(v, last[0], closest));
    // "The mayor, Jon Vale, met residents in Harlow and said": with the subject in an earlier
    // segment, a segment that opens on its verb goes on with that subject
    if (closest && !continuing && !(objectThenAnd && segs.length > 1 && COORDINATED_CLAUSE.test(lastText) && !LEADING_PREPOSITION.test(lastText))) return closest;
    // "the Farmers' Alliance (IHFA), which has described …": back past an empty bracket
    if (!continuing && WHO_CLAUSE.test(lastText) && segs.length > 1) {
      for (let k = segs.length - 2; k >= 0 && k >= segs.length - 4; k--) {
        const prev = segs[k] as [number, number];
        const es = this.inRange(prev[0], prev[1]);
        // ("a review commissioned by the Treasury, which concluded": the document, not who made it)
        const doc = /\bwhich\b/.test(lastText) ? es.findLast((e) => e.kind === 'document' || e.kind === 'documentRef') : undefined;
        if (doc) return doc;
        if (es.length) return es[es.length - 1] ?? null;
        // ("Ana Ruiz, the club's former head of coaching, who said": past a role set off before "who")
        const segText = this.masked.slice(prev[0], prev[1]).trim();
        // (or past the name it goes by: "a 2019 review, known as “the Vale Report”, which found")
        if (!/^[\p{Lu}\p{N}.&-]*$/u.test(segText) && !ROLE_APPOSITIVE.test(segText) && !KNOWN_AS_SEGMENT.test(segText)) break;
      }
      return null;
    }
    // "X, the envoy, welcomed the move but said": a second verb shares the clause's subject
    const coordinated = COORDINATED_CLAUSE.test(lastText);
    // ("X, a Republican whose …, has called": an auxiliary of the verb may open the segment too)
    if (lastText.trim() !== '' && !coordinated && !continuing && !VERB_LEAD_ONLY.test(lastText)) return null;
    // ", said": the subject opens the clause; appositives in between describe it
    const earlier = segs.slice(0, -1);
    for (let k = earlier.length - 1; k >= 0; k--) {
      const s = earlier[k];
      if (!s) continue;
      // (", whose district includes Silver Fork, said": a relative clause describes the subject
      // before it; the names in it are not who speaks)
      if (RELATIVE_OPENING.test(this.masked.slice(s[0], s[1]))) continue;
      const es = this.inRange(s[0], s[1]);
      const only = es.length === 1 ? es[0] : undefined;
      // (not "…, head of research at consultancy Tidewater Analytics, said": a name after a
      // preposition is where the speaker works, or who compiled a report; nor "…, representing
      // Dan Hale, said": a name after a participle is its object)
      if (only && only.kind === 'person' && this.masked.slice(s[0], s[1]).trim().endsWith(this.masked.slice(only.start, only.end)) &&
        !IN_DESCRIPTION.test(this.masked.slice(s[0], only.start)) && !PARTICIPLE_OPENING.test(this.masked.slice(s[0], only.start)) &&
        !RELATIVE_WORD.test(this.masked.slice(s[0], only.start)))
        return this.clauseSubjectOverObject(v, earlier[k - 1]) ?? only;
    }
    // "The krone was flat, and a strategist at a Halvard bank, who …, said": a clause of its own
    // after "and" or "but" has its own subject, not the first clause's
    // (only past relative clauses: not "Ruiz hugged her mother, and the mayor, and, turning to
    // reporters, said")
    for (let k = earlier.length - 1; k >= 0; k--) {
      const s = earlier[k] as [number, number];
      const opener = CLAUSE_AFTER_AND.exec(this.masked.slice(s[0], s[1]));
      if (!opener) {
        if (RELATIVE_OPENING.test(this.masked.slice(s[0], s[1]))) continue;
        break;
      }
      const first = this.inRange(s[0], s[1])[0];
      if (first && first.start === s[0] + opener[0].length && first.kind !== 'pronoun') return first;
      break;
    }
    for (const s of earlier) {
      const segText = this.masked.slice(s[0], s[1]);
      if (LEADING_PREPOSITION.test(segText)) continue;
      const es = this.inRange(s[0], s[1]);
      // "It cites emails in which a lobbyist for the group, …, urged": the clause's own subject
      const rel = /\b(?:in|by|under|through) which\b|\bwhere\b/.exec(segText);
      if (rel) {
        const at = s[0] + rel.index + rel[0].length;
        const inner = es.find((x) => x.start >= at);
        if (inner) return inner;
      }
      if (es[0]) return es[0];
    }
    return null;
  }

  /** The verb of saying earlier in the sentence whose report holds verb `v`, its subject `e`
   * opening a clause of time or cause inside what is reported ("Ruiz said she left when a
   * neighbour asked her to": "said"); null when `v` reports in its own right. */
  reportingVerb(v: Verb, e: Entity): Verb | null {
    const [from] = this.sentenceOf(v.start);
    const outer = this.verbs.findLast((x) => x.start >= from && x.end <= e.start && x.word !== 'according to');
    return outer && SUBORDINATE_BETWEEN.test(this.masked.slice(outer.end, e.start)) ? outer : null;
  }

  /** The verb of saying whose object is the clause that entity `e` opens, right after it
   * ("Ana Ruiz said the records showed …", "X says that the group had asked …"): what that
   * clause quotes is reported by the outer verb's subject. Null when `e` opens no such clause. */
  clauseReporter(e: Entity, v: Verb, from: number, quoteAt: number): Verb | null {
    if (e.kind === 'pronoun') return null;
    // (not "Lowry said Brennan had told him that she was “…”": one who reports in his own right
    // inside the clause, unless only told something: "members had been warned by buyers"; nor
    // "Police said the driver had shouted “get out”": words quoted right after the inner verb
    // of saying are that speaker's, where "the records showed … “…”" are the reporter's)
    const passive = PASSIVE_AUX_BEFORE.test(this.masked.slice(Math.max(0, v.start - 24), v.start));
    if (!passive && (REPORTING.has(v.word) || (!EVIDENCE_VERBS.has(v.word) && quotedRightAfter(this.masked.slice(v.end, quoteAt))))) return null;
    const outer = this.verbs.findLast((x) => x.start >= from && x.end <= e.start);
    return outer && REPORTING.has(outer.word) && !outer.docOnly && CLAUSE_SUBJECT_GAP.test(this.masked.slice(outer.end, e.start)) ? outer : null;
  }

  /** ", she said." or ", said the mayor." ending the sentence after `from`: whoever it names. */
  creditClosing(from: number, to: number): [Entity, string] | null {
    const m = CLOSING_CREDIT.exec(this.masked.slice(from, to));
    if (!m) return null;
    const at = from + m.index;
    const e = this.entities.find((x) => x.start > at && x.end <= to);
    return e ? [e, 'credited at the end of the sentence'] : null;
  }

  /** Attribution written after a quote: "…,” Fenwick said", "…,” said Sandvik", "…,” reads a statement". */
  cueAfter(from: number, to: number): [Entity, string] | null {
    return this.cueRightAfter(from, to) ?? this.accordingLater(from, to);
  }

  /** "… “…” as …, according to a council report": "according to" closing the sentence, with no
   * verb of saying between it and the quote. */
  private accordingLater(from: number, to: number): [Entity, string] | null {
    const v = this.verbs.find((x) => x.start >= from && x.start < to);
    if (!v || v.word !== 'according to') return null;
    const e = this.subjectAfter(v.end, to);
    return e ? [e, 'according to'] : null;
  }

  private cueRightAfter(from: number, to: number): [Entity, string] | null {
    const text = this.masked.slice(from, to);
    const lead = /^[\s,;:\u2013\u2014-]*/.exec(text)?.[0].length ?? 0;
    const acc = /^[\s,;:\u2013\u2014-]*(?:[\w\s]{0,30},\s*)?according to\s/i.exec(text);
    // (not "…,” Ana Ruiz said at the launch, according to a transcript": the verb's subject speaks)
    if (acc && !this.verbs.some((v) => v.start >= from && v.start < from + acc[0].length && v.word !== 'according to')) {
      const e = this.subjectAfter(from + acc[0].length, to);
      if (e) return [e, 'according to'];
    }
    // "“Nothing to lose”: that is how coach Ana Ruiz puts it": a colon, then whose words they are
    const colon = QUOTE_THEN_WHOSE.exec(text);
    if (colon) {
      const e = this.whoseAfter(from + colon[0].length, to);
      if (e) return [e, 'named after a colon'];
    }
    // "“It breaks my heart” — Brenner, on the closure": a dash, then the speaker
    if (/[\u2013\u2014]/.test(text.slice(0, lead))) {
      const e = this.entities.find((x) => x.start === from + lead);
      if (e && e.kind !== 'pronoun' && e.kind !== 'document' && e.kind !== 'documentRef' && /^(?:[,.;:]|\s*$)/.test(this.masked.slice(e.end, e.end + 1)))
        return [e, 'named after a dash'];
      const desc = e ? null : bareDescription(text.slice(lead));
      if (desc) return [{ kind: 'anonymous', start: from + lead, end: from + lead + desc.length, name: desc, role: null, roles: [desc], gender: null }, 'named after a dash'];
    }
    const verb = this.verbs.find((v) => v.start >= from && v.start < to);
    if (!verb) return null;
    if (verb.start - from - lead === 0) {
      if (PARTICIPLE.test(verb.word) || verb.word === 'according to') return null;
      const e = this.subjectAfter(verb.end, to);
      return e ? [e, 'said after quote'] : null;
    }
    const between = this.masked.slice(from + lead, verb.start);
    // "offered a “generous package,” which the owner said she turned down": what the speaker
    // after "which" said is about the quote, not the quote
    if (RELATIVE_OBJECT.test(between)) return null;
    // "…,” although the court stopped short of finding …": a clause a conjunction opens after
    // the quote says something else; its subject is not who said it
    if (CONJUNCTION_OPENING.test(between)) return null;
    const words = between.trim().split(/\s+/).length;
    if (!/[,;:]/.test(between) && words <= 6) {
      const es = this.inRange(from + lead, verb.start);
      const e = es[this.headAt(es)];
      if (e) return [e, 'said after quote'];
      // "“…,” the message read.": a written thing that reads out the quote is its source
      const read = verb.word === 'read' || verb.word === 'reads' ? WRITTEN_THING.exec(between) : null;
      if (!read) return null;
      // (not a personal message whose sender the paragraph names before it: "Ana Ruiz sent a
      // text to her sister. “I am safe,” the message read." is hers)
      if (PERSONAL_WRITTEN.has((read[2] as string).toLowerCase()) && this.inRange(0, from).some((x) => x.kind === 'person' || x.kind === 'single')) return null;
      const at = from + lead + (read[1] as string).length;
      const name = read[2] as string;
      return [{ kind: 'documentRef', start: at, end: at + 4 + name.length, name, role: null, roles: [], gender: null }, 'said after quote'];
    }
    // "…,” Skyforge founder and chief executive Lena Morrow told staff": a long run of roles
    // joined by "and" before the name is still only the name's title
    if (!/[,;:]/.test(between) && words <= 10) {
      const e = this.entities.findLast((x) => x.start >= from + lead && x.end <= verb.start);
      if (e && e.kind === 'person' && /^\s+$/.test(this.masked.slice(e.end, verb.start)) && roleRun(this.masked.slice(from + lead, e.start)))
        return [e, 'said after quote'];
    }
    // "…,” Maria Lopez, a nurse at the clinic, said": a name, its appositive, then the verb
    const first = this.entities.find((x) => x.start >= from + lead && x.start < verb.start);
    if (!first || words > 30 || /[;:]/.test(between) || first.kind === 'pronoun') return null;
    // the name may follow a role set off by a comma: "…,” the club’s spokesman, Ivo Marek, said"
    // (with its own title: "…,” the agency’s director, Dr. Ines Moreau, told …")
    const lead2 = this.masked.slice(from + lead, first.start);
    // (or carry its own title: "…,” Professor Hemi Walker of the University of Otago said")
    // ("…,” Ms. Ruiz, 44, said": a titled surname too)
    if (lead2.trim() !== '' && !ROLE_GAP.test(lead2) && !((first.kind === 'person' || first.kind === 'single') && TITLE_ONLY.test(lead2)) &&
      !this.roleOfPlaceBefore(first, from + lead, verb.start))
      return null;
    const e = this.subjectBefore(verb.start, from + lead);
    return e ? [e, 'said after quote'] : null;
  }

  /** "Ana Ruiz sent a text to her sister. It read: “…”": a message read out in a sentence of
   * its own is the words of whoever the sentence before says sent it. */
  cueSentMessage(sentenceStart: number, to: number): [Entity, string] | null {
    if (!MESSAGE_READ.test(this.masked.slice(sentenceStart, to))) return null;
    const prev = this.sentences.findLast((s) => s[1] <= sentenceStart);
    const sent = prev ? SENT_MESSAGE.exec(this.masked.slice(prev[0], prev[1])) : null;
    const e = prev && sent ? this.subjectBefore(prev[0] + sent.index, prev[0]) : null;
    // (whoever it was: "Ana Ruiz", "a customer", "the council", "she"; not another document)
    const sender = e !== null && e.kind !== 'document' && e.kind !== 'documentRef' && (e.kind !== 'pronoun' || e.name === 'he' || e.name === 'she' || e.name === 'they');
    return sender ? [e, 'sent the message'] : null;
  }

  /** The subject of "that is how X put it", "those were the words of X", from `from`. */
  private whoseAfter(from: number, to: number): Entity | null {
    const e = this.entities.find((x) => x.start >= from && x.start < to);
    // (the subject of its clause: not "that is how the season ended for Harlow")
    const gap = e ? this.masked.slice(from, e.start) : '';
    return e && speakerish(e) && !GAP_PREPOSITION.test(gap) && gap.split(' ').length <= 6 ? e : null;
  }

  /** "“…” That was how Ana Ruiz put it.": a quote ending its sentence, and the next sentence
   * saying whose words they were. */
  cueNextSentence(sentenceEnd: number): [Entity, string] | null {
    const next = this.sentences.find((s) => s[0] >= sentenceEnd);
    const m = next ? NEXT_SAYS_WHOSE.exec(this.masked.slice(next[0], next[1])) : null;
    const e = next && m ? this.whoseAfter(next[0] + m[0].length, next[1]) : null;
    return e ? [e, 'named in the next sentence'] : null;
  }

  /** "…,” the prefect of the Rhône, Anne Dubois, wrote": the first name is the place a role is
   * of, and a person set off after the whole role is who speaks. */
  private roleOfPlaceBefore(first: Entity, from: number, to: number): boolean {
    if (first.kind === 'person' || !/\bof\s+(?:the\s+)?$/i.test(this.masked.slice(from, first.start))) return false;
    const p = this.entities.find((x) => x.start > first.end && x.start < to && x.kind === 'person');
    return p !== undefined && ROLE_GAP.test(this.masked.slice(from, p.start));
  }

  /** Attribution written before a quote in its sentence: "X said the plan was “…”", "X …: “…”". */
  cueBefore(from: number, to: number, sentenceStart: number): [Entity, string] | null {
    const text = this.masked.slice(from, to);
    const acc = /according to\s/i.exec(text);
    if (acc) {
      const e = this.subjectAfter(from + acc.index + acc[0].length, to);
      if (e) return [e, 'according to'];
    }
    const verbs = this.verbs.filter((v) => v.start >= from && v.end <= to && v.word !== 'according to');
    // the verb nearest the quote first; an earlier one when that finds nobody ("X said at a
    // news conference that the frigates, which the navy requested, would be “…”")
    for (let vi = verbs.length - 1; vi >= 0 && vi >= verbs.length - 3; vi--) {
      const verb = verbs[vi] as Verb;
      const e = this.subjectBefore(verb.start, sentenceStart);
      // "Ana Ruiz said the records showed the scheme was “…”": the quote is in what she reported
      const outer = e ? this.clauseReporter(e, verb, sentenceStart, to) : null;
      const reporter = outer ? this.subjectBefore(outer.start, sentenceStart) : null;
      if (reporter) return [reporter, 'said before quote'];
      if (e) return [e, 'said before quote'];
      if (!PARTICIPLE.test(verb.word)) {
        const after = this.subjectAfter(verb.end, to);
        // "said the petition had been “…”": the subject of the reported clause, not the speaker
        if (after && !CLAUSE_VERB_AFTER.test(this.masked.slice(after.end, after.end + 12))) return [after, 'said before quote'];
      }
    }
    if (/:\s*$/.test(text)) {
      // ("The new signing wrote on Instagram:": where it was said is not who said it)
      const es = this.inRange(sentenceStart, to).filter((e) => (e.kind !== 'pronoun' || e.name === 'he' || e.name === 'she') && !this.placeObject(e, sentenceStart));
      const first = es.find((e) => e.kind === 'person' || e.kind === 'single') ?? es[0];
      if (first) return [first, 'introduced with a colon'];
      // "In her words:", "His verdict was simple:": what someone said, owned by a pronoun
      const own = POSSESSIVE_SAYING.exec(this.masked.slice(sentenceStart, to));
      if (own) {
        return [possessor(own[1] as string, sentenceStart + own.index + own[0].indexOf(own[1] as string)), 'introduced with a colon'];
      }
      // "Blake's verdict:", "Okafor's answer was simple:": a surname's words
      const named = NAME_SAYING.exec(this.masked.slice(sentenceStart, to));
      if (named) return [this.ownerOf(sentenceStart + named.index, named[1] as string), 'introduced with a colon'];
    }
    // "In Blake's words, “…”", "in her own words, “…”"
    const inWords = IN_WORDS.exec(text);
    if (inWords) {
      const who = inWords[1] as string;
      return [this.possessive(who, from + inWords.index + inWords[0].indexOf(who)), 'in their words'];
    }
    // "He was, in the words of one critic at the time, “…”": whose words follow
    // (the owner stands right after "of", before the clause's comma: not "In the words of the
    // judge, Pellow had been “…”")
    const wordsOf = WORDS_OF.exec(text);
    if (wordsOf) {
      const at = wordsOf.index + wordsOf[0].length;
      const comma = text.indexOf(',', at);
      const owner = this.subjectAfter(from + at, comma >= 0 ? from + comma : to);
      if (owner && LEAD_TO_OWNER.test(this.masked.slice(from + at, owner.start))) return [owner, 'in their words'];
    }
    // "By his own account, he was drinking “…”": the account, and the quote in it, are his
    const own = OWN_ACCOUNT.exec(text);
    if (own) {
      const who = (own[1] ?? own[2] ?? own[3]) as string;
      return [this.possessive(who, from + own.index + own[0].indexOf(who)), 'in their words'];
    }
    return null;
  }

  /** Who a possessive at `at` means: "her" (a pronoun) or "Blake's" (that name). */
  private possessive(who: string, at: number): Entity {
    return POSSESSIVE_PRONOUNS.has(who.toLowerCase()) ? possessor(who, at) : this.ownerOf(at, who.replace(/['’]s$/, ''));
  }

  /** A single name after "on", "in" or "via" ("wrote on Instagram", "posted in Harlow Forum"). */
  private placeObject(e: Entity, from: number): boolean {
    return e.kind === 'single' && ON_PLACE.test(this.masked.slice(Math.max(from, e.start - 12), e.start));
  }

  /** The subject of the verb of saying that governs the sentence's first "that" clause. */
  cueOfThat(sentenceStart: number, to: number): [Entity, string] | null {
    const at = this.masked.indexOf(' that ', sentenceStart);
    if (at < 0 || at >= to) return null;
    const verb = this.verbs.findLast((v) => v.start >= sentenceStart && v.end <= at && v.word !== 'according to');
    const e = verb ? this.subjectBefore(verb.start, sentenceStart) : null;
    return e ? [e, 'said before quote'] : null;
  }

  /** The entity a possessive name at `at` is ("Blake's verdict"): the one the paragraph found
   * there, else the name alone as a surname. */
  private ownerOf(at: number, name: string): Entity {
    const found = this.entities.find((e) => e.start <= at && at < e.end && (e.kind === 'person' || e.kind === 'single' || e.kind === 'body'));
    return found ?? { kind: 'single', start: at, end: at + name.length, name, role: null, roles: [], gender: null };
  }
}

const GENDERED_PRONOUN = /\b(he|she|his|her)\b/gi;
/** Every "he", "she", "his" and "her" of the text (any case), with the gender it gives. */
function genderedPronouns(masked: string): Array<{ at: number; g: 'm' | 'f' }> {
  const out: Array<{ at: number; g: 'm' | 'f' }> = [];
  GENDERED_PRONOUN.lastIndex = 0;
  for (let x = GENDERED_PRONOUN.exec(masked); x; x = GENDERED_PRONOUN.exec(masked)) {
    const w = (x[1] as string).toLowerCase();
    out.push({ at: x.index, g: w === 'he' || w === 'his' ? 'm' : 'f' });
  }
  return out;
}

function genderHints(reader: ParagraphReader, mentions: Mention[]): void {
  // "X said she …", "X, who …, said he had come": a pronoun soon after a named speaker
  let pronouns: Array<{ at: number; g: 'm' | 'f' }> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || !(m.entity.kind === 'person' || m.entity.kind === 'single')) continue;
    if (m.gender || !(m.speaker || m.subject)) continue;
    pronouns ??= genderedPronouns(reader.masked);
    const [, sEnd] = reader.sentenceOf(m.entity.start);
    const nextNamed = mentions.slice(i + 1).find((x) => x.entity.kind === 'person' || x.entity.kind === 'single');
    // the sentence itself, or the next one when it names nobody else ("X sells fish. She …")
    const nextEnd = sEnd < reader.text.length ? reader.sentenceOf(sEnd)[1] : sEnd;
    // ("Judge Ana Ruiz told him he had …": after "told him" the pronouns are the listener's)
    const told = TOLD_OBJECT.exec(reader.masked.slice(m.entity.end, nextEnd));
    const limit = Math.min(nextEnd, nextNamed?.entity.start ?? Infinity, told ? m.entity.end + told.index : Infinity);
    const p = pronouns.find((x) => x.at > m.entity.end && x.at < limit);
    if (p && (m.speaker || m.subject) && p.g !== relativeOf(reader.masked, m.entity.start)) m.gender = p.g;
  }
}

/** A verb of telling and its object pronoun: "told him", "warned her", "asked them". */
const TOLD_OBJECT = /\b(?:told|tells|asked|warned|urged|reminded|assured|informed|ordered|advised|promised|thanked|congratulated)\s+(?:him|her|them)\b/i;

/** "Her partner, Ben Lowe, said she …": a relative introduced by whose relative they are speaks
 * of that person, so "she" there is not the relative; the owner's gender, if any. */
function relativeOf(masked: string, start: number): Gender {
  const m = RELATIVE_BEFORE.exec(masked.slice(Math.max(0, start - 24), start));
  if (!m || !KIN_NOUNS.has((m[2] as string).toLowerCase())) return null;
  return (m[1] as string).toLowerCase() === 'his' ? 'm' : 'f';
}
const RELATIVE_BEFORE = /\b(his|her)\s+(\p{L}+),?\s+$/iu;

/** The end of a credit's clause: a comma, a full stop or the end of the quote, perhaps after when
 * it was said ("on Monday", "last night"). */
const CREDIT_END = "(?:\\s+(?:yesterday|today|tonight|on\\s+\\p{Lu}\\p{Ll}+day|last\\s+(?:night|week|year)))?\\s*(?:[,;.!?]|$)";
/** A comma, then a verb of saying and who said it, or a name and its verb: ", said the Rev.
 * Ana Ruiz", ", Ana Ruiz said", inside the words of a quote; only a credit ending its clause (a
 * comma and an apposition may follow: ", said Ana Ruiz, the mayor"), not "Tom Vale said the water
 * had …", what someone said reported inside the quote. */
const CREDIT_IN_QUOTE = new RegExp(
  `,\\s+(?=(?:said|says|added|adds)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*${CREDIT_END}|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:said|says|added|adds)${CREDIT_END})`,
  'u',
);
export const CREDIT_INSIDE_HOW = 'named inside a quote left open';

/** The speaker a quote never closed names inside its own words, as if it had closed at the
 * comma before the credit (only such a quote pays for a second reading of the paragraph). */
function creditInside(text: string, spans: readonly QuoteSpan[], span: QuoteSpan): [Entity, string] | null {
  const m = CREDIT_IN_QUOTE.exec(text.slice(span.start, span.end));
  if (!m) return null;
  const cut = span.start + m.index + 1;
  const head: QuoteSpan = { open: span.open, start: span.start, end: cut - 1, close: cut, closed: true };
  const cutSpans = spans.map((x) => (x === span ? head : x));
  const cutMasked = maskQuotes(text, cutSpans);
  const reader = new ParagraphReader(text, cutMasked, sentenceRanges(text, cutSpans, cutMasked));
  const next = cutSpans.find((x) => x.open >= cut);
  const to = Math.min(reader.sentenceOf(cut)[1], next ? next.open : text.length);
  const found = reader.cueAfter(cut, to);
  return found && isNamed(found[0]) ? [found[0], CREDIT_INSIDE_HOW] : null;
}

/** The document a sentence opens with, before `to`: "The draft, dated 3 April, would allow …". */
function documentSubject(mentions: readonly Mention[], from: number, to: number): Entity | null {
  const m = mentions.find((x) => x.entity.start >= from && x.entity.start < to);
  return m && m.subject && (m.entity.kind === 'document' || m.entity.kind === 'documentRef') ? m.entity : null;
}

/** "sent to ", "in a letter to ", "asked by ", "in talks with ": a preposition right before a
 * name that makes it whom something went to or came from (an article or adjective between; not
 * "in an interview with ": who is interviewed is who speaks). */
const ADDRESSEE_BEFORE = /\b(?:to|(?<!\b(?:interview|conversation|chat)s?\s+)with|against|by)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** "In a letter to Vale, he wrote", "Pressed by Vale, she said": people named before a subject
 * "he" or "she" in its sentence, as the object of a preposition, are not who the pronoun is. */
function addressees(reader: ParagraphReader, from: number, to: number): Entity[] {
  let out: Entity[] | null = null;
  for (const e of reader.entities) {
    if (e.start < from || e.end > to || e.kind === 'pronoun' || !ADDRESSEE_BEFORE.test(reader.masked.slice(Math.max(from, e.start - 40), e.start))) continue;
    (out ??= []).push(e);
  }
  return out ?? NO_ENTITIES;
}

/** The subject of the last verb of saying in the last sentence, when that sentence holds no quote. */
function reportedLast(reader: ParagraphReader, spans: readonly QuoteSpan[]): Entity | null {
  const last = reader.sentences[reader.sentences.length - 1];
  const verb = reader.verbs[reader.verbs.length - 1];
  if (!last || !verb || verb.start < last[0] || verb.word === 'according to' || spans.some((s) => s.close > last[0])) return null;
  // ("Police reported a rise in burglaries": an object, not someone's words)
  if (REPORT_WORDS.has(verb.word) && !CLAUSE_NEXT.test(reader.masked.slice(verb.end, verb.end + 60))) return null;
  let e = reader.subjectBefore(verb.start, last[0]);
  // ("Ruiz said she left when a neighbour asked her to": the reporting verb's subject)
  const outer = e ? reader.reportingVerb(verb, e) : null;
  if (outer) e = reader.subjectBefore(outer.start, last[0]);
  return e && speakerish(e) && e.kind !== 'document' && e.kind !== 'documentRef' ? e : null;
}
const REPORT_WORDS = new Set(['reported', 'reports', 'report']);
/** A clause after a verb, perhaps past a short phrase: "that …", "she had …", "on Monday that …". */
const CLAUSE_NEXT = /^\s+(?:(?:on|at|in|to|from|late|earlier|later)\b[^,.;:]{0,30}?\s+)?(?:that|he|she|they|it|we|i|there)\b/i;

/** "In a statement, the ministry said:" at the end of a paragraph: who speaks next. */
function leadIn(reader: ParagraphReader): Entity | null {
  const end = reader.masked.trimEnd();
  if (!end.endsWith(':')) return null;
  const [sStart] = reader.sentenceOf(end.length - 1);
  return reader.cueBefore(sStart, end.length, sStart)?.[0] ?? null;
}

const NO_ENTITIES: Entity[] = [];

/** People gathered to shout together: a crowd, its protesters, marchers or fans. */
const CROWD = /\b(?:protesters|protestors|demonstrators|marchers|supporters|activists|campaigners|strikers|picketers|pickets|mourners|fans|onlookers|spectators|rioters|crowds?)\b/giu;
/** The same without the `u` flag, which scans several times faster and finds the same matches
 * in any text without the only two letters Unicode case folding maps onto ASCII ones ("ſ" onto
 * "s", the Kelvin sign onto "k"; with `iu` they match those letters and count as word characters). */
const CROWD_ASCII = new RegExp(CROWD.source, 'gi');
/** What a crowd does with its voice, right after "they": "they chanted", "they shouted back". */
export const CROWD_VOICE = /^\s+(?:\p{Ll}+ly\s+)?(?:chanted|chorused|sang|shouted|yelled|roared|screamed|cried|cheered|jeered)\b/u;
/** The last crowd named in the masked text before `to`, as "the protesters". */
function crowdBefore(masked: string, to: number): Entity | null {
  const crowd = masked.includes('\u017F') || masked.includes('\u212A') ? CROWD : CROWD_ASCII;
  let last: RegExpExecArray | null = null;
  crowd.lastIndex = 0;
  for (let m = crowd.exec(masked); m && m.index < to; m = crowd.exec(masked)) last = m;
  if (!last) return null;
  const name = `the ${last[0].toLowerCase()}`;
  return { kind: 'anonymous', start: last.index, end: last.index + last[0].length, name, role: null, roles: [name], gender: null };
}

const WORDY = /[\p{L}\p{N}]/u;

/** Nothing but quotations: no letter or digit outside the spans (only the short gaps between
 * them are looked at, and only when the paragraph opens with a quote). */
function isPure(text: string, spans: readonly QuoteSpan[]): boolean {
  if (!spans.length || !opensWithQuote(text)) return false;
  let at = 0;
  for (const s of spans) {
    if (s.open > at && WORDY.test(text.slice(at, s.open))) return false;
    at = s.close;
  }
  return !(at < text.length && WORDY.test(text.slice(at)));
}

/** "Bellamy was critical of the referee, who he said …": a single name opening its sentence,
 * that "he" or "she" follows in it, with no other name or pronoun between, is a person's, never
 * an organisation named alone (not "in Rotterdam, where she …", "Ask her whether she …"). */
function markPersonal(mentions: Mention[], entities: readonly Entity[], masked: string): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'single' || !m.subject || !OPENS_SENTENCE.test(masked.slice(Math.max(0, m.entity.start - 3), m.entity.start))) continue;
    const next = entities.find((x) => x.start >= m.entity.end && (x.kind === 'pronoun' || isNamed(x)));
    const gap = next ? masked.slice(m.entity.end, next.start) : '';
    if (next?.kind === 'pronoun' && (next.name === 'he' || next.name === 'she') && !SENTENCE_BREAK.test(gap) && !OTHER_PRONOUN.test(gap)) m.personal = true;
  }
}
/** A sentence opening on a bare capitalised name's possession and a lower-case word ("Orla's own
 * answer"): the lead, the name. */
const POSSESSIVE_OPENING = /^([\s\u00B7]*)(\p{Lu}\p{Ll}[\p{L}-]*)['’]s\s+\p{Ll}/u;
/** "As the bus leaves, he hands a book to a boy": a clause opened by "he" or "she" before a
 * name, which is that clause's object, not its subject (not "She was born Ann Dale": the same
 * person). */
const PRONOUN_CLAUSE = /(?:^|,\s+)(?:he|she|He|She)\s+(?!(?:is|was|became|becomes|remains|remained)\b)\p{Ll}[^,;:.\u00B7]*$/u;
/** The possessive ending of a name ("Pettifer's"). */
const OWNS = /^['’]s$/;
const SENTENCE_BREAK = /[.!?]\s/;
const OPENS_SENTENCE = /(?:^|[.!?]\s+)$/;
const OTHER_PRONOUN = /\b(?:him|her|his|hers|them|their|it|its|me|my|you|your|us|our)\b/i;

/**
 * A mention with every field set: one object shape for all of them, so the optimised code that
 * reads mentions is not thrown away (and compiled again) the first time a rare kind turns up.
 */
const mention = (entity: Entity, speaker: boolean, subject: boolean, gender: Gender, owner = false): Mention =>
  ({ entity, speaker, subject, personal: false, owner, gender });

/** `text` without a dateline or time stamp opening it (STAMP_LEAD; every one holds a dash). */
function withoutStamp(text: string): string {
  return text.includes('\u2014') || text.includes('\u2013') || text.includes('-') ? text.replace(STAMP_LEAD, '') : text;
}

/** White space, as `\s` counts it. */
const isWhite = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
  c === 0x3000 || c === 0xfeff;
/** The last character is white space: how every match of OBJECT_BEFORE ends. */
const endsInSpace = (text: string): boolean => text.length > 0 && isWhite(text.charCodeAt(text.length - 1));

/** A straight or curly apostrophe in [from, to): POSSESSIVE_OPENING needs one. */
function apostropheIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** What one sentence [s, e) says of the paragraph's names: its subject (marked on its mention),
 * a subject "he" or "she" (pushed onto `subjectPronouns`), a bare name owning what it opens with
 * (pushed onto `owners`). */
function readSentence(reader: ParagraphReader, s: number, e: number, mentionOf: Map<Entity, Mention>, subjectPronouns: Entity[], owners: Mention[]): void {
  const masked = reader.masked;
  const firstAny = reader.entities.find((x) => x.start >= s && x.end <= e);
  if (firstAny?.kind === 'pronoun' && (firstAny.name === 'he' || firstAny.name === 'she') && PRONOUN_OPENING.test(masked.slice(s, firstAny.start)))
    subjectPronouns.push(firstAny);
  // "Was she ever tempted by film? “Tempted, yes.”", "Why write it now, when she …? “…”": an
  // interviewer's question about him or her, answered by the quote after it
  else if (firstAny?.kind === 'pronoun' && (firstAny.name === 'he' || firstAny.name === 'she') && QUESTION_END.test(masked.slice(firstAny.end, e)) &&
    !reader.entities.some((x) => x.start > firstAny.end && x.end <= e && isNamed(x)))
    subjectPronouns.push(firstAny);
  // "Asked what he will miss, he laughs. “…”": the "he" or "she" right after what they were
  // asked is the sentence's subject, whoever the question itself names
  else if (firstAny && ASKED_LEAD.test(masked.slice(s, s + 16))) {
    const asked = reader.entities.find((x) => x.start >= s && x.end <= e && x.kind === 'pronoun' && (x.name === 'he' || x.name === 'she') &&
      ASKED_OPENING.test(masked.slice(s, x.start)));
    if (asked) subjectPronouns.push(asked);
  }
  let first = reader.entities.find((x) => x.start >= s && x.end <= e && x.kind !== 'pronoun');
  // "… the harbour wall at Skerrin Quay comes from the wheelhouse of the Brighter Dawn, where
  // Alasdair MacInnes is …": names after a place preposition are where things are, not who
  // the sentence is about; the next name is (unless a pronoun has taken the subject)
  while (first && PLACE_OBJECT.test(masked.slice(Math.max(s, first.start - 40), first.start))) {
    const from = first.end;
    const next = reader.entities.find((x) => x.start >= from && x.end <= e && x.kind !== 'pronoun');
    if (!next || reader.entities.some((x) => x.kind === 'pronoun' && x.start >= from && x.start < next.start)) break;
    first = next;
  }
  // "Among the speakers was Hester Vang, 74, who …": a sentence opening on a preposition
  // and turned round by "was" is about the name after the verb
  if (first && first.kind !== 'person' && INVERTED_OPENING.test(masked.slice(s, first.start))) {
    const from = first.end;
    const next = reader.entities.find((x) => x.start >= from && x.end <= e && x.kind === 'person');
    if (next && COPULA_GAP.test(masked.slice(from, next.start))) first = next;
  }
  // "Carrow Vale’s captain, Nadia Qureshi, had …": a name owning the role an appositive name
  // holds is not the sentence's subject; the appositive is
  if (first && (first.kind === 'person' || first.kind === 'single' || first.kind === 'body')) {
    const owner = first;
    const held = reader.entities.find((x) => x.start > owner.end && x.end <= e && x.kind === 'person');
    if (held && OWNER_ROLE_GAP.test(masked.slice(owner.end, held.start))) {
      const own = masked.slice(owner.start, owner.end).replace(/['’]s?$/, '');
      if (held.roles.some((r) => r.startsWith(own) && /^['’]/.test(r.slice(own.length)))) first = held;
    }
  }
  // ("14:10 — The mayor of Vale, Ana Ruiz, has …", "KABUL — …": a time stamp or dateline opens no clause)
  const pre = first ? withoutStamp(masked.slice(s, first.start)) : '';
  const told = TOLD_BEFORE.exec(pre);
  const listener = told !== null && SPEECH_VERBS.has(/([\p{L}]+)\s*$/u.exec(told[0])?.[1]?.toLowerCase() ?? '');
  // "Radebe's mother, Grace Radebe, 58, has …": the name a role opens the sentence with;
  // not "Under cross-examination by advocate X, he …": a name after a preposition
  // ("Her son, Daniel Tran, now 41, …": the role before may not be the one shown)
  const rolePre = first !== undefined && pre.includes(',') && (ROLE_THEN_COMMA.test(pre) || PARTICIPLE_THEN_ROLE.test(pre)) && first.roles.some((r) => pre.includes(r));
  const objectOf = first !== undefined && ((endsInSpace(pre) && OBJECT_BEFORE.test(pre)) || PRONOUN_CLAUSE.test(pre));
  // ("Born in Bilbao in 1979, Etxeberria moved …": a participle phrase opens the sentence)
  if (first && !listener && !objectOf && (!pre.includes(',') || LEADING_PREPOSITION.test(pre) || OPENING_PARTICIPLE.test(pre) || rolePre)) {
    const m = mentionOf.get(first);
    if (m) m.subject = true;
    // "Among the crowd were Giulia Marras and her husband, Paolo Dettori, …": a person joined
    // to the subject by "and" is as much what the sentence is about (when known to be a man or
    // a woman: "and her partner, Gil Abernathy," may be either, and "she" must not find him)
    const and = first.kind === 'person' ? reader.entities.find((x) => x.start >= first.end && x.end <= e) : undefined;
    const m2 = and && and.kind === 'person' && AND_PARTNER.test(masked.slice(first.end, and.start)) ? mentionOf.get(and) : undefined;
    if (m && m2?.gender && m2.gender !== m.gender) m2.subject = true;
  } else if (first && objectOf && (PARTICIPLE_LEAD.test(pre) || LEADING_PREPOSITION.test(pre))) {
    // "Speaking to the broadcaster X in Portuguese, through an interpreter, Tavares thanked …":
    // the names inside the participle's phrase are its objects; the name the clause opens
    // on after it, before its verb, is the subject (so after a preposition's phrase: "Under
    // cross-examination by X, the detective accepted …")
    const at = first.end;
    const subj = reader.entities.find((x) => x.start >= at && x.end <= e && x.kind !== 'pronoun' &&
      AFTER_PHRASE.test(masked.slice(at, x.start)) && VERB_NEXT.test(masked.slice(x.end, x.end + 20)));
    const m = subj ? mentionOf.get(subj) : undefined;
    if (m) m.subject = true;
  }
  // "Orla's own answer was shorter.": a sentence opening on a bare name's possession is about
  // that name's holder (a shop's or a place's, "Harlow's", is no one the story introduced)
  const owns = apostropheIn(masked, s, Math.min(e, s + 48)) ? POSSESSIVE_OPENING.exec(masked.slice(s, Math.min(e, s + 48))) : null;
  if (owns) {
    const at = s + (owns[1] as string).length;
    const name = owns[2] as string;
    const lower = name.toLowerCase();
    if (!NON_NAMES.has(lower) && !isRoleNoun(lower) && !TITLES.has(lower) && !reader.entities.some((x) => x.start < at + name.length + 2 && x.end > at)) {
      const entity: Entity = { kind: 'single', start: at, end: at + name.length, name, role: null, roles: [], gender: null };
      owners.push(mention(entity, false, true, null, true));
    }
  }
  // "Extracts from Mr Pettifer's police interview were read …": a sentence opening on a thing
  // of a titled person's, before any comma, is about that person
  if (first && !first.gender && first.kind !== 'person' && !pre.includes(',')) {
    const owner = reader.entities.find((x) => x.start > first.start && x.end <= e && x.kind !== 'pronoun');
    const m = owner && owner.kind === 'single' && owner.gender && OWNS.test(masked.slice(owner.end - 2, owner.end)) &&
      !masked.slice(first.end, owner.start).includes(',') ? mentionOf.get(owner) : undefined;
    if (m) m.subject = true;
  }
}

/** Sorts mentions by position, unless they already are in order (the usual case: then no copy
 * and no comparisons; the sort is stable, so it would leave them as they are). */
function sortByPosition(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if ((mentions[i - 1] as Mention).entity.start > (mentions[i] as Mention).entity.start) {
      mentions.sort((a, b) => a.entity.start - b.entity.start);
      return;
    }
  }
}

/** Marks the mentions that are speakers or bring a new person in, and adds the documents the
 * paragraph's verbs of saying came in; leaves `mentions` in order of position. */
function markSpeakers(reader: ParagraphReader, mentions: Mention[], mentionOf: Map<Entity, Mention>): void {
  const masked = reader.masked;
  // "That is little comfort to Hester Vang, 74, who …": a full name with an age set off after
  // it brings a new person into the story, whom the next "she" is about
  for (const m of mentions) {
    const e = m.entity;
    if (e.kind === 'person' && !m.subject && e.name.includes(' ') && masked.charCodeAt(e.end) === 44 && AGE_AFTER.test(masked.slice(e.end, e.end + 12)))
      m.subject = true;
  }
  markPersonal(mentions, reader.entities, masked);
  for (const v of reader.verbs) {
    if (v.word === 'according to') {
      const e = reader.subjectAfter(v.end, reader.sentenceOf(v.start)[1]);
      // "according to LSEG data": the body supplies figures, it is not quoted
      const m = e && !DATA_AFTER.test(masked.slice(e.end, e.end + 16)) ? mentionOf.get(e) : undefined;
      if (m) m.speaker = true;
      continue;
    }
    const e = reader.subjectBefore(v.start, reader.sentenceOf(v.start)[0]);
    // (not someone who speaks inside what another reports: "Ruiz said she left when a
    // neighbour asked her to")
    const m = e && !reader.reportingVerb(v, e) ? mentionOf.get(e) : undefined;
    if (m) m.speaker = true;
  }

  // "X said in a joint statement …", "X said in a written response": the document becomes
  // something later text can cite ("The response went on: …")
  for (const v of reader.verbs) {
    const m = DOCUMENT_AFTER_VERB.exec(masked.slice(v.end, v.end + 40));
    if (!m || v.word === 'according to' || !DOCUMENT_NOUNS.has(m[2] ?? '')) continue;
    const e = reader.subjectBefore(v.start, reader.sentenceOf(v.start)[0]);
    if (!e || e.kind === 'pronoun') continue;
    const who = e.kind === 'person' || e.kind === 'body' || e.kind === 'single' ? e.name.replace(/^The\s+/, '') : masked.slice(e.start, e.end).replace(/^The\b/, 'the');
    const at = v.end + (m[0].length - (m[1] ?? '').length);
    const doc: Entity = { kind: 'document', start: at, end: at + (m[1] ?? '').length, name: `${m[1]} from ${who}`, role: null, roles: [], gender: null };
    mentions.push(mention(doc, false, false, null));
  }
  sortByPosition(mentions);
}

/** The `i`th quote of the paragraph: its kind, and who its own sentence credits. */
function readQuote(text: string, spans: readonly QuoteSpan[], i: number, reader: ParagraphReader, mentions: readonly Mention[]): LocalQuote {
  const masked = reader.masked;
  const span = spans[i] as QuoteSpan;
  const [sStart, sEnd] = reader.sentenceOf(span.open);
  const prev = spans[i - 1];
  const next = spans[i + 1];
  const beforeFrom = prev && prev.close > sStart ? prev.close : sStart;
  const afterTo = next && next.open < sEnd ? next.open : sEnd;
  const qText = text.slice(span.start, span.end);
  const trimmed = qText.trim();
  const afterText = masked.slice(span.close, afterTo);
  const beforeText = masked.slice(beforeFrom, span.open);
  const afterFirst =
    /,$/.test(trimmed) || (/[?!]$/.test(trimmed) && (/^\s*[\p{Ll}]/u.test(afterText) || NAME_THEN_VERB.test(afterText))) || beforeText.trim() === '';
  // "It has been called “the saga of the year” by one reviewer": the agent of a passive verb
  // of saying speaks; with no agent, its subject is what was described, not who spoke
  const passive = PASSIVE_BEFORE.exec(beforeText);
  const passiveSaid = passive !== null && SPEECH_VERBS.has(passive[1] ?? '');
  const by = passiveSaid ? AGENT_AFTER.exec(afterText) : null;
  // ("a bill that she said would be announced “when …”": a passive that names nothing, after
  // an earlier verb of saying, is inside what that verb's subject said)
  const passiveAt = passive ? beforeFrom + passive.index : span.open;
  // (not "members were told “…”": told and asked say who heard it, not who spoke; and only
  // after a plain verb of saying, not "apologised after passengers were told")
  const reported = passiveSaid && !by && !NAMING_VERBS.has(passive?.[1] ?? '') && !ADDRESSED.has(passive?.[1] ?? '') &&
    reader.verbs.some((v) => v.start >= sStart && v.end <= passiveAt && REPORTING.has(v.word));
  const agentless = passiveSaid && !by && !reported;
  const cueBefore = () => (agentless ? null : reader.cueBefore(beforeFrom, reported ? passiveAt : span.open, sStart));
  const tries = afterFirst ? [() => reader.cueAfter(span.close, afterTo), cueBefore] : [cueBefore, () => reader.cueAfter(span.close, afterTo)];
  let found: [Entity, string] | null = null;
  if (by) {
    const e = reader.subjectAfter(span.close + by[0].length, afterTo);
    if (e) found = [e, PASSIVE_HOW];
  }
  // "was accused by MPs on Wednesday of “…”": the agent named before the quote
  const byBefore = found ? null : AGENT_BEFORE_QUOTE.exec(beforeText);
  if (byBefore) {
    const e = reader.subjectAfter(beforeFrom + byBefore.index + byBefore[0].length, span.open);
    if (e && e.kind !== 'pronoun') found = [e, PASSIVE_HOW];
  }
  // "as one club member put it, “…”", "“…,” as Ana Ruiz put it": whose words they are
  const putBefore = found ? null : PUT_IT_BEFORE.exec(beforeText);
  const putAfter = found || putBefore ? null : PUT_IT_AFTER.exec(afterText);
  if (putBefore || putAfter) {
    const m = (putBefore ?? putAfter) as RegExpExecArray;
    const phrase = m[1] as string;
    const from = (putBefore ? beforeFrom : span.close) + m.index + m[0].indexOf(phrase, 2);
    const who = reader.entities.find((x) => x.start >= from && x.start < from + phrase.length);
    if (who) found = [who, 'as … put it'];
  }
  for (const t of tries) {
    if (found) break;
    found = t();
  }
  // "Her manager said the album “Harbour Lights” had sold “beyond …”": the verb may come
  // before an earlier quote of the sentence
  // ("X writes that …, and that he had wanted it “…”": a second "that" clause is the first one's verb's)
  if (!found && !agentless && beforeFrom > sStart)
    found = (AND_THAT.test(masked.slice(beforeFrom, span.open)) ? reader.cueOfThat(sStart, span.open) : null) ?? reader.cueBefore(sStart, span.open, sStart);
  // "“We will rebuild, said Ana Ruiz, the mayor." (never closed): the credit written inside
  // the open quote still says who speaks
  if (!found && !span.closed) found = creditInside(text, spans, span);
  // (a quote standing as its own sentence, whose speaker the next one names)
  if (!found && !agentless && /^[\s.!?]*$/.test(afterText)) found = reader.cueNextSentence(sEnd);
  // ("… had sent a text to her sister. It read: “…”": the sender's words)
  if (!found && beforeFrom === sStart) found = reader.cueSentMessage(sStart, span.open);
  // "The museum would publish “clear, written principles” by the end of the year, she said.":
  // the credit closing the sentence, past the rest of what was reported
  if (!found && !agentless && afterTo === sEnd) found = reader.creditClosing(span.close, sEnd);
  const spoken = found !== null || reader.verbs.some((v) => v.start >= sStart && v.end <= span.open);
  const kind = classifyQuote(qText, { before: masked.slice(sStart, span.open), after: afterText, spoken });
  const cue = kind === 'speech' && found ? found[0] : null;
  const notCue = cue?.kind === 'pronoun' && (cue.name === 'he' || cue.name === 'she') ? addressees(reader, sStart, cue.start) : NO_ENTITIES;
  return {
    start: span.start,
    end: span.end,
    text: qText,
    closed: span.closed,
    kind,
    cue,
    how: found ? found[1] : '',
    about: kind === 'speech' && !found ? documentSubject(mentions, sStart, span.open) : null,
    // (always set, undefined when empty: one object shape for every quote)
    notCue: notCue.length ? notCue : undefined,
  };
}

/** Credits crowds with their "they", and marks (or adds) the mentions the quotes' cues name as
 * speakers, keeping `mentions` in order of position. */
function creditSpeakers(quotes: LocalQuote[], masked: string, mentions: Mention[], mentionOf: Map<Entity, Mention>): void {
  // "Supporters sang and chanted. “…!” they shouted": a crowd's "they" raising its voice is the
  // crowd the paragraph names before it, not a body or a person quoted earlier
  for (const q of quotes) {
    if (q.cue?.kind !== 'pronoun' || q.cue.name !== 'they' || !CROWD_VOICE.test(masked.slice(q.cue.end, q.cue.end + 30))) continue;
    const crowd = crowdBefore(masked, q.start);
    if (crowd) q.cue = crowd;
  }
  let added = false;
  for (const q of quotes) {
    if (q.cue && isNamed(q.cue)) {
      const m = mentionOf.get(q.cue);
      if (m) m.speaker = true;
      // (a speaker named inside a quote left open is met nowhere else in the paragraph)
      else if (q.how === CREDIT_INSIDE_HOW) added = mentions.push(mention(q.cue, true, false, q.cue.gender)) > 0;
    }
    // (a description found only as a pull quote's credit becomes a mention, to be resolved)
    if (q.cue?.kind === 'anonymous' && !mentionOf.has(q.cue)) added = mentions.push(mention(q.cue, true, false, null)) > 0;
  }
  if (added) mentions.sort((a, b) => a.entity.start - b.entity.start);
}

export function summarizeParagraph(text: string): ParagraphSummary {
  const spans = findQuoteSpans(text);
  const masked = maskQuotes(text, spans);
  const sentences = sentenceRanges(text, spans, masked);
  const reader = new ParagraphReader(text, masked, sentences);

  // (built by push onto a literal, as `quotes` is below: arrays made by filter and map come in
  // more internal kinds, and each new one seen throws the optimised code away)
  const mentions: Mention[] = [];
  for (const entity of reader.entities) if (entity.kind !== 'pronoun') mentions.push(mention(entity, false, false, entity.gender));
  for (const entity of reader.swallowed) mentions.push(mention(entity, false, false, entity.gender));
  if (reader.swallowed.length) mentions.sort((a, b) => a.entity.start - b.entity.start);
  const mentionOf = new Map(mentions.map((m) => [m.entity, m]));
  const subjectPronouns: Entity[] = [];
  const owners: Mention[] = [];
  for (const [s, e] of sentences) readSentence(reader, s, e, mentionOf, subjectPronouns, owners);
  if (owners.length) {
    mentions.push(...owners);
    mentions.sort((a, b) => a.entity.start - b.entity.start);
  }
  markSpeakers(reader, mentions, mentionOf);

  const quotes: LocalQuote[] = [];
  for (let i = 0; i < spans.length; i++) quotes.push(readQuote(text, spans, i, reader, mentions));
  creditSpeakers(quotes, masked, mentions, mentionOf);
  genderHints(reader, mentions);
  let leadsInto = leadIn(reader);
  let reportsLast = reportedLast(reader, spans);
  // "Her neighbour Ana Ruiz said": a role written straight before a name is the name's own, and
  // what the sentence says of the role it says of the name (after the gender hints: "The
  // novelist Kofi Mensah said she had …" is no evidence of his)
  for (let i = mentions.length - 2; i >= 0; i--) {
    const role = (mentions[i] as Mention).entity;
    const m = mentions[i + 1] as Mention;
    if (role.kind !== 'title' || !isNamed(m.entity) || masked.slice(role.end, m.entity.start) !== ' ' ||
      !m.entity.roles.some((r) => r === role.name || r.endsWith(` ${role.name}`)))
      continue;
    m.speaker ||= (mentions[i] as Mention).speaker;
    m.subject ||= (mentions[i] as Mention).subject;
    mentions.splice(i, 1);
    for (const q of quotes) if (q.cue === role) q.cue = m.entity;
    if (leadsInto === role) leadsInto = m.entity;
    if (reportsLast === role) reportsLast = m.entity;
  }
  // "Her neighbour, a bus driver who gave only his first name, Dario, disagreed": the name set
  // off after a description that opens the sentence is its subject too
  for (let i = 0; i + 1 < mentions.length; i++) {
    const role = mentions[i] as Mention;
    const m = mentions[i + 1] as Mention;
    if (!role.subject || m.subject || (role.entity.kind !== 'title' && role.entity.kind !== 'anonymous') || m.entity.kind !== 'person') continue;
    if (SET_OFF_DESCRIPTION.test(masked.slice(role.entity.end, m.entity.start)) && /^\s*,/.test(masked.slice(m.entity.end, m.entity.end + 3))) m.subject = true;
  }
  const last = spans[spans.length - 1];
  const lastSpeech = quotes.findLast((q) => q.kind === 'speech');
  const lastSentence = sentences[sentences.length - 1];
  return {
    text,
    quotes,
    mentions,
    opensWithQuote: opensWithQuote(text),
    leavesOpen: last !== undefined && !last.closed,
    leadsInto,
    reportsLast,
    subjectPronouns: subjectPronouns.length ? subjectPronouns.filter((e) => !quotes.some((q) => q.cue === e)) : NO_ENTITIES,
    pure: isPure(text, spans),
    crowd: crowdBefore(masked, masked.length)?.name ?? null,
    endsQuoted: lastSpeech !== undefined && lastSentence !== undefined && lastSpeech.start >= lastSentence[0],
  };
}

export { MASK };
