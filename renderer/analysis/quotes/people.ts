// Recognises who a stretch of narrative names: people by full name (with titles before and
// roles around them), single surnames, organisations, pronouns, title-only references
// ("the mayor"), anonymous descriptions ("a senior official") and documents ("a joint
// statement from …"). Works on quote-masked text, so words inside quotes never count.
import { memoize } from '../memo';
import {
  BODY_APPOSITION,
  BODY_TYPES,
  NOT_PEOPLE,
  ROLE_SHAPE,
  ADJUDICATORS,
  BODY_NOUNS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  FEMALE_NAMES,
  KIN_NOUNS,
  MALE_NAMES,
  NAME_PARTICLES,
  NON_NAMES,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STAGE_ROLE_PAIRS,
  STAGE_ROLES,
  TITLES,
} from './lexicon';

export type Gender = 'm' | 'f' | null;

export type EntityKind =
  | 'person' // a full personal name
  | 'single' // one capitalised word: a surname, or a body's short name
  | 'body'
  | 'pronoun'
  | 'title' // "the mayor"
  | 'group' // "the two ministers"
  | 'bodyRef' // "the company"
  | 'anonymous'
  | 'document'
  | 'documentRef'; // "the statement"

export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  /** Name as written (without titles); the noun for title/body/document references. */
  name: string;
  /** Role to show: the appositive after the name, else the title or role before it. */
  role: string | null;
  /** Every role text seen with the name, for matching "the judge" to "Justice …". */
  roles: string[];
  gender: Gender;
  /** "Sir Geraint", "Dame Philippa": a knight or dame is called by given name, not surname. */
  given?: boolean;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A letter or digit (ASCII fast path; Unicode letters, marks excluded, through one regex). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TOKEN_TAIL = /[\p{L}\p{M}\p{N}'’-]/u;
/** General punctuation (dashes, curly quotes, spaces) and Latin-1 signs: never in a word. */
const notWordChar = (c: number): boolean => (c >= 0x2000 && c <= 0x206f) || (c >= 0x80 && c <= 0xbf && c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba && c !== 0xbc && c !== 0xbd && c !== 0xbe);
const startsToken = (c: number, text: string, i: number): boolean =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : !notWordChar(c) && LETTER_OR_DIGIT.test(text[i] as string);
const continuesToken = (c: number, text: string, i: number): boolean =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45
    : c === 0x2019 || (!notWordChar(c) && TOKEN_TAIL.test(text[i] as string));

/** Words: a letter or digit, then letters, marks, digits, apostrophes and hyphens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!startsToken(c, text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && continuesToken(text.charCodeAt(j), text, j)) j++;
    const end = Math.min(j, to);
    const t = text.slice(i, end);
    out.push({ text: t, lower: t.toLowerCase(), start: i, end });
    i = j;
  }
  return out;
}

const UPPER = /^\p{Lu}/u;
const isCap = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
};
const isAllCaps = (t: string): boolean => t.length > 1 && /^[\p{Lu}\p{N}.-]+$/u.test(t);
const isPossessive = (t: string): boolean => {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 115) return false;
  const c = t.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
};
const BARE = /['’]s?$/;
const bare = (lower: string): string => {
  const c = lower.charCodeAt(lower.length - 1);
  // only a final apostrophe, "'s" or dot changes anything
  if (c !== 115 && c !== 39 && c !== 0x2019 && c !== 46) return lower;
  return lower.replace(BARE, '').replace(/\.$/, '');
};
/** A comma and white space end the text before `at`. */
const commaBefore = (text: string, at: number): boolean => {
  let b = at;
  while (b > 0 && allSpace(text, b - 1, b)) b--;
  return b < at && text.charCodeAt(b - 1) === 44;
};
/** True when text[from, to) is white space only (and not empty). */
const allSpace = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && !(c >= 9 && c <= 13) && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x202f && c !== 0x205f && c !== 0x3000 && c !== 0x1680 && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff)
      return false;
  }
  return true;
};
const PARTICLE_HEAD = /^(?:al|el|ad|ar|as|an|at|az)-\p{Lu}/u;
const particleHead = (t: string): boolean => t.length > 3 && t.charCodeAt(2) === 45 && PARTICLE_HEAD.test(t);
/** "secretary-general", "vice-president", "editor-in-chief": a compound with a title at one end
 * and a title, a role or a title's prefix or suffix at the other (not the surname
 * "Oyelami-Dean", "King-Ashford"). */
const isTitle = (lower: string): boolean => {
  const b = bare(lower);
  if (TITLES.has(b)) return true;
  const dash = b.indexOf('-');
  if (dash <= 0) return false;
  const head = b.slice(0, dash);
  const tail = b.slice(b.lastIndexOf('-') + 1);
  return (TITLES.has(head) && titlePart(tail)) || (TITLES.has(tail) && titlePart(head));
};
/** What a compound title may join its title to: "general", "vice", "ex", "chief", another title. */
const TITLE_AFFIXES = new Set('vice co ex deputy acting sub under pro arch assistant associate senior junior interim general elect designate chief in at large'.split(' '));
const titlePart = (w: string): boolean => TITLES.has(w) || TITLE_AFFIXES.has(w) || ROLE_NOUNS.has(w);
/** The words of a role before a name end in one whose holders go by a stage name. */
const isStageRole = (words: readonly string[]): boolean => {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const prev = (words[words.length - 2] ?? '').toLowerCase();
  return STAGE_ROLES.has(last) || STAGE_ROLE_PAIRS.has(`${prev}-${last}`);
};

/** A noun that names a person's role: listed, or shaped like one ("rescuer", "referee"). */
export const isRoleNoun: (lower: string) => boolean = memoize(
  (lower: string): boolean =>
    ROLE_NOUNS.has(lower) || KIN_NOUNS.has(lower) || (ROLE_SHAPE.test(lower) && !NOT_PEOPLE.has(lower)) ||
    // "ex-captain": a past role is a role
    (lower.startsWith('ex-') && lower.length > 5 && isRoleNoun(lower.slice(3))),
  50000,
);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august']);
/** Words before a month that make it a date: "in June", "since May", "last April". */
const DATE_WORD_BEFORE = new Set('in since until till by from of last next early late mid through during before after'.split(' '));
/** Words that go on from a participle opening a sentence ("Speaking at …", "Addressing the …"). */
const PARTICIPLE_OBJECTS = new Set('at in on to from with after before about during for outside inside the a an his her their its our this that these those alongside through over under into if whether why how what when where by'.split(' '));
/** "Speaking last month, he …", "Writing privately, she …": a participle's adverbial of a few
 * lower-case words up to a comma, then the subject (not "Fleming later said", "Manning has
 * since written, …", "Manning last week, in a second letter, called …"). */
const ADVERBIAL_TO_COMMA = /^\s+(?!(?:has|had|have|was|is|will|would|did|does|could|also|then)\b)(?:last|this|next|yesterday|today|tonight|earlier|later|recently|afterwards|shortly|exclusively|publicly|privately|separately|briefly|live|again|\p{Ll}+ly)(?:\s+(?:week|month|year|night|morning|afternoon|evening|weekend|season|summer|winter|spring|autumn|time))?,\s+(?:(?:he|she|they|we|it|you|the|a|an|his|her|their|its|our)\b|\p{Lu})/u;
/** A participle's phrase up to a comma, within its sentence. */
const PHRASE_TO_COMMA = /^[^.;:!?\u201C\u201D"]*,/;
/** "Ruth Golding … Golding recently in …": the word is the surname of a full name met before it. */
/** What a participle opening the sentence may go straight on to: a lower-case word that is no
 * verb of its own ("Manning told", "Fleming insisted", "Golding has"). */
const participleObject = (next: Token | undefined, after: Token | undefined): boolean =>
  next !== undefined && !isCap(next.text) && !/ed$/.test(next.lower) && !AUX_WORDS.has(next.lower) && !SAYING.has(next.lower) && !IRREGULAR_PAST.has(next.lower) &&
  // (not a verb in -s before its object: "Fleming wants the")
  !(/s$/.test(next.lower) && /^(?:the|a|an|his|her|their|its|to|that|this|it|him|them)$/.test(after?.lower ?? '')) &&
  // (a plural before an auxiliary: "Developing countries had")
  (!AUX_WORDS.has(after?.lower ?? '') || /[^s]s$/.test(next.lower));
const IRREGULAR_PAST = new Set(
  'won spent made took gave got went came ran left led met paid put sent set sat stood wrote began became brought bought built caught felt found held kept knew lost saw shot sold struck thought threw wore fought drove rode flew grew drew chose spoke broke'.split(' '),
);
const AUX_WORDS = new Set('has had have was were is are will would could can may might must should did does do'.split(' '));
/** Up to the comma that sets off the subject after an opening phrase. */
const PHRASE_THEN_SUBJECT = /^\s+\p{Ll}[^.;:!?\u201C\u201D"]*,\s+(?:(?:he|she|they|we|it|the|a|an|his|her|their|its|our)\b|\p{Lu})/u;
const surnameMet = (text: string, t: Token): boolean =>
  new RegExp(`\\p{Lu}[\\p{Ll}’'-]+\\s+${t.text.replace(/[^\p{L}]/gu, '.')}\\b`, 'u').test(text.slice(0, t.start));
const PAST_PARTICIPLES = new Set('born raised known grown brought taught built held given seen shown driven'.split(' '));
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Titles that are also given names ("Col", "Dean", "Earl", "Duke"). */
const GIVEN_RANKS = new Set(['col', 'dean', 'earl', 'duke']);
/** ", who", ", 61,": what sets off a name on its introduction. */
const INTRODUCED_AFTER = /^,\s+(?:who\b|(?:aged\s+)?\d{1,3}\s*,)/;
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister']);

/** Words that end a backward walk for role words before a name. */
const ROLE_STOP = new Set(
  'the a an to with by of and or said told that for from at in on as who which was is were met his her its their our has had have be been after before during since until than but'.split(
    ' ',
  ),
);

/** "Department of Health and Social Care": an organisation word before or just after the "and"
 * at `and`-1 keeps the run together (not "Smith and Jones"). */
function orgAround(tokens: Token[], from: number, after: number): boolean {
  for (let k = from; k < after - 1; k++) if (ORG_WORDS.has(bare((tokens[k] as Token).lower))) return true;
  for (let k = after; k < after + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isCap(t.text)) break;
    if (ORG_WORDS.has(bare(t.lower))) return true;
  }
  return false;
}

/** A word that may be part of a personal name: no title, role, organisation or place word. */
const nameWord = (t: Token): boolean => {
  const b = bare(t.lower);
  return !isTitle(t.lower) && !ORG_WORDS.has(b) && !PLACE_WORDS.has(b) && !NON_NAMES.has(b) && !ROLE_NOUNS.has(b) && !isAllCaps(t.text);
};
/** Two name words end at `j` before "of": "Sen. Dale Whitcombe of Harlan County" (a title before
 * them), "Li Xiaoyan of Harbin University" (where they work after it), whatever the given name. */
function nameBeforeOf(tokens: Token[], i: number, j: number): boolean {
  if (!nameWord(tokens[j - 1] as Token) || !nameWord(tokens[j] as Token)) return false;
  if (j - i >= 2) return TITLES.has(bare((tokens[j - 2] as Token).lower));
  return j - i === 1 && orgAround(tokens, j + 2, j + 2);
}

/** Up to four lower-case words after token `to`, the last a body noun: "video game workers' union". */
function qualifiesBody(tokens: Token[], text: string, to: number): boolean {
  for (let k = to + 1; k <= to + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCap(t.text) || !allSpace(text, (tokens[k - 1] as Token).end, t.start) || ROLE_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
    if (k > to + 1 && BODY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** A lower-case role noun straight before token `i`: "farmer" of "farmer Ger". */
const roleNounBefore = (tokens: Token[], text: string, i: number): boolean => {
  const t = tokens[i - 1];
  return t !== undefined && !isCap(t.text) && allSpace(text, t.end, (tokens[i] as Token).start) && isRoleNoun(t.lower);
};

const ARTICLES = new Set(['the', 'a', 'an']);
const titleOrRole = (lower: string): boolean => isTitle(lower) || ROLE_NOUNS.has(lower);
/** A quoted nickname as the masked text shows it, one space either side. */
const NICKNAME_GAP = /^ \u00B7+ $/;

/** Runs of capitalised words (with name particles and inner "of"/"for") on one line of text. */
function capitalRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(isCap(t.text) || particleHead(t.text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next) break;
      if (isPossessive(cur.text)) break;
      const gap = text.slice(cur.end, next.start);
      const initial = cur.text.length === 1 && isCap(cur.text);
      // "Dr. Ana Ruiz", "John F. Kerr", "U.S. District Judge …" (letters of an initialism)
      const abbrevGap =
        (gap === '. ' && (isTitle(cur.lower) || initial)) || (gap === '.' && initial && next.text.length === 1 && isCap(next.text));
      // "Calder & Wren", "Marks & Spencer": an ampersand joins a firm's name
      // 'Gerald "Buck" Tennant': a nickname in quotes (masked) between a given name and a surname
      // (or any given name after a lower-case role noun: 'farmer Ger "Gerry Mac" McInerney'; or a
      // given name not listed, when both words may be a name's and no article opens the run:
      // "Ezequiel “Zeke” Harrowgate", not "the Harbour “Lights” Festival")
      // ('Manager Lee "Shrek" Darnell', 'Sgt. Ana "Red" Ruiz': or after a capitalised title or role)
      const nickGap = gap.length > 4 && (j === i || (j === i + 1 && titleOrRole((tokens[i] as Token).lower))) && isCap(next.text) && NICKNAME_GAP.test(gap) &&
        (givenNameGender(cur.lower) !== null || roleNounBefore(tokens, text, i) ||
          (gap.length <= 24 && nameWord(cur) && nameWord(next) && !ARTICLES.has(tokens[i - 1]?.lower ?? '')));
      if (gap !== ' ' && !abbrevGap && !nickGap && !(gap === ' & ' && isCap(next.text))) break;
      const after = tokens[j + 2];
      // "Analyst Fiona Oduya of Harbourfront Securities": a given name and a surname end the
      // person's name; "of" starts where they work ("Bank of England" still links)
      // (or a title and two names: "Analyst Rob Tandy of Kestrel Partners", "Sen. Dale Whitcombe of Harlan County")
      if ((next.lower === 'of' || next.lower === 'for') && j > i &&
        (givenNameGender((tokens[j - 1] as Token).lower) !== null || (j - i >= 2 && (ROLE_NOUNS.has((tokens[i] as Token).lower) || isTitle((tokens[i] as Token).lower))) ||
          nameBeforeOf(tokens, i, j)) &&
        !ORG_WORDS.has(bare(cur.lower)) && !isTitle(cur.lower) && !PLACE_WORDS.has(bare(cur.lower)))
        break;
      const linkWord =
        (next.lower === 'of' || next.lower === 'for' || NAME_PARTICLES.has(next.lower) || (next.lower === 'and' && orgAround(tokens, i, j + 2))) &&
        after !== undefined &&
        text.slice(next.end, after.start) === ' ' &&
        (isCap(after.text) || (NAME_PARTICLES.has(next.lower) && NAME_PARTICLES.has(after.lower) && isCap(tokens[j + 3]?.text ?? ''))); // "de la Cruz"
      if (isCap(next.text) || particleHead(next.text) || linkWord) j++;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Role words written straight before a name: "Council member", "County disaster coordinator". */
function roleBefore(tokens: Token[], text: string, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < 4; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next) break;
    if (text.slice(t.end, next.start) !== ' ') break;
    if (ROLE_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower) || isPossessive(t.text)) break;
    if (/\d/.test(t.text)) break;
    words.unshift(t.text);
  }
  // keep the words only when the one next to the name is a role
  while (words.length) {
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    if (isRoleNoun(last) || TITLES.has(bare(last))) break;
    words.length = 0;
  }
  // trim leading words that are not part of the role ("Outside", "said")
  while (words.length > 1 && NON_NAMES.has((words[0] ?? '').toLowerCase())) words.shift();
  return words;
}

const ARTICLE = /^(?:a|an|the)\s+/i;
const CALLED_GAP = /^\s+(?:called|named)\s+$/;
/** ", who was identified by the coastguard only as ": a relative clause giving the one name. */
const IDENTIFIED_AS_GAP = /^,\s+who\s+[^,.;:]*?\b(?:identified|named|called|known)\b[^,.;:]*?\bas\s+$/;
/** Words that open a clause, not a description of the person before them. */
const CLAUSE_OPENERS = new Set(
  'before after when while as but and or because since including with for in on at from to by who which where whose though although if until unless then so yet not also'.split(' '),
);
/** A plural's singular: "officials" → "official", "witnesses" → "witness", "deputies" → "deputy". */
const singular = (w: string): string => {
  if (w.charCodeAt(w.length - 1) !== 115 || w.endsWith('ss')) return w;
  if (w.endsWith('sses') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  return w.slice(0, -1);
};
/** What a description says of unnamed people, up to the clause or the verb of saying that
 * ends it: " close to the talks" of " close to the talks said on Monday". */
function descriptionTail(rest: string): string {
  // ("a collector sent her a photograph": a word taking a person as its object is the
  // sentence's verb, and no description follows the noun)
  if (VERB_ON_PERSON.test(rest)) return '';
  const tail = rest.replace(ANON_TAIL_CUT, '');
  const parts = tail.split(/(\s+)/);
  const verbAt = parts.findIndex((x) => SPEECH_VERBS.has(x.toLowerCase()));
  return verbAt >= 0 ? parts.slice(0, verbAt).join('').trimEnd() : tail;
}
/** A word that is no preposition, then a person as its object: a verb ("sent her", "told them"). */
const VERB_ON_PERSON = /^\s+(?!(?:of|to|for|with|at|in|on|from|by|near|close|like|about|behind|beside|against|among|under|over|after|before|than|as|and|or|but)\s)\p{Ll}+\s+(?:her|him|them|me|us)\b/u;
const ANON_TAIL_CUT = /\s+(?:(?:has|had|have|was|were|is|are|who|which|that|on|last|this|said|says|told|added|speaking|declined|asked|named|called|put|puts)\b|\d|(?:\p{Ll}+ed|took|gave|made|won|lost|paid|met|held|kept|brought|built|led|began)\s+(?:the|a|an|its|their|his|her|this|these|those|our)\s).*$/su;
// (the last: a verb in the past and its object, "a spokesman approved the plan", ends the
// description, where a participle does not: "an official involved in the talks")

/** A role after the name: "Winston Abara, a retired bus driver who …" → "retired bus driver". */
export function appositiveAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 44) return null;
  // (or an owner's: "Ana Ruiz, Harlow's chief planner")
  const m = /^,\s+((?:a|an|the|[\p{Ll}]|\p{Lu}[\p{L}-]*['’]s\s)[^,;:.!?\u00B7]*?)(?=\s+(?:who|which|whose|that)\b|[,;:.!?\u00B7]|$)/u.exec(
    text.slice(end, end + 160),
  );
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  const firstWords = phrase.toLowerCase().split(/\s+/).slice(0, 7);
  if (!firstWords.some((w) => isRoleNoun(w.replace(/[’']s$/, '')))) return null;
  if (SPEECH_VERBS.has(firstWords[0] ?? '') || CLAUSE_OPENERS.has(firstWords[0] ?? '')) return null;
  // (", speaking through an interpreter,": a participle and its object, not a role)
  if (firstWords[0]?.endsWith('ing') && PARTICIPLE_OBJECTS.has(firstWords[1] ?? '')) return null;
  // ", a spokesperson for the Department said …": the phrase is a subject, not a role of the name
  if (phrase.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return null;
  // ("X, the detective accepted that …": a role and its verb, a clause whose subject is the role)
  if (ROLE_THEN_VERB.test(phrase) && /^\s+that\b/.test(text.slice(end + (m?.[0].length ?? 0)))) return null;
  return phrase.replace(ARTICLE, '');
}

/** "the detective accepted": an article, a noun and a verb in the past ending the phrase. */
const ROLE_THEN_VERB = /^(?:the|a|an)\s+\p{Ll}+\s+\p{Ll}+ed$/u;
/** A description whose head, before any preposition, is a role: "aviation analyst at X"
 * (not "street the mayor loves"). */
const roleHeaded = (desc: string | null): boolean => {
  const head = desc?.split(/\s+(?:at|of|for|with|in|from|on|to)\s/)[0] ?? '';
  return isRoleNoun(head.slice(head.lastIndexOf(' ') + 1).toLowerCase());
};

/** The start of "the " right before `start` when a title opens the name there, else `start`. */
function titledArticle(text: string, start: number): number {
  if (start < 6 || text.charCodeAt(start - 1) !== 32) return start;
  const w = text.slice(start - 4, start - 1);
  if (w !== 'the' && w !== 'The') return start;
  const head = /^[\p{L}]+/u.exec(text.slice(start, start + 20))?.[0].toLowerCase() ?? '';
  return isTitle(head) && allSpace(text, start - 5, start - 4) ? start - 4 : start;
}

/** A role just before the name, set off by commas: "A bureau spokesman, Daniel Okwuosa, …". */
export function appositiveBefore(text: string, start0: number, end: number): string | null {
  // "The minister of the parish, the Rev Iain Buchanan,": an article before a titled name
  const start = titledArticle(text, start0);
  // the phrase ends with a comma and white space right before the name
  if (!commaBefore(text, start)) return null;
  if (!/^(?:[,.;:!?]|\s*$)/.test(text.slice(end, end + 1) || '')) return null;
  // (a dash ends a dateline or a live blog's time: "14:10 — The mayor of Vale, Ana Ruiz,")
  const m = /(?:^|[,;:.\u00B7\u2013\u2014]\s*|\b(?:and|by|with|to)\s+)([^,;:.\u00B7\u2013\u2014]{2,60}?),\s+$/u.exec(text.slice(Math.max(0, start - 80), start));
  let phrase = m?.[1]?.trim();
  if (!phrase) return null;
  // ("as she left the stage with her husband, Tom Vale,": the role starts after the last "with")
  const tail = /\b(?:and|by|with|to)\s+([^]+)$/.exec(phrase)?.[1];
  if (tail && !phrase.toLowerCase().split(/\s+/).slice(0, 5).some((w) => isRoleNoun(w))) phrase = tail;
  const words = phrase.toLowerCase().split(/\s+/);
  const capitalOpen = /^\p{Lu}/u.test(phrase) && !isRoleNoun(words[0] ?? '') && !TITLES.has(words[0] ?? '') && !ARTICLE.test(phrase);
  if (capitalOpen || !words.slice(0, 5).some((w) => isRoleNoun(w))) {
    // "The Minister for Agriculture, Food and the Marine, Declan Furlong": a title whose own
    // name holds a comma
    const wide = /(?:^|[;:.\u00B7]\s*)((?:The|the)\s+[^,;:.\u00B7]{2,50},[^,;:.\u00B7]{2,40}?),\s+$/u.exec(text.slice(Math.max(0, start - 100), start));
    const widePhrase = wide?.[1]?.trim();
    const wideWords = widePhrase?.toLowerCase().split(/\s+/) ?? [];
    if (widePhrase && wideWords.slice(0, 3).some((w) => isRoleNoun(w))) phrase = widePhrase;
    else if (!words.slice(0, 5).some((w) => isRoleNoun(w))) return null;
  }
  return phrase.replace(/^(?:[\p{L}]+\s+)?(?:a|an|the|its|their|his|her|our)\s+/iu, (m) =>
    SPEECH_VERBS.has(m.trim().split(/\s+/)[0]?.toLowerCase() ?? '') || m.trim().split(/\s+/).length === 1 ? '' : m,
  );
}

function givenNameGender(given: string): Gender {
  const g = /^[a-z'-]*$/.test(given) ? given : given.normalize('NFD').replace(/\p{M}/gu, '');
  return FEMALE_NAMES.has(g) ? 'f' : MALE_NAMES.has(g) ? 'm' : null;
}

function titleGender(titleWords: string[]): Gender {
  for (const w of titleWords) {
    const b = bare(w.toLowerCase());
    if (MALE_TITLES.has(b)) return 'm';
    if (FEMALE_TITLES.has(b)) return 'f';
  }
  return null;
}

/** A listed role noun inside a capitalised run with two words still after it is a title
 * ("Managing Director Jane Doe", "County Executive Ana Ruiz"), unless it is a given name. */
const innerTitle = (lower: string, k: number, n: number): boolean =>
  k <= n - 3 && (isTitle(lower) || (ROLE_NOUNS.has(lower) && !FEMALE_NAMES.has(lower) && !MALE_NAMES.has(lower)));

/** Capitalised occupation words that open a sentence before a name ("Engineer Tomas Brecht"). */
const looksLikeRole = (lower: string): boolean =>
  ROLE_NOUNS.has(lower) || /(?:ist|hand|eer|ee|ician|man|woman|ant|keeper|maker|worker|holder|master)$/.test(lower);

/** A run that only qualifies a role before a name: "Council member Bruno", "Harbour Board member Jan". */
function rolePrefix(tokens: Token[], text: string, to: number): boolean {
  for (let k = to + 1; k <= to + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (!t || !prev || text.slice(prev.end, t.start) !== ' ' || isCap(t.text) || ROLE_STOP.has(t.lower)) return false;
    if (isRoleNoun(t.lower) && next && text.slice(t.end, next.start) === ' ' && isCap(next.text)) return true;
  }
  return false;
}

/** Lower-case words after a run that end in a role noun: "ODM party leader", "BBC political editor". */
function rolePrefixAfter(tokens: Token[], text: string, to: number): boolean {
  for (let k = to + 1; k <= to + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isCap(t.text) || !allSpace(text, (tokens[k - 1] as Token).end, t.start) || ROLE_STOP.has(t.lower)) return false;
    if (isRoleNoun(t.lower) && !BODY_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "The developer, Northvale Homes": a body noun heads the phrase set off before the name
 * (not "the leader of the opposition group, Tom Ainsworth"). */
function bodyApposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!BODY_APPOSITION.test(before)) return false;
  const phrase = /[^,;:.\u00B7]*,\s*$/.exec(before)?.[0] ?? '';
  return !phrase.split(/\s+/).some((w) => isRoleNoun(w.toLowerCase()));
}

/** "the campaign group Safer Lanes", "a bakery chain Pennock's": the noun before the name says
 * it is a body. */
function bodyNounBefore(tokens: Token[], text: string, first: number): boolean {
  const noun = tokens[first - 1];
  if (!noun || isCap(noun.text) || !BODY_TYPES.has(noun.lower) || text.slice(noun.end, (tokens[first] as Token).start) !== ' ') return false;
  // (or, for a noun only a business is, no article: "German carmaker Brandauer said", "shares
  // in carmaker Brandauer"; not "Software developer Marcus Oyelowo")
  const bare = COMPANY_NOUNS.has(noun.lower);
  for (let k = first - 2; k >= first - 4; k--) {
    const t = tokens[k];
    if (!t || /[.!?:;\u00B7]\s*$/.test(text.slice(Math.max(0, t.end), (tokens[k + 1] as Token).start))) return bare;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return true;
    if (ROLE_STOP.has(t.lower)) return bare && BODY_PREPOSITIONS.has(t.lower);
    if (isCap(t.text)) {
      const b = tokens[k - 1];
      return bare && (!b || BODY_PREPOSITIONS.has(b.lower) || /[.!?:;\u00B7]\s*$/.test(text.slice(b.end, t.start)));
    }
  }
  return false;
}
const BODY_PREPOSITIONS = new Set('in of at for from by with to'.split(' '));
/** What only an organisation has: "the board of Harwell Mutual", "the trustees of …". */
const ORGANS = new Set('board trustees governors directors shareholders'.split(' '));
/** "the board of Harwell Mutual": a name after "the" and one of an organisation's organs and "of". */
function organBefore(tokens: Token[], text: string, first: number): boolean {
  const of = tokens[first - 1];
  const organ = tokens[first - 2];
  const the = tokens[first - 3];
  return of?.lower === 'of' && organ !== undefined && ORGANS.has(organ.text) && the?.lower === 'the' &&
    allSpace(text, the.end, organ.start) && allSpace(text, organ.end, of.start) && allSpace(text, of.end, (tokens[first] as Token).start);
}
/** Kinds of business that also open a body's own name ("Bank Leumi") or are given names ("Charity"). */
const PERSONAL_COMPANY_NOUNS = new Set(['bank', 'chain', 'charity', 'newspaper']);
/** Kinds of body no person is called ("developer", "operator", "publisher", "broadcaster" may be people). */
const COMPANY_NOUNS = new Set(
  'company firm carmaker automaker chipmaker drugmaker steelmaker planemaker retailer airline bank lender insurer newspaper conglomerate manufacturer startup chain regulator watchdog charity'.split(' '),
);

/** ", the new operator,": a kind of body set off right after `end`, within `words` words before its noun. */
function bodyTypeAfter(text: string, end: number, words: 3 | 4): boolean {
  const ap = (words === 3 ? APPOSITION_3 : APPOSITION_4).exec(text.slice(end, end + 80));
  return ap !== null && BODY_TYPES.has((ap[1] ?? '').toLowerCase());
}
/** ", the cloud-software company behind …": a kind of body set off after a name, then a comma
 * or what says which one it is. */
const BUSINESS_AFTER = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?=\s*[,.;]|\s+(?:behind|that|which|whose|based|owned|founded|best|known|in|of|for|with|from|at)\b)/u;
const APPOSITION_3 = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s*[,.;]/u;
const APPOSITION_4 = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?([\p{L}-]+)\s*[,.;]/u;

const POSTNOMINALS = new Set('kc qc sc mp mep msp mla obe mbe cbe kbe dbe frs phd jr sr ii iii iv'.split(' '));

/** "on Mercer Street", "of Pruitt Elementary", "lives in Hollins Cross", "attend Wrenfield
 * Primary": a run naming where someone lives, works or studies is a place, even before "who"
 * ("from Eugene Park, who …" stays a person: a given name before the place word). */
function whereSomeoneIs(tokens: Token[], text: string, i: number, lowers: string[]): boolean {
  // (one word is never taken for a full name anyway)
  const prep = tokens[i - 1];
  if (lowers.length < 2 || !prep || !allSpace(text, prep.end, (tokens[i] as Token).start)) return false;
  const unnamed = givenNameGender(lowers[0] as string) === null;
  // ("attended Ana Ruiz's funeral": an owner's name is still a name)
  if (ATTEND_VERBS.has(prep.lower)) return unnamed && !isPossessive((tokens[i + lowers.length - 1] as Token).text);
  if (!LOCATIVES.has(prep.lower)) return false;
  const last = lowers[lowers.length - 1] as string;
  if (SCHOOL_WORDS.has(last) || DWELL_WORDS.has(tokens[i - 2]?.lower ?? '')) return true;
  // "the mayor of Vale Fundo", "the bishop of Carrow": the place a lower-case title is of;
  // "Sen. Ana Ruiz of Santa Rosa": the place a name is of (an organisation stays one)
  const before = tokens[i - 2];
  if (prep.lower === 'of' && before && unnamed && !lowers.some((w) => ORG_WORDS.has(w)) &&
    (isCap(before.text) ? !isPossessive(before.text) : PLACE_TITLES.has(before.lower) || SETTLEMENTS.has(before.lower) || PLACE_WORDS.has(before.lower))) return true;
  // ("in Bramley Cross", "near Golders Green": a last word that ends place names, though it is a
  // surname too, after a first word that is no given name)
  return (PLACE_WORDS.has(last) || (TOPONYM_ENDS.has(last) && prep.lower !== 'of' && prep.lower !== 'from')) && unnamed;
}
/** Last words of place names that are surnames too: never place words on their own. */
const TOPONYM_ENDS = new Set('cross green heath hill hills vale wood woods ford end fields common marsh downs gate'.split(' '));
/** Owners before a lone capitalised word that qualifies a noun: "its Spanish initials", "her Labour colleagues". */
const OWNER_WORDS = new Set('its their his her our my your'.split(' '));
/** "known by its French initials", "their Polish passports": one capitalised word between an owner
 * and a lower-case noun describes the noun, never someone who speaks (but "told her Smith said"). */
function qualifierAfterOwner(tokens: readonly Token[], text: string, i: number): boolean {
  const owner = tokens[i - 1];
  const noun = tokens[i + 1];
  const tok = tokens[i] as Token;
  return owner !== undefined && noun !== undefined && OWNER_WORDS.has(owner.lower) && owner.end === tok.start - 1 && noun.start === tok.end + 1 &&
    text.charCodeAt(tok.end) === 32 && !isCap(noun.text) && !SPEECH_VERBS.has(noun.lower) && /^\p{Ll}/u.test(noun.text);
}
/** Titles of an office over a place: "the mayor of …", "the bishop of …" (not "the agent of Tom Barker"). */
const PLACE_TITLES = new Set('mayor bishop archbishop governor duke duchess earl countess king queen prince princess sheriff emir sultan president premier provost'.split(' '));
/** "the river town of Ellsworth Landing", "the village of Kettlewick": a settlement named after
 * "of" (or a place word's: "the city of Ghent", "the island of Skye"). */
const SETTLEMENTS = new Set('town towns village villages cities hamlet suburb parish borough township municipality state'.split(' '));
const LOCATIVES = new Set('in at on near of from outside'.split(' '));
const ATTEND_VERBS = new Set('attend attends attended attending'.split(' '));
/** Words before "in"/"at" that make what follows a place: "lives in", "based at", "born in". */
const DWELL_WORDS = new Set('live lives lived living based born resident residents'.split(' '));
/** Last words of schools' short names: "Pruitt Elementary", "Wrenfield Primary", "Lakeview High". */
const SCHOOL_WORDS = new Set('elementary primary secondary high infants juniors grammar'.split(' '));

/** Whom a bare role serves, right after it: "Counsel to …", "Spokesman for …". */
const BARE_ROLE_NEXT = /^\s+(?:to|for)\s/;

/** A verb of saying straight after token `k`, only white space between. */
function speechVerbNext(tokens: Token[], text: string, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return a !== undefined && b !== undefined && SPEECH_VERBS.has(b.lower) && allSpace(text, a.end, b.start);
}

/** Classifies one capitalised run as a person, a single name or a body. */
/** Months' short forms that are given names too: "Jan Pieterse", "Jun Takeda". */
const GIVEN_MONTHS = new Set(['Jan', 'Jun']);
function classifyRun(tokens: Token[], text: string, from: number, to0: number): Entity | null {
  let to = to0;
  let i = from;
  const verbNext = (k: number): boolean => speechVerbNext(tokens, text, k);
  // "09.20 BST Rail passengers …": a time zone after a clock time opens no name (a live blog's
  // time stamp before a capitalised word)
  const zone = tokens[i];
  const stamped = i < to && zone !== undefined && TIME_ZONE.test(zone.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, zone.start - 12), zone.start));
  if (stamped) i++;
  // "May said": a month before a verb of saying is a surname (not "a lawsuit filed in June alleges")
  // ("Jan Pieterse", "Jun Takeda": a month's short form before a surname is a given name)
  while (i <= to && NON_NAMES.has(tokens[i]?.lower ?? '') && !(i === to && MONTHS.has(tokens[i]?.lower ?? '') && verbNext(i) && !DATE_WORD_BEFORE.has(tokens[i - 1]?.lower ?? '')) &&
    !(i < to && GIVEN_MONTHS.has(tokens[i]?.text ?? '') && !DATE_WORD_BEFORE.has(tokens[i - 1]?.lower ?? '') && !isAllCaps((tokens[i + 1] as Token).text)))
    i++;
  if (i > to) return null;
  // "Nicholas Wray KC", "Ana Ruiz OBE": letters after a name are no part of it
  while (to > i && POSTNOMINALS.has((tokens[to] as Token).lower)) to--;
  const run = tokens.slice(i, to + 1);
  // "KIERAN Kingsley-Obi is poised …": a tabloid's capitalised given name is still a name
  const r0 = run[0];
  if (r0 && run.length >= 2 && r0.text.length > 2 && isAllCaps(r0.text) && givenNameGender(r0.lower) !== null && !isAllCaps((run[1] as Token).text))
    run[0] = { ...r0, text: r0.text.charAt(0) + r0.lower.slice(1) };
  // "a post on X", "wave C": one letter alone names no one
  if (run.length === 1 && (run[0] as Token).text.length === 1) return null;
  // (arrays here are built by push, not map or filter: V8 makes those in different internal kinds
  // before and after it optimises a function, and each new kind throws the optimised code away)
  const lowers: string[] = [];
  for (const t of run) lowers.push(bare(t.lower));
  // "Christmas Eve", "New Year's Day", "Boxing Day": a day, not a name (not "Doris Day")
  if (lowers.length <= 3 && HOLIDAY_WORDS.has(lowers[0] as string) && /^(?:eve|day)$/.test(lowers[lowers.length - 1] as string)) return null;
  // ("New Year's Day", split at the possessive: both halves)
  if (lowers.length <= 2 && HOLIDAY_WORDS.has(lowers[0] as string) && HOLIDAY_AFTER.test(text.slice(run[run.length - 1]?.end ?? 0, (run[run.length - 1]?.end ?? 0) + 5))) return null;
  if (lowers.length === 1 && /^(?:eve|day)$/.test(lowers[0] as string) && HOLIDAY_BEFORE.test(text.slice(Math.max(0, (run[0]?.start ?? 0) - 14), run[0]?.start ?? 0))) return null;
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  const start = first.start;
  const end = last.end;
  if (rolePrefix(tokens, text, to)) return null;
  // "has finished every Brennmouth Marathon since 1985": what comes round again, not a name
  if (/^(?:every|each|another)$/.test(tokens[i - 1]?.text ?? '') && allSpace(text, (tokens[i - 1] as Token).end, start)) return null;
  if (run.length === 1 && qualifierAfterOwner(tokens, text, i)) return null;
  if (whereSomeoneIs(tokens, text, i, lowers)) return null;
  // no one's name has an ampersand in it: a firm's
  if (run.length > 1 && run.some((t, k) => k > 0 && text.charCodeAt(t.start - 2) === 38)) return { kind: 'body', start, end, name: text.slice(start, end).replace(/['’]s$/, ''), role: null, roles: [], gender: null };
  // "the Portuguese said", "the Dutchman added", "the New York Democrat said": a nationality or
  // party after "the" before a verb of saying is the person just spoken of, as "the 27-year-old" is
  if (tokens[i - 1]?.lower === 'the' && run.length <= 3 && verbNext(to) &&
    (run.length === 1 ? isDemonym(first.text) : PARTY_MEMBERS.has(last.lower) || isDemonym(last.text)))
    return { kind: 'pronoun', start: (tokens[i - 1] as Token).start, end, name: 'person', role: null, roles: [], gender: null };
  // "Responding, the leader said", "Speaking at his palace, the monarch said": a participle
  // opening the sentence, not a name (a surname goes on to its verb: "Manning said")
  // ("Born in Bilbao, …", "Based at …": a past participle goes on the same way)
  const ing = first.lower.endsWith('ing');
  if (run.length === 1 && (ing || first.lower.endsWith('ed') || PAST_PARTICIPLES.has(first.lower)) &&
    ((ing && text.charCodeAt(end) === 44) || (PARTICIPLE_OBJECTS.has(tokens[to + 1]?.lower ?? '') && !isCap((tokens[to + 1] as Token).text)) ||
      (ing && ADVERBIAL_TO_COMMA.test(text.slice(end, end + 40)) && !surnameMet(text, first)) ||
      // ("Asked directly about job cuts, she …": an adverb, then what the participle goes on to,
      // then the comma before the subject; not "Golding recently in an interview described")
      // ("Asked later how he had managed, he shrugged": or a word of when)
      (/^(?:\p{Ll}+ly|later|earlier|again|afterwards|once|twice)$/u.test(tokens[to + 1]?.lower ?? '') && !isCap((tokens[to + 1] as Token).text) && PARTICIPLE_OBJECTS.has(tokens[to + 2]?.lower ?? '') &&
        PHRASE_TO_COMMA.test(text.slice(end, end + 80)) && !surnameMet(text, first)) ||
      // ("Addressing thousands of supporters in the square, Dravan said": its object, then the
      // comma before the subject; "Developing countries had asked": an adjective before a plural)
      (ing && participleObject(tokens[to + 1], tokens[to + 2]) && (PHRASE_THEN_SUBJECT.test(text.slice(end, end + 160)) || AUX_WORDS.has(tokens[to + 2]?.lower ?? '')) &&
        !surnameMet(text, first))) &&
    opensSentence(text, start))
    return null;
  // "Residents of Elm Street said", "Workers at Harlow Mills": a plural of people opening the
  // run, then where they are from, is those people, not a name
  if (run.length >= 3 && (lowers[1] === 'of' || lowers[1] === 'at' || lowers[1] === 'from') && i === from && first.lower.endsWith('s') && first.lower !== singular(first.lower) &&
    ROLE_NOUNS.has(singular(first.lower)) && !KIN_NOUNS.has(singular(first.lower)) && !ORG_PLURALS.has(first.lower) && opensSentence(text, start)) {
    const name = `${first.lower}${text.slice(first.end, end)}`;
    return { kind: 'anonymous', start, end, name, role: null, roles: [name], gender: null };
  }
  if (run.length === 1 && isCap(first.text) && first.lower.endsWith('s') && (isRoleNoun(singular(first.lower)) || first.lower === 'sources')) {
    // "Sources close to the talks said", "Officials said": an anonymous plural
    // (the description ends at a bracket or a dash too: "(Reuters) - Rachel …")
    const rest = text.slice(end, Math.min(text.length, end + 100)).split(/[,;:.\u00B7()\u2013\u2014]|\s-\s/)[0] ?? '';
    const tail = descriptionTail(rest); // (up to "allege" in "Prosecutors allege")
    const name = (first.lower + tail).replace(/\s+/g, ' ').trim();
    return { kind: 'anonymous', start, end: end + tail.length, name, role: null, roles: [name], gender: null };
  }
  // "Rail passengers are being warned", "Bank customers say": a kind of body opening a
  // sentence before a plural of people is what those people are, not a body's name
  const people = tokens[to + 1];
  if (run.length === 1 && ORG_WORDS.has(lowers[0] as string) && people && !isCap(people.text) && allSpace(text, end, people.start) &&
    people.lower.endsWith('s') && isRoleNoun(singular(people.lower)) && (stamped || opensSentence(text, start)))
    return null;
  // "Buses on routes 7 and 7A will be rerouted", "Ferries are cancelled": a kind of body in the
  // plural, alone and capitalised only to open the sentence, is the things, not a name (a party's
  // members and a body that speaks next are left: "Democrats on the panel said", "Railways said")
  if (run.length === 1 && i === from && ORG_WORDS.has(lowers[0] as string) && first.lower.endsWith('s') && singular(first.lower) !== first.lower &&
    !PARTY_MEMBERS.has(singular(first.lower)) && !isAllCaps(first.text) && !verbNext(to) && !/^['’]/.test(text.slice(end, end + 1)) && opensSentence(text, start))
    return null;
  // "High Court Judge Ana Ruiz": an organisation in the title, then a titled name
  let lastOrg = -1;
  for (let k = 0; k < lowers.length; k++) if (ORG_WORDS.has(lowers[k] as string)) lastOrg = k;
  let titledAfter = false;
  for (let k = lastOrg + 1; lastOrg >= 0 && k < lowers.length - 2; k++) if (innerTitle(lowers[k] as string, k, lowers.length)) titledAfter = true;
  // ("Transport Minister Sutrisno": a title right before one last word that is no title or
  // organisation is a titled surname; not a title inside the name, after "of": "Royal College
  // of General Practitioners", "Bureau of Justice Statistics")
  const n = lowers.length;
  if (lastOrg >= 0 && lastOrg < n - 2 && isTitle(lowers[n - 2] as string) && !isTitle(lowers[n - 1] as string) && !ROLE_NOUNS.has(lowers[n - 1] as string) &&
    !INNER_JOINERS.has(lowers[n - 3] as string)) titledAfter = true;
  // "Chipmaker Vantor, whose shares …": a kind of body only a business is, capitalised to open
  // the sentence, before a name is that business (its name the rest of the run)
  if (run.length >= 2 && i === from && COMPANY_NOUNS.has(lowers[0] as string) && !PERSONAL_COMPANY_NOUNS.has(lowers[0] as string) && lowers[1] !== 'of' &&
    lastOrg < 0 && opensSentence(text, start)) {
    const nameAt = (run[1] as Token).start;
    return { kind: 'body', start: nameAt, end, name: text.slice(nameAt, end).replace(/['’]s$/, ''), role: null, roles: [], gender: null };
  }
  // "Lumenfold, the cloud-software company behind …": a name set off by a kind of body only a
  // business is (not "Kai Lund, the developer behind …": a developer may be a person)
  if (run.length <= 3 && lastOrg < 0 && text.charCodeAt(end) === 44 && givenNameGender(lowers[0] as string) === null && !isTitle(lowers[0] as string)) {
    const ap = BUSINESS_AFTER.exec(text.slice(end, end + 80));
    // (a trading name ending in 's keeps it: "Hobbard's, the bakery chain,")
    // ("Northgrid, the regional network operator,": a kind a person may be, after the trade
    // an organisation works in, is a business too; not "the crane operator")
    const trade = ap ? /([\p{L}-]+)\s+[\p{L}-]+$/u.exec(ap[0])?.[1]?.toLowerCase() : undefined;
    if (ap && (COMPANY_NOUNS.has((ap[1] as string).toLowerCase()) || (trade !== undefined && BODY_TYPES.has((ap[1] as string).toLowerCase()) && ORG_WORDS.has(trade))))
      return { kind: 'body', start, end, name: run.map((t) => t.text).join(' '), role: null, roles: [], gender: null };
  }
  if ((lastOrg >= 0 && !titledAfter) || (commaBefore(text, start) && !isTitle(lowers[0] as string) && bodyApposition(text, start)) ||
    bodyNounBefore(tokens, text, i) || organBefore(tokens, text, i)) {
    const name = run.map((t) => t.text).join(' ').replace(/['’]s$/, '');
    return { kind: 'body', start, end, name, role: null, roles: [], gender: null };
  }
  // a place in the title ("U.S. District Judge") still leaves a name after it
  let placeAt = lowers.findIndex((w) => PLACE_WORDS.has(w));
  // "Chief executive Nina Park", "Nina Park said": a given name before a place word that is a
  // surname, with a role before it or a verb of saying after it, is a person
  if (placeAt === 1 && lowers.length === 2 && givenNameGender(lowers[0] as string) !== null && (verbNext(to) || roleBefore(tokens, text, i).length > 0))
    placeAt = -1;
  // ("Chief executive Park Ji-won": a family name written first, a place word too, after a
  // lower-case role)
  if (placeAt === 0 && lowers.length === 2 && !isCap((tokens[i - 1] as Token | undefined)?.text ?? 'X') && roleBefore(tokens, text, i).length > 0) placeAt = -1;
  // ("said Park Ji-hoon, an aviation analyst at …": or a role set off after it)
  if (placeAt === 0 && lowers.length === 2 && roleHeaded(appositiveAfter(text, end))) placeAt = -1;
  // ("Park said", "Lake told": one such word before a verb of saying is a surname or a body,
  // for what the story has introduced to tell)
  if (placeAt === 0 && lowers.length === 1 && verbNext(to)) placeAt = -1;
  // "Northern Powergrid says": a name with a place word that speaks is a body
  if (placeAt >= 0 && verbNext(to) && !lowers.some((w, k) => k > placeAt && innerTitle(w, k, lowers.length)))
    return { kind: 'body', start, end, name: run.map((t) => t.text).join(' '), role: null, roles: [], gender: null };
  // … and "Eugene Park, who teaches law" is a person: only people take "who"
  if (placeAt >= 0 && !lowers.some((w, k) => k > placeAt && innerTitle(w, k, lowers.length)) && !/^,?\s+who\b/.test(text.slice(end, end + 6))) {
    // "Skerrow Sea Links, the new operator": a kind of body set off after it makes it one
    if (text.charCodeAt(end) === 44 && bodyTypeAfter(text, end, 3)) return { kind: 'body', start, end, name: run.map((t) => t.text).join(' '), role: null, roles: [], gender: null };
    return null;
  }
  // "Counsel to the inquiry put it to her": a role opening a sentence bare, then whom it serves,
  // stands for its holder as "the counsel" would
  if (run.length === 1 && ROLE_NOUNS.has(first.lower) && i === from && BARE_ROLE_NEXT.test(text.slice(end, end + 6)) &&
    opensSentence(text, start))
    return { kind: 'title', start, end, name: first.lower, role: null, roles: [], gender: null };
  // "the MP said", "the CEO": a role written in capitals, not a body
  if (run.length === 1 && ROLE_NOUNS.has(first.lower)) return null;
  // "Updated at 17.12 BST", "4pm ET": a time zone after a clock time, not an organisation
  if (run.length === 1 && TIME_ZONE.test(first.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (run.length === 1 && isAllCaps(first.text) && /\p{L}{2}/u.test(first.text) && (i > from || !/^\s*[,\u2013\u2014-]/.test(text.slice(end, end + 3)))) {
    // "NATO said", "The IMF, whose staff …"; a dateline ("ERBIL, Kurdistan") is followed by a comma
    // (but "The ODM party leader": after "the", initials before a role only qualify it)
    const next = tokens[to + 1];
    if (i > from && next && !isCap(next.text) && allSpace(text, end, next.start) && (isRoleNoun(next.lower) || BODY_NOUNS.has(next.lower)) &&
      rolePrefixAfter(tokens, text, to))
      return null;
    return { kind: 'body', start, end, name: first.text, role: null, roles: [], gender: null };
  }
  return personOrSingle(tokens, text, i, to, to0, run, lowers);
}

/** The rest of classifyRun, for a run that is no body, plural, role or initialism: a person's
 * name (with the title words written before it) or a single name. */
function personOrSingle(tokens: Token[], text: string, i: number, to: number, to0: number, run: Token[], lowers: string[]): Entity | null {
  const last = run[run.length - 1] as Token;
  const end = last.end;
  let t = -1;
  for (let k = run.length - 2; k >= 0; k--) {
    const w = run[k];
    // ("Singer Maeve Oduya", "Producer Anneliese Grubb": an occupation before a full name)
    // ("Editor Marchetti said": an occupation before a surname alone is a title too, not a given name)
    if (w && (isTitle(w.lower) || isAllCaps(w.text) || innerTitle(lowers[k] as string, k, run.length) ||
      (k === 0 && (run.length >= 3 ? looksLikeRole(w.lower) || isRoleNoun(w.lower) : ROLE_NOUNS.has(w.lower)) && givenNameGender(w.lower) === null))) {
      t = k;
      break;
    }
  }
  // "Mirrandale resident Col Brannigan", "club captain Dean Ashworth": a rank that is also a
  // given name, with no dot, after a lower-case role noun already saying who the person is, is
  // their given name (not "group leader Cllr Hartley": no one is called Cllr)
  const rank = run[0];
  const roleTok = tokens[i - 1];
  // (nor "Dean Royle, who ran the night shift", "Earl Dunne, 61,": a name set off with "who" or
  // an age is being introduced, and an introduction gives the whole name, not a rank and a surname)
  if (t === 0 && run.length === 2 && rank && GIVEN_RANKS.has(rank.lower) && text.charAt(rank.end) === ' ' &&
    ((roleTok && !isCap(roleTok.text) && allSpace(text, roleTok.end, rank.start) && isRoleNoun(roleTok.lower)) || INTRODUCED_AFTER.test(text.slice(end, end + 12))))
    t = -1;
  // "Chief Inspector of Prisons Mary Rose Garvey", "Director of Public Prosecutions Tom Vale": a
  // title that goes on with "of" and what it is of, then a known given name and a surname
  if (t >= 0) {
    const ofAt = run.findLastIndex((w, k) => k > t && (w.lower === 'of' || w.lower === 'for'));
    const given = ofAt > t ? run.findIndex((w, k) => k > ofAt + 1 && givenNameGender(w.lower) !== null) : -1;
    if (given > 0 && given <= run.length - 2) t = given - 1;
  }
  const titleWords: string[] = [];
  for (let k = 0; k <= t; k++) titleWords.push((run[k] as Token).text);
  let nameToks = run.slice(t + 1);
  // "King Henrik of Norland", "Patriarch Sergios of Sorne": one name after a monarch's or a
  // patriarch's title, then where they reign, is the name
  if (t >= 0 && nameToks.length >= 3 && nameToks[1]?.lower === 'of' && REGNAL_TITLES.has(bare((run[t] as Token).lower))) nameToks = nameToks.slice(0, 1);
  // a month may be a surname ("Theresa May"), never a first name
  // … and a weekday after a title is a given name ("Engr. Sunday Ayegba", "Hon. Monday Eze")
  if (nameToks.some((w, k) => /\d/.test(w.text) || isAllCaps(w.text) ||
    (NON_NAMES.has(w.lower) && (k === 0 || !MONTHS.has(w.lower)) && !(MONTHS.has(w.lower) && speechVerbNext(tokens, text, to)) && !(k === 0 && t >= 0 && nameToks.length >= 2 && WEEKDAYS.has(w.lower)) &&
      !(k === 0 && GIVEN_MONTHS.has(w.text) && nameToks.length >= 2))))
    return null;
  if (nameToks.some((w) => w.lower === 'of' || w.lower === 'for')) return null;
  return nameWithRoles(tokens, text, i, to, to0, run, t, titleWords, nameToks);
}

/** The entity for a name and the title words before it (`run[0..t]`, `titleWords`; the name's
 * tokens `nameToks`): the roles written around it, its gender, whether a person or a single name. */
function nameWithRoles(tokens: Token[], text: string, i: number, to: number, to0: number, run: Token[], t: number, titleWords: string[], nameToks: Token[]): Entity | null {
  const last = run[run.length - 1] as Token;
  const start = (run[0] as Token).start;
  const end = last.end;
  const nameStart = nameToks[0]?.start ?? start;
  const before = roleBefore(tokens, text, i);
  const titleRole = [...before, ...titleWords].join(' ').replace(/\.(?=\s|$)/g, '.').trim();
  // (after letters that follow the name: "Priya Vance KC, counsel to the inquiry,")
  const runEnd = to < to0 ? (tokens[to0] as Token).end : end;
  const after = appositiveAfter(text, runEnd);
  const apBefore = appositiveBefore(text, titleWords.length ? start : nameStart, end);
  // "X, who heads the research team," says what X does, for matching "the researcher" later
  const relative = text.charCodeAt(end) === 44 ? (/^,\s+who\s+([^,;:.\u00B7]{3,100})/.exec(text.slice(end, end + 110))?.[1] ?? '') : '';
  // "Sven Oddsson is the club's head of recruitment": a role stated outright
  const verbAfter = tokens[to + 1]?.lower;
  const copula =
    verbAfter === 'is' || verbAfter === 'was' ? (/^\s+(?:is|was)\s+(?:the|an?)\s+([^,;:.!?\u00B7]{3,60})/.exec(text.slice(end, end + 70))?.[1] ?? '') : '';
  // ("Ana Ruiz, 64, will retire as the longest-serving headteacher in …", "Vale, who served as
  // the club's captain": a role held, stated with "as")
  const held = copula || (text.charCodeAt(end) === 44 || verbAfter === 'will' || HELD_AS_VERBS.has(verbAfter ?? '') ? (HELD_AS.exec(text.slice(end, end + 110))?.[1] ?? '') : '');
  const stated = held && held.toLowerCase().split(/\s+/).some((w) => isRoleNoun(w)) ? held : '';
  // "the inquiry, which is chaired by Sir Ana Ruiz": the body's chair, for "the chairman" later
  // (and "chaired by barrister Fiona Delacourt": what the agent is, in lower case, may come between)
  const agent = byBefore(text, start) || DESCRIBED_AGENT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    ? AGENT_OF.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase()
    : undefined;
  const led = agent ? (AGENT_ROLES.get(agent) ?? '') : '';
  const court = courtRole(text, start, runEnd);
  const roles = [titleRole, after ?? '', apBefore ?? '', relative, stated, led, court].filter(Boolean);
  const role = after ?? apBefore ?? (titleRole || null);
  const gender = titleGender(titleWords) ?? (nameToks.length >= 2 ? givenNameGender(nameToks[0]?.lower ?? '') : null);
  // ("K.S. Raghunathan", "John F. Kerr": initials keep their dots, as written)
  let written = '';
  for (let k = 0; k < nameToks.length; k++) {
    const w = nameToks[k] as Token;
    const dot = w.text.length === 1 && text.charCodeAt(w.end) === 46 ? '.' : '';
    const next = nameToks[k + 1];
    written += next ? `${w.text}${dot}${next.start === w.end + 1 && dot ? '' : ' '}` : w.text;
  }
  const name = written.replace(/['’]s$/, '');
  if (!name) return null;
  if (isPossessive(last.text) && nameToks.length < 2) {
    // "Pennock's, the bakery chain, said": a trading name ending in 's, not a possessive
    if (bodyTypeAfter(text, end, 4)) return { kind: 'body', start, end, name: last.text, role: null, roles: [], gender: null };
    // "Mr Pettifer's police interview": a titled surname owns something, and stays a person the
    // paragraph may be about (a bare "Pettifer's" may be a shop)
    if (!(t >= 0 && gender)) return null;
  }
  const lastName = nameToks[nameToks.length - 1];
  if (lastName && nameToks.length >= 2 && isTitle(lastName.lower)) return null;
  // "Al Suwaidi, who chairs the board": an Arabic family name with its particle is a surname alone
  const particleSurname = nameToks.length === 2 && /^(?:Al|El)$/.test((nameToks[0] as Token).text);
  // "his wife Denise", "Moyes's daughter Aoife": a relative called by given name is introduced
  const kinTok = tokens[i - 1];
  // ("his older brother Darragh", "her late husband Tom": lower-case words between the owner
  // and the relation only say which relative)
  const ownerTok = kinOwner(tokens, text, i - 1);
  // (or set off by commas: "Orrell-Dane's wife, Fenella, runs the bakery", "added her husband,
  // Colin.")
  const kinGap = kinTok ? text.slice(kinTok.end, (nameToks[0] as Token).start) : '';
  // ("said her father, Ger, 44": a parent too)
  const kinNamed = nameToks.length === 1 && t < 0 && kinTok !== undefined && ownerTok !== undefined && (KIN_NOUNS.has(kinTok.lower) || PARENT_NOUNS.has(kinTok.lower)) &&
    (allSpace(text, kinTok.end, (nameToks[0] as Token).start) || (/^,\s+$/.test(kinGap) && KIN_NAME_END.test(text.slice(end, end + 1)))) &&
    (POSSESSIVE_WORDS.has(ownerTok.lower) || isPossessive(ownerTok.text));
  // "Sutrisno, who like many Indonesians uses only one name": a single name said to be whole
  // (not "many Indonesians": people counted are the others who do)
  const wholeName = nameToks.length === 1 && !QUANTIFIERS.has(tokens[i - 1]?.lower ?? '') &&
    (ONE_NAME.test(text.slice(end, end + 160)) || ONE_NAME_BEFORE.test(text.slice(Math.max(0, nameStart - 80), nameStart)));
  // "Lakshmi, 34, a tailor", "Priya, a nurse at the clinic,": a listed given name with no title,
  // set off with an age or a role, is someone known by one name (a surname alone stays one:
  // "Haddad, a jury consultant")
  const givenOnly = nameToks.length === 1 && t < 0 && !kinNamed && oneNameShown(text, (nameToks[0] as Token).lower, end);
  // "the street artist Vesper", "the singer Solenne": "the" and a lower-case role that goes by a
  // stage name straight before a single name, with no title, is how a person known by one name
  // is introduced (a surname takes a title or a given name: "the singer Ana Ruiz", "the singer,
  // Ruiz,"; other roles take a full name: not "the striker Kane", "the chancellor Reeves")
  const theRole = nameToks.length === 1 && t < 0 && !kinNamed && before.length > 0 && !isPossessive(last.text) &&
    before.every((w) => !isCap(w)) && isStageRole(before) && tokens[i - before.length - 1]?.lower === 'the' && allSpace(text, (tokens[i - before.length - 1] as Token).end, (tokens[i - before.length] as Token).start);
  // "King Henrik", "Pope Clement", "Princess Amalie": a monarch's or a pope's title before one
  // name is the whole of how they are known
  const regnal = nameToks.length === 1 && t >= 0 && !kinNamed && REGNAL_TITLES.has(bare((run[t] as Token).lower)) && !isPossessive(last.text);
  const kind = (nameToks.length >= 2 && !particleSurname) || kinNamed || wholeName || givenOnly || theRole || regnal ? 'person' : 'single';
  // "the Liberal Democrat group", "a Green party councillor": a name qualifying a body or role
  const following = tokens[to + 1];
  if (following && text.slice(last.end, following.start) === ' ' && !isCap(following.text) && !isPossessive(last.text) &&
    (ORG_WORDS.has(following.lower) || (kind === 'person' && isRoleNoun(following.lower))))
    return null;
  // "the Silver Kittiwake had sailed", "the Tolland Mutual Savings Scheme": no one's full name takes
  // "the" without a title, so the run names a thing or a body, never a "he" or "she"
  const article = tokens[i - 1];
  if (kind === 'person' && t < 0 && article?.lower === 'the' && allSpace(text, article.end, start))
    return { kind: 'body', start, end, name, role: null, roles: [], gender: null };
  if (kind === 'single') {
    // "The President", "the Talvaran minister": a title or an adjective, not a surname
    const only = nameToks[0] as Token;
    if (isTitle(only.lower) || ROLE_NOUNS.has(only.lower)) return null;
    // (not "Quillon remembers her first rescue": a verb of saying after the name is its verb,
    // whatever plural of a role it looks like)
    if (following && text.slice(last.end, following.start) === ' ' && (isRoleNoun(following.lower) || pluralPeople(following.lower) || ORG_UNITS.has(following.lower)) && !isCap(following.text) &&
      !SPEECH_VERBS.has(following.lower))
      return null;
    // "the Quebec video game workers' union": after "the", a word qualifying a body noun a few
    // lower-case words on
    if (tokens[i - 1]?.lower === 'the' && qualifiesBody(tokens, text, to)) return null;
    // "Tesla shares fell", "shares in Tesla": only a company has these (not the verb: "Smith
    // shares her recipe")
    const before = tokens[i - 1];
    const owned = following && allSpace(text, last.end, following.start) && COMPANY_THINGS.has(following.lower) &&
      !DETERMINERS.has(tokens[to + 2]?.lower ?? '');
    const sharesOf = before !== undefined && (before.lower === 'in' || before.lower === 'of') && tokens[i - 2]?.lower === 'shares';
    // "GridEurope", "PayPal": a capital inside one word is a brand, not a surname (McKay,
    // MacInnes, DeSantis, LaGuardia are surnames)
    const brand = innerCapital(only.text) && !SURNAME_PREFIX.test(only.text);
    if (t < 0 && (owned || sharesOf || brand)) return { kind: 'body', start: nameStart, end, name: only.text.replace(/['’]s$/, ''), role: null, roles: [], gender: null };
  }
  // "her husband, Kofi": the relation tells the gender
  // ("her husband, Tran Van Duc": so does a relation set off before or after a full name)
  const kinGender = kinNamed ? (KIN_GENDER.get(kinTok.lower) ?? null) : kinRoleGender(apBefore ?? after);
  const ent: Entity = {
    kind, start: nameStart, end, name, role, roles: wholeName || givenOnly || theRole || regnal ? [...roles, ONE_NAME_ROLE] : roles,
    gender: gender ?? kinGender ?? (givenOnly ? givenNameGender((nameToks[0] as Token).lower) : null),
  };
  if (kind === 'single' && t >= 0 && KNIGHTLY.has(bare((run[t] as Token).lower))) ent.given = true;
  return ent;
}

/** A role the person holds, took or leaves, stated with "as" after the name (and an age or
 * "who" set off before it): "…, 64, will retire as the longest-serving headteacher in …". */
const HELD_AS_VERBS = new Set('retires retired serves served works worked remains remained'.split(' '));
const HELD_AS = /^(?:,\s+(?:(?:aged\s+)?\d{1,3},|who(?:\s+has|\s+had)?))?\s+(?:will\s+)?(?:retire[sd]?|serve[sd]?|work(?:s|ed)?|remain(?:s|ed)?)\s+as\s+(?:the|an?)\s+([^,;:.!?\u00B7]{3,60})/;

/** Whether `start` opens a sentence (or follows a colon or a masked quotation). */
function opensSentence(text: string, start: number): boolean {
  return start === 0 || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}
const SENTENCE_END_BEFORE = /[.!?:\u00B7]\s*$/;
/** What follows a couple named as a sentence's subject: ", who …", ", 64,", " said". */
const PAIR_SUBJECT_AFTER = /^(?:,\s+(?:who\b|\d{1,3},)|\s+(?:said|say|says|told)\b)/;

/** Titles held by people known by one name after them: "King Henrik", "Pope Clement". */
const REGNAL_TITLES = new Set('king queen prince princess pope patriarch emperor empress tsar tsarina'.split(' '));
/** "crown prince", "King": a role that is a monarch's, a royal's or a pope's title. */
export const isRegnalRole = (role: string): boolean => REGNAL_TITLES.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());

/** Words inside a body's name that a title after them belongs to: "College of General …". */
const INNER_JOINERS = new Set(['of', 'for', 'and', '&']);

/** First words of a named day: "Christmas Eve", "New Year's Day", "Anzac Day". */
const HOLIDAY_WORDS = new Set('christmas new boxing easter anzac labor labour memorial independence valentine thanksgiving remembrance armistice election polling veterans presidents'.split(' '));
const HOLIDAY_AFTER = /^\s(?:Eve|Day)\b/;
const HOLIDAY_BEFORE = /\b(?:Year|Valentine|Patrick|Andrew|David|George|Stephen)['’]s\s$/;
/** Time zones written after a clock time. */
const TIME_ZONE = /^(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|IST|JST|KST|HKT|SGT|WAT|EAT|CAT|SAST|[ECMP][SD]?T|AK[SD]T|HST|A[ECW][SD]?T|NZ[SD]?T)$/;
/** A clock time right before: "17.12 ", "4pm ", "09:00 ". */
const CLOCK_BEFORE = /\d(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s+$/i;

/** … or what leads to the name says so: "who gave his name only as Ibrahim", "asked to be
 * identified only by her first name, Marisol,", "gave only his first name, Idris", "identified
 * by the coastguard only as Sean". */
const ONE_NAME_BEFORE =
  /\b(?:(?:gave|gives|give|giving|uses|used)\s+(?:(?:his|her|their)\s+)?(?:(?:first|given)\s+)?name\s+(?:only\s+|just\s+)?as|(?:gave|gives|give|giving)\s+(?:only|just)\s+(?:his|her|their|a)\s+(?:first|given)\s+name,?|(?:identified|named|called|quoted)(?:\s+by\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?[a-z-]+)?\s+(?:only|just)\s+(?:by\s+(?:his|her|their|a)\s+(?:first|given)\s+name,?|as))\s+$/i;
/** The rest of a sentence saying the name before it is all the person goes by. */
const ONE_NAME = /^[^.!?;\u00B7]*?\b(?:uses|goes by|(?:is )?known by|under)\s+(?:only\s+|just\s+)?(?:one|(?:a|the|her|his|their)\s+single)\s+name\b/i;
/** Which side a barrister speaks for, opening the sentence before the name: "Opening the
 * prosecution case on Monday, ", "Defending, ". */
const COURT_SIDE_BEFORE = /(?:^|[.!?:\u00B7]\s+)(?:(?:Opening|Closing|Summing up)\s+(?:the\s+)?(prosecution|Crown|Crown['’]s|defence|defense)\s+case\b[^,.;:!?]{0,40}|(Prosecuting|Defending)),\s+$/;
/** … or set off after it: ", prosecuting,", ", for the defence," (the side word closing its
 * phrase: not ", for the Crown Estate,"). */
const COURT_SIDE_AFTER = /^,\s+(?:(prosecuting|defending)|for\s+the\s+(prosecution|Crown|defence|defense))(?=\s*[,.;:])/;
/** "prosecutor" or "defence counsel" for a barrister said to speak for a side (matched by "the
 * prosecutor" later). */
function courtRole(text: string, start: number, end: number): string {
  // (both end or start on a comma: a name with none next to it skips the scans)
  const m = (commaBefore(text, start) ? COURT_SIDE_BEFORE.exec(text.slice(Math.max(0, start - 70), start)) : null) ??
    (text.charCodeAt(end) === 44 ? COURT_SIDE_AFTER.exec(text.slice(end, end + 30)) : null);
  const side = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (!side) return '';
  return /^(?:prosecut|crown)/.test(side) ? 'prosecutor' : 'defence counsel';
}
/** An age set off after a name: ", 34,", ", aged 34,", ", a 44-year-old". */
const AGE_AFTER = /^,\s+(?:(?:aged\s+)?\d{1,3}(?=[,.;]|$)|(?:an?\s+)?\d{1,3}-year-old\b)/;
/** Listed given names that are as often surnames ("said Thomas, a district official"). */
const SURNAME_GIVENS = new Set(
  'thomas james john george henry lewis scott douglas russell gordon allen graham grant marshall kelly morgan howard wallace stewart murray hunter craig dean francis paul mark joyce rose grace ruth lee martin arthur frank jack owen ellis bailey dale clark carter hayden austin leigh neville lyle harvey davis ross ryan dennis tyler simon mason lawrence bruce wayne vincent barry duncan oliver gregory keith neil roy ray joseph jordan lloyd nelson norman stanley terry warren wesley elliott gilbert herbert hugh jackson luke miles morris quinn tracy wilson may hope bell'.split(' '),
);
/** A listed given name, no surname's double, set off with an age or a role. */
function oneNameShown(text: string, lower: string, end: number): boolean {
  if (SURNAME_GIVENS.has(lower)) return false;
  // ("Lerato, 27, who drove …": a given name the list lacks, with an age and what the person
  // did, when it is not shaped like a surname: "Pieterse, 45, who" stays one, and so does a
  // single name with an age and a post, "Wirasto, 61, a district official")
  if (givenNameGender(lower) === null) return AGE_THEN_WHO.test(text.slice(end, end + 80)) && !SURNAME_SHAPE.test(lower);
  return AGE_AFTER.test(text.slice(end, end + 24)) || roleHeaded(appositiveAfter(text, end));
}
// (or what the person is, "Willem, 68, a retired schoolteacher", unless a post: an official is
// named in full, so "Wirasto, 61, a district official" is a surname alone)
const AGE_THEN_WHO = /^,\s+(?:aged\s+)?\d{1,3},\s+(?:who\s|an?\s(?![^,.;]{0,40}\b(?:official|officer|spokes\w*|minister|councillor|director|chief|manager|commander|inspector|secretary|chair\w*|president|executive|head\s+of)\b))/;
/** Endings far commoner in surnames than in given names. */
const SURNAME_SHAPE = /(?:son|sen|ez|es|ski|ska|sky|ov|ova|ev|eva|ic|ich|berg|burg|stein|feld|field|ton|ley|ham|worth|mann?|wood|ford|well|by|er|ers|se|ck|tt|ll|ss|ng|th|ke|dt|nd|rd|rs|ts)$/;
/** Kept in the roles of a person known by one name, who is introduced by it. */
export const ONE_NAME_ROLE = 'one name';

/** A body's head named as the agent of how it is run, in a clause about the body: ", chaired
 * by", "which is led by" (not "she was led by X into the room"). */
/** "by" (any case) and white space right before `at`: how every match of AGENT_OF ends. */
const byBefore = (text: string, at: number): boolean => {
  let b = at;
  while (b > 0 && allSpace(text, b - 1, b)) b--;
  return b < at && b >= 2 && (text.charCodeAt(b - 1) | 32) === 121 && (text.charCodeAt(b - 2) | 32) === 98;
};
const AGENT_OF = /(?:,|\b(?:which|that)(?:\s+(?:is|was|are|were|has been|had been|will be))?)\s+(?:now\s+|currently\s+)?(chaired|led|headed|managed|coached|captained|founded|directed|edited)\s+by\s+(?:[a-z][a-z-]*\s+){0,3}$/i;
/** "by" and up to three lower-case words (what the agent is) right before a name. */
const DESCRIBED_AGENT_BEFORE = /\bby\s+(?:[a-z][a-z-]*\s+){1,3}$/;
const AGENT_ROLES = new Map([
  ['chaired', 'chair'], ['led', 'leader'], ['headed', 'head'], ['managed', 'manager'], ['coached', 'coach'],
  ['captained', 'captain'], ['founded', 'founder'], ['directed', 'director'], ['edited', 'editor'],
]);

/** The gender of a relation that is a role's last word ("her husband", "Ana's eldest son"). */
const kinRoleGender = (role: string | null): Gender => (role ? (KIN_GENDER.get(role.slice(role.lastIndexOf(' ') + 1).toLowerCase()) ?? null) : null);

/** Titles a knight or dame takes before the given name alone ("Sir Geraint", never "Sir Pryce"). */
const KNIGHTLY = new Set(['sir', 'dame']);
/** What may follow a relative's given name set off after the relation: the sentence goes on or ends. */
const KIN_NAME_END = /^(?:[,.;:!?)]|$)/;
/** Plurals that open organisations' names: "Friends of the Earth", "Knights of Columbus". */
const ORG_PLURALS = new Set(['friends', 'knights', 'veterans', 'daughters', 'sons', 'sisters', 'brothers']);
const DETERMINERS = new Set('the a an his her their its our my your this that these those some'.split(' '));
/** What only a company has: "Tesla shares", "Acme customers". */
const COMPANY_THINGS = new Set('shares share stock customers subscribers shareholders investors revenue profits profit sales'.split(' '));
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** A capital after lower-case letters inside a word ("GridEurope", "DfE"); ASCII without a regex. */
const innerCapital = (w: string): boolean => {
  let lower = false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return CAMEL_CASE.test(w);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) return lower;
    else return false;
  }
  return false;
};
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|Ter|Ten|Del|Della|Dos|Das)\p{Lu}/u;

/** A nationality word for a person: "Portuguese", "Dutchman", "Nigerian", "Spaniard", "Israeli". */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ese|ian|ean|man|woman|ard|i)$/u;
const DEMONYMS = new Set('swede dane finn pole scot brit turk greek swiss thai kiwi aussie serb croat czech slovak argentine uzbek kazakh'.split(' '));
const PARTY_MEMBERS = new Set('democrat republican conservative liberal tory socialist independent'.split(' '));
const NOT_DEMONYMS = new Set('guardian australian scotsman herald'.split(' '));
const isDemonym = (t: string): boolean => {
  const l = t.toLowerCase();
  return (DEMONYMS.has(l) || DEMONYM_SHAPE.test(t)) && !NOT_DEMONYMS.has(l) && !ORG_WORDS.has(l) && !ROLE_NOUNS.has(l);
};

const PLACE_ADJECTIVE = /-(?:based|owned|listed|born|headquartered|registered|run|backed|led|made)$/;

/** "head teacher": a lower-case word after a role noun that with it spells a listed role (not
 * "the commander later said": a word that is no one's on its own, "later", "former", joins none). */
// (a listed one: not "chief forecaster" read as "chiefforecaster" by its -er ending)
const isJoinedRole = (text: string, tok: Token, nx: Token | undefined): boolean =>
  nx !== undefined && nx.start === tok.end + 1 && text.charCodeAt(tok.end) === 32 && !isCap(nx.text) && !NOT_PEOPLE.has(nx.lower) && ROLE_NOUNS.has(tok.lower + nx.lower);

/** What a person's office is called: "the mayor's office", "the senator's campaign". */
const OFFICE_NOUNS = new Set('office campaign team administration staff chambers'.split(' '));

/** Parts of an organisation: "the association's Tasmanian branch" speaks for the association. */
const ORG_UNITS = new Set('branch chapter division unit arm wing office affiliate subsidiary bureau desk'.split(' '));

const PRONOUNS = new Map<string, Gender | 'it' | 'they'>([
  ['he', 'm'],
  ['she', 'f'],
  ['it', 'it'],
  ['they', 'they'],
]);
const PHRASE_STOP = new Set('said says told and or of in at on for to with by from that who which was were is has had into what where when while because than whose whom put puts'.split(' '));

/** Determiner phrases: "the mayor", "The Talvaran minister", "the company", "The statement",
 * "the two ministers", "a senior official", "A source at …", "a joint statement from …". */
/** "a county clerk who …": whatever the noun, "who" makes it a person (or ", who": "A teaching
 * assistant, who asked not to be named, said"). */
function whoAfter(text: string, tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (next?.lower !== 'who') return false;
  const gap = text.slice((tokens[j] as Token).end, next.start);
  if (allSpace(text, (tokens[j] as Token).end, next.start)) return true;
  // (not a noun ending a relative clause of its own: "A trader who runs a stall near the main
  // gate, who asked not to be named, said": the second "who" is the trader's too)
  return /^,\s+$/.test(gap) && !INSIDE_WHO_CLAUSE.test(text.slice(Math.max(0, (tokens[j] as Token).start - 120), (tokens[j] as Token).start));
}
const INSIDE_WHO_CLAUSE = /\bwho\s[^,.;:!?\u201C\u201D"]*$/;

// (every entity from one literal: spreading one and overriding fields gave each site its own
// object shape, and the optimised code reading entities was thrown away when a new one came)
const mk = (kind: EntityKind, start: number, end: number, name: string, roles: string[] = [], role: string | null = null, gender: Gender = null): Entity => ({
  kind, start, end, name, role, roles, gender,
});

function phraseEntities(text: string, tokens: Token[]): Entity[] {
  const out: Entity[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const det = tokens[k];
    if (!det) continue;
    const after = tokens[k + 1];
    const dl = det.lower;
    // only determiners, pronouns and nouns before a verb of saying start a phrase (one lookup
    // per token: this runs over every word of the document)
    const starts = PHRASE_STARTS.get(dl);
    // "which police had said": a body noun, an auxiliary, then the verb
    const auxSaid = after !== undefined && AUXILIARIES.has(after.lower) && SPEECH_VERBS.has(tokens[k + 2]?.lower ?? '') && BODY_NOUNS.has(dl);
    // "Pike-Ellis's spokesman said", "Moyes's brother, who …, said": the role of a named
    // person speaks, unnamed
    const ownedRole = starts === undefined && after !== undefined && isPossessive(det.text) && isCap(det.text) && !isCap(after.text) &&
      isRoleNoun(after.lower) && allSpace(text, det.end, after.start) &&
      (SAYING.has(tokens[k + 2]?.lower ?? '') || (tokens[k + 2]?.lower === 'who' && /^,\s+$/.test(text.slice(after.end, (tokens[k + 2] as Token).start))) ||
        /^,\s+\d{1,3},\s+(?:said|says|told|added)\b/.test(text.slice(after.end, after.end + 20))); // "Stenhouse's grandson, 9, said"
    if (ownedRole) {
      const phrase = text.slice(det.start, after.end);
      out.push(mk('anonymous', det.start, after.end, phrase, [phrase]));
      continue;
    }
    // "Tey's statement said", "Halvard Foods' filing shows": a named source's document speaks
    // for them (the name, whole, is introduced inside it)
    // ("Tey's quarterly filing with the regulator, released on Monday, listed": words saying
    // which document before it, where it went and a phrase set off after it)
    const docAt = starts === undefined && after !== undefined && isPossessive(det.text) && isCap(det.text) ? ownDocument(text, tokens, k) : -1;
    const doc = docAt > 0 ? (tokens[docAt] as Token) : undefined;
    if (doc && (SAYING.has(tokens[docAt + 1]?.lower ?? '') && allSpace(text, doc.end, (tokens[docAt + 1] as Token).start) || DOC_SAYS_LATER.test(text.slice(doc.end, doc.end + 140)))) {
      let from = det;
      for (let n = k - 1; n >= 0 && n >= k - 3; n--) {
        const t = tokens[n] as Token;
        if (!isCap(t.text) || NON_NAMES.has(t.lower) || !allSpace(text, t.end, from.start)) break;
        from = t;
      }
      out.push(mk('document', from.start, doc.end, `${doc.lower} from ${text.slice(from.start, det.end - 2)}`));
      continue;
    }
    // "Dunmore's report ends on a warning. A government, it says, …": a named person's document
    // opening a sentence is what that sentence is about, whom a later "it says" means
    // (not "Blake's verdict: “…”", "Ruiz's response was swift: “…”": the owner's own words)
    if (doc && after && opensSentence(text, det.start) && !OWN_WORDS_FOLLOW.test(text.slice(doc.end))) {
      out.push(mk('documentRef', after.start, doc.end, doc.lower));
      k = docAt;
      continue;
    }
    // "Telmaria's foreign ministry denied …", "Harlow's planning department": a named place's or
    // body's own organ, the body noun last (not "Smith's Ministry", a name of its own); the
    // owner's name stays an entity of its own
    if (starts === undefined && after !== undefined && isPossessive(det.text) && isCap(det.text) && !isCap(after.text) && allSpace(text, det.end, after.start)) {
      let head = -1;
      for (let n = k + 1; n <= k + 3 && n < tokens.length; n++) {
        const t = tokens[n] as Token;
        if (isCap(t.text) || (n > k + 1 && !allSpace(text, (tokens[n - 1] as Token).end, t.start)) || PHRASE_STOP.has(t.lower) || SAYING.has(t.lower)) break;
        if (BODY_NOUNS.has(t.lower)) head = n;
      }
      if (head > 0) {
        const h = tokens[head] as Token;
        // ("Britain's biggest bank": a superlative picks out no other body than the noun does)
        const graded = tokens.slice(k + 1, head).some((t) => t.lower.length > 4 && t.lower.endsWith('est'));
        out.push(mk('bodyRef', after.start, h.end, graded ? h.lower : text.slice(after.start, h.end).toLowerCase()));
        k = head;
        continue;
      }
    }
    if ((dl === 'this' || dl === 'that') && after && DOCUMENT_NOUNS.has(after.lower) && allSpace(text, det.end, after.start) && sayingNext(text, tokens, k + 1)) {
      // "That report found …", "This study shows": the document just mentioned speaks
      out.push(mk('documentRef', det.start, after.end, after.lower));
      k++;
      continue;
    }
    // "according to organisers, who described …": people of a kind, bare, as the source
    if (starts === undefined && k >= 2 && tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.lower === 'according' && !isCap(det.text) && pluralPeople(dl) &&
      allSpace(text, (tokens[k - 1] as Token).end, det.start)) {
      out.push(mk('anonymous', det.start, det.end, dl, [dl]));
      continue;
    }
    if (starts === undefined && !(after && SAYING.has(after.lower)) && !auxSaid) continue;
    phraseAt(text, tokens, k, starts, auxSaid, out);
  }
  return out;
}


/** The phrase that token `k` opens (a determiner, a pronoun or a noun before a verb of saying:
 * `starts` is its kind), if any, pushed onto `out`. */
function phraseAt(text: string, tokens: Token[], k: number, starts: PhraseStart | undefined, auxSaid: boolean, out: Entity[]): void {
  const det = tokens[k] as Token;
  const after = tokens[k + 1];
  const dl = det.lower;
  // "one of them said", "the other said": one member of the group just mentioned
  const memberAt = dl === 'one' && after?.lower === 'of' && MEMBER_PRONOUNS.has(tokens[k + 2]?.lower ?? '') ? k + 2
    : dl === 'the' && after?.lower === 'other' ? k + 1 : -1;
  const member = memberAt >= 0 ? (tokens[memberAt] as Token) : null;
  if (member && SAYING.has(tokens[memberAt + 1]?.lower ?? '')) {
    out.push(mk('anonymous', det.start, member.end, `${dl} ${dl === 'one' ? 'of them' : 'other'}`));
    return;
  }
  if (starts === 'many' || (dl === 'one' && after?.lower === 'of')) {
    const e = pluralPhrase(text, tokens, k);
    if (e) out.push(e);
    return;
  }
  const possessive = starts === 'possessive';
  const the = starts === 'the';
  const a = starts === 'a';
  // (or "One, who did not want to be named, said")
  if ((dl === 'another' || dl === 'one') && after &&
    ((SAYING.has(after.lower) && allSpace(text, det.end, after.start)) || (after.lower === 'who' && text.charCodeAt(det.end) === 44 && allSpace(text, det.end + 1, after.start) &&
      (k === 0 || /[.!?:\u00B7]\s*$/.test(text.slice(Math.max(0, det.start - 3), det.start)))))) {
    // "Another said": one more of the unnamed people just quoted
    out.push(mk('anonymous', det.start, det.end, dl, [dl]));
    return;
  }
  const before = tokens[k - 1];
  if ((dl === 'another' || (dl === 'one' && ONE_ENDS.test(text.slice(det.end, det.end + 1)))) && before && SAYING.has(before.lower) &&
    allSpace(text, before.end, det.start) && (!after || !allSpace(text, det.end, after.start))) {
    // "“I like it,” said another.", "said one." (not "said one, a retired teacher": the
    // description says who): the verb may come first
    out.push(mk('anonymous', det.start, det.end, dl, [dl]));
    return;
  }
  if (possessive && after && KIN_GROUPS.has(after.lower) && allSpace(text, det.end, after.start) && dl !== 'its') {
    // "His family described him as …": the relatives speak together
    const phrase = text.slice(det.start, after.end);
    const name = phrase.charAt(0).toLowerCase() + phrase.slice(1);
    out.push(mk('anonymous', det.start, after.end, name, [name]));
    return;
  }
  if (possessive && after && DOCUMENT_NOUNS.has(after.lower) && allSpace(text, det.end, after.start) && sayingNext(text, tokens, k + 1)) {
    // "Her letter, read to the jury, said": a document of someone already in the story
    // (not "His verdict: …", the person's own words)
    out.push(mk('documentRef', det.start, after.end, after.lower));
    return;
  }
  if (possessive && after && !isCap(after.text) && isRoleNoun(after.lower) && allSpace(text, det.end, after.start)) {
    // "his daughter Lisa": the name that follows is who it is
    const named = tokens[k + 2];
    if (named && KIN_NOUNS.has(after.lower) && isCap(named.text) && allSpace(text, after.end, named.start)) return;
    // "his lawyer said": a role of someone already in the story
    const phrase = text.slice(det.start, after.end);
    out.push(mk('title', det.start, after.end, after.lower, [], phrase.charAt(0).toLowerCase() + phrase.slice(1)));
    return;
  }
  const prevTok = tokens[k - 1];
  if (BODY_NOUNS.has(det.lower) && !isCap(det.text) && tokens[k + 1] && (auxSaid || SPEECH_VERBS.has(tokens[k + 1]?.lower ?? '')) &&
    !(prevTok && /^(?:the|a|an|its|their)$/.test(prevTok.lower))) {
    // "police said": an organisation named by its common noun
    out.push(mk('bodyRef', det.start, det.end, det.lower));
    return;
  }
  const prev = tokens[k - 1];
  if (starts === undefined && k <= 2 && DOCUMENT_NOUNS.has(dl) && after && SAYING.has(after.lower) && allSpace(text, det.end, after.start) &&
    (k === 0 ? det.start === 0 : !PHRASE_STARTS.has((tokens[0] as Token).lower) && HEADLINE_GAP.test(text.slice(0, det.start)))) {
    // "Damning report says …", "Report finds …": a headline drops the article before its document
    const name = text.slice(0, det.end);
    out.push(mk('document', 0, det.end, name.charAt(0).toLowerCase() + name.slice(1)));
    return;
  }
  if (!the && !a && after && (SPEECH_VERBS.has(after.lower) || DOCUMENT_VERBS.has(after.lower)) && dl !== singular(dl) &&
    (DOCUMENT_NOUNS.has(singular(dl)) || DOCUMENT_NOUNS.has(dl)) && allSpace(text, det.end, after.start)) {
    // "court documents show", "records show": papers speaking together
    const from = prev && !ROLE_STOP.has(prev.lower) && !SPEECH_VERBS.has(prev.lower) && allSpace(text, prev.end, det.start) ? prev : det;
    const name = text.slice(from.start, det.end);
    out.push(mk('document', from.start, det.end, name.charAt(0).toLowerCase() + name.slice(1)));
    return;
  }
  // (not "the chairman of selectors said": the chairman speaks)
  if (!the && !a && after && (SPEECH_VERBS.has(after.lower) || (DOCUMENT_VERBS.has(after.lower) && ADJUDICATORS.has(dl))) && !isCap(det.text) && dl !== singular(dl) && isRoleNoun(singular(dl)) &&
    !(prev && QUANTIFIERS.has(prev.lower)) && !(prev?.lower === 'of' && isRoleNoun(tokens[k - 2]?.lower ?? ''))) {
    // "county officials said", "residents told": unnamed people speaking together
    // (not "after inspectors found": a conjunction opens the clause, it does not qualify them)
    const from = prev && !ROLE_STOP.has(prev.lower) && !SPEECH_VERBS.has(prev.lower) && !CLAUSE_OPENERS.has(prev.lower) && text.slice(prev.end, det.start) === ' ' ? prev : det;
    const name = text.slice(from.start, det.end);
    out.push(mk('anonymous', from.start, det.end, name.charAt(0).toLowerCase() + name.slice(1), [name]));
    return;
  }
  if (the && after && after.lower.endsWith('-year-old') && /^\d+-year-old$/.test(after.lower)) {
    // "the 82-year-old said": the person the story is about, whoever fits
    out.push(mk('pronoun', det.start, after.end, 'person'));
    return;
  }
  if (!the && !a) {
    const p = PRONOUNS.get(det.lower);
    if (p !== undefined) {
      const gender: Gender = p === 'm' || p === 'f' ? p : null;
      out.push(mk('pronoun', det.start, det.end, det.lower, [], null, gender));
    }
    return;
  }
  articlePhrase(text, tokens, k, the, a, out);
}

/** The phrase "the" or "a" at `k` opens (`the`, `a` say which), read over the few words after
 * it: a role, a body, a document, a group, a description. */
function articlePhrase(text: string, tokens: Token[], k: number, the: boolean, a: boolean, out: Entity[]): void {
  const det = tokens[k] as Token;
  const whoNext = (j: number): boolean => whoAfter(text, tokens, j);
  let capsBetween = false;
  /** "the council's transport lead": whose role it is, for matching the lead introduced */
  let owner: string | null = null;
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    const tok = tokens[j];
    const prev = tokens[j - 1];
    if (!tok || !prev || !allSpace(text, prev.end, tok.start)) break;
    const w = tok.lower;
    // ("a story his grandmother told": a second determiner opens another phrase)
    if (PHRASE_STOP.has(w) || SPEECH_VERBS.has(w) || DETERMINERS.has(w)) break;
    const office = the && isPossessive(tok.text) ? tokens[j + 1] : undefined;
    if (office && OFFICE_NOUNS.has(office.lower) && allSpace(text, tok.end, office.start) && (isRoleNoun(bare(w)) || isTitle(w))) {
      // "the district attorney’s office said", "the governor’s campaign": a person's office
      // speaks for them, as a body of its own
      out.push(mk('bodyRef', det.start, office.end, text.slice((tokens[k + 1] as Token).start, office.end).toLowerCase()));
      break;
    }
    if (the && j === k + 1 && isPossessive(tok.text) && !DOCUMENT_NOUNS.has(bare(w))) {
      owner = bare(w);
      continue;
    }
    const nounish = !isCap(tok.text) || (the && ROLE_NOUNS.has(w));
    if (the && j === k + 1 && KIN_GROUPS.has(w)) {
      // "The family of a man shot in 2021 say …": the relatives speak, whoever they are of
      const rest = text.slice(tok.end, Math.min(text.length, tok.end + 160)).split(/[,;:.\u00B7]/)[0] ?? '';
      const words = rest.split(/(\s+)/);
      const verbAt = words.findIndex((x) => SAYING.has(x.toLowerCase()));
      const tail = /^\s+of\s/.test(rest) && verbAt > 0 ? words.slice(0, verbAt).join('').trimEnd() : '';
      // (only when they go on to say something: not "the family home")
      if (verbAt > 0) out.push(mk('anonymous', det.start, tok.end + tail.length, `the ${w}${tail}`.replace(/\s+/g, ' '), [`the ${w}`]));
      break;
    }
    if (the && owner && j === k + 2 && KIN_GROUPS.has(w) && opensSentence(text, det.start) && GROUP_VERB_NEXT.test(text.slice(tok.end, tok.end + 24))) {
      // "The victim's family named him as …": a sentence about the relatives of someone in
      // the story, whom the next "they" may mean
      const phrase = text.slice(det.start, tok.end);
      out.push(mk('anonymous', det.start, tok.end, phrase.charAt(0).toLowerCase() + phrase.slice(1), [`the ${w}`]));
      break;
    }
    if (the && nounish) {
      // (both asked once: the branches below ask them of every noun after "the")
      const one = singular(w);
      const role = isRoleNoun(w);
      // ("the district's budget documents describe": papers speaking together)
      // ("the committee's written reasons", "the panel's findings": what a body set down)
      if (DOCUMENT_NOUNS.has(w) || (w !== one && DOCUMENT_NOUNS.has(one)) || (owner && OWNED_PAPERS.has(w))) out.push(mk('documentRef', det.start, tok.end, w));
      else if (BODY_NOUNS.has(w) && !capsBetween) {
        // "the police oversight directorate": the body is the last noun, the rest qualify it
        let head = tok;
        for (let n = j + 1; n <= j + 3 && n < tokens.length; n++) {
          const t = tokens[n] as Token;
          if (isCap(t.text) || !allSpace(text, (tokens[n - 1] as Token).end, t.start) || PHRASE_STOP.has(t.lower) || SAYING.has(t.lower)) break;
          if (BODY_NOUNS.has(t.lower) || BODY_HEADS.has(t.lower)) head = t;
        }
        if (head !== tok) {
          out.push(mk('bodyRef', det.start, head.end, text.slice(tok.start, head.end).toLowerCase()));
          break;
        }
        const role = tokens[j + 1];
        if (role && !isCap(role.text) && text.slice(tok.end, role.start) === ' ' && ROLE_NOUNS.has(role.lower))
          out.push(mk('title', det.start, role.end, role.lower, [w]));
        else out.push(mk('bodyRef', det.start, tok.end, w));
      }
      else if ((role || whoNext(j)) && DOCUMENT_NOUNS.has(tokens[j + 1]?.lower ?? '') && allSpace(text, tok.end, (tokens[j + 1] as Token).start)) {
        // "the club's official statement": a role word as an adjective before a document
        const doc = tokens[j + 1] as Token;
        out.push(mk('documentRef', det.start, doc.end, doc.lower));
      }
      else if (role && !capsBetween && BODY_NOUNS.has(tokens[j + 1]?.lower ?? '') && !isCap((tokens[j + 1] as Token).text) &&
        allSpace(text, tok.end, (tokens[j + 1] as Token).start) && !isRoleNoun(tokens[j + 2]?.lower ?? '')) {
        // "the official inquiry", "the parent company": a role word as an adjective before a
        // body (not "the official police spokesman": a role after the body is who it is)
        const body = tokens[j + 1] as Token;
        out.push(mk('bodyRef', det.start, body.end, body.lower));
      }
      else if (!owner && role && isJoinedRole(text, tok, tokens[j + 1])) {
        // "the head teacher", "the harbour master": two words for one listed role
        const nx = tokens[j + 1] as Token;
        out.push(mk('title', det.start, nx.end, w + nx.lower));
      }
      else if (role || whoNext(j)) {
        // a role someone holds at a named body describes its holder even if never named
        let last = tok;
        for (let n = j + 1; owner && n < j + 3; n++) {
          const t = tokens[n];
          if (!t || isCap(t.text) || !isRoleNoun(t.lower) || !allSpace(text, last.end, t.start)) break;
          last = t; // "the charity's chief executive"
        }
        const phrase = owner ? text.slice(det.start, last.end) : '';
        // "the Prime Minister", "the Foreign Secretary": capitals before the noun name one
        // office, kept as the role (capitalised) and its qualifier
        const office = !owner && capsBetween && isCap(tok.text) ? text.slice((tokens[k + 1] as Token).start, tok.end) : '';
        if (office) out.push(mk('title', det.start, tok.end, w, [(tokens[j - 1] as Token).lower], office));
        // ("the Kinloch boss": the capitalised word before the noun qualifies it, as "council" in "the council leader")
        else out.push(mk('title', det.start, tok.end, w, owner ? [owner] : capsBetween && j > k + 1 ? [(tokens[j - 1] as Token).lower] : [], owner ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : null));
      }
      else if (w !== one && (isRoleNoun(one) || BODY_NOUNS.has(one)))
        out.push(mk('group', det.start, tok.end, text.slice(det.start, tok.end)));
      else continue;
      break;
    }
    // ("An independent inquiry has found", "a tribunal ruled": a body that rules speaks in its
    // findings, as a document does; not "a court heard", "a tribunal hearing was told", nor "a
    // housing court judge wrote": the judge does)
    const rules = a && ADJUDICATORS.has(w) && BODY_NOUNS.has(w) && !isRoleNoun(tokens[j + 1]?.lower ?? '') &&
      FINDING_NEXT.test(text.slice(tok.end, Math.min(text.length, tok.end + 120)));
    if (a && nounish && (DOCUMENT_NOUNS.has(w) || rules || isRoleNoun(w) || w === 'source' || whoNext(j))) {
      const rest = text.slice(tok.end, Math.min(text.length, tok.end + 120)).split(/[,;:.\u00B7]/)[0] ?? '';
      if (DOCUMENT_NOUNS.has(w) || rules) {
        const name = text.slice(tokens[k + 1]?.start ?? tok.start, tok.end) + documentTail(rest);
        out.push(mk('document', det.start, tok.end + documentTail(rest).length, name.replace(/\s+/g, ' ').trim()));
      } else {
        const tail = descriptionTail(rest);
        const name = `${det.lower} ${text.slice(tokens[k + 1]?.start ?? tok.start, tok.end)}${tail}`.replace(/\s+/g, ' ').trim();
        out.push(mk('anonymous', det.start, tok.end + tail.length, name));
      }
      break;
    }
    // ("the Windsor-based company", "a Chinese-owned firm": a place-made adjective is no name;
    // nor a nationality: "the Nepalese embassy", "the Italian government")
    if (isCap(tok.text) && !(tok.text.indexOf('-') > 0 && PLACE_ADJECTIVE.test(tok.text)) && !(the && j === k + 1 && isDemonym(tok.text))) capsBetween = true;
  }
}

/** A ruling body's finding verb in its own clause: " into the fire has found", " ruled". */
const FINDING_NEXT = /^[^,;:.\u00B7]*?\b(?:found|finds|ruled|rules|concluded|concludes|decided|decides|determined|determines)\b/;

const MEMBER_PRONOUNS = new Set(['them', 'those']);
/** The sentence ends right after "said one". */
const ONE_ENDS = /^(?:[.!?;]|$)/;
const POSSESSIVE_WORDS = new Set(['his', 'her', 'their', 'my', 'our']);
/** The token owning the relation at `kin`: the one before it, or a possessive up to two
 * lower-case words further back ("his older brother", "Moyes's eldest daughter"). */
function kinOwner(tokens: Token[], text: string, kin: number): Token | undefined {
  const near = tokens[kin - 1];
  for (let k = kin - 1; k >= Math.max(0, kin - 3); k--) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!allSpace(text, t.end, next.start)) break;
    if (POSSESSIVE_WORDS.has(t.lower) || isPossessive(t.text)) return t;
    if (isCap(t.text) || !/^[\p{Ll}-]+$/u.test(t.text)) break;
  }
  return near;
}
export const PARENT_NOUNS = new Set(['mother', 'father', 'mum', 'dad', 'mom']);
const KIN_GENDER = new Map<string, Gender>([
  ...'wife daughter sister mother aunt niece widow grandmother granddaughter fiancee'.split(' ').map((w) => [w, 'f'] as const),
  ...'husband son brother father uncle nephew widower grandfather grandson'.split(' ').map((w) => [w, 'm'] as const),
]);
/** An active verb right after a group opening its sentence: "named", "have asked", "paid" (not
 * "have been informed", "were not present": what is done to the relatives or said of them). */
const GROUP_VERB_NEXT = /^\s+(?:(?:have|has|had)\s+(?!been\b)\p{Ll}+|\p{Ll}+ed|paid|gave|told|say|said|spoke|issued|released|thanked)\b/u;
/** People who speak together for someone: "the family of …", "the relatives", "the couple". */
const KIN_GROUPS = new Set(['family', 'relatives', 'parents', 'families', 'couple', 'pair', 'duo', 'trio', 'siblings', 'twins']);
const AUXILIARIES = new Set(['had', 'has', 'have', 'later', 'also', 'previously']);
/** Nouns that head a body's description after a body noun ("the police oversight directorate"). */
const BODY_HEADS = new Set('directorate inspectorate watchdog unit division office service agency authority ombudsman tribunal panel'.split(' '));
/** Words that count people: "two people familiar with …", "several senior officials". */
const QUANTIFIERS = new Set(
  'two three four five six seven eight nine ten eleven twelve dozens several many some few numerous multiple both other'.split(' '),
);
/** A verb of saying right after token `j`, or after a clause set off by commas ("…, read to the jury, said"). */
function sayingNext(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  let n = j + 1;
  if (text.charCodeAt(t.end) === 44) {
    const close = text.indexOf(',', t.end + 1);
    if (close < 0 || close - t.end > 60) return false;
    while (n < tokens.length && (tokens[n] as Token).start < close) n++;
  }
  const v = tokens[n];
  return v !== undefined && SAYING.has(v.lower) && /^,?\s+$/.test(text.slice((tokens[n - 1] as Token).end, v.start));
}

/** The index of a document noun right after the possessive name at `k`, or up to two
 * lower-case words on ("Tey's annual report"); -1 when there is none. */
function ownDocument(text: string, tokens: Token[], k: number): number {
  for (let n = k + 1; n <= k + 3 && n < tokens.length; n++) {
    const t = tokens[n] as Token;
    if (!allSpace(text, (tokens[n - 1] as Token).end, t.start) || isCap(t.text) || PHRASE_STOP.has(t.lower) || SAYING.has(t.lower)) return -1;
    if (DOCUMENT_NOUNS.has(t.lower)) return n;
  }
  return -1;
}
/** After a document: where it went ("with the regulator"), a phrase set off by commas, then a
 * verb a document says with ("listed", "shows"). */
// (past tenses only: "charges", "rules", "read" after a phrase are as often nouns or another
// sense: "Ruiz's response to the charges was swift")
const DOC_SAYS_LATER = new RegExp(
  `^(?:\\s+(?:with|to|for|from|by|on|into)\\s[^,.;:!?]{1,60}?)?(?:,[^,.;:!?]{1,60},)?\\s+(?:${[...DOCUMENT_VERBS].filter((v) => v.endsWith('ed')).concat('found', 'said', 'stated', 'warned').join('|')})\\b`,
  'i',
);

/** The rest of a sentence going on to a colon or a quote. */
const OWN_WORDS_FOLLOW = /^[^.!?:“"‘\u00B7]*[:“"‘\u00B7]/;

/** One or two words opening a headline before its noun: "Damning ", "New audit ". */
const HEADLINE_GAP = /^\p{Lu}[\p{L}-]*(?: [\p{Ll}-]+)? $/u;
/** Words that open a determiner phrase, by kind. */
type PhraseStart = 'the' | 'a' | 'possessive' | 'pronoun' | 'many';
const PHRASE_STARTS = new Map<string, PhraseStart>([
  ['the', 'the'],
  ...['a', 'an', 'one', 'another'].map((w) => [w, 'a'] as const),
  ...['his', 'her', 'their', 'its'].map((w) => [w, 'possessive'] as const),
  ...['he', 'she', 'it', 'they'].map((w) => [w, 'pronoun'] as const),
  ...[...QUANTIFIERS].map((w) => [w, 'many'] as const),
]);
/** Verbs of saying and verbs only documents say with. */
const SAYING = new Set([...SPEECH_VERBS, ...DOCUMENT_VERBS]);
/** A plural noun for people: "people", "sources", "officials", "residents". */
const pluralPeople = (w: string): boolean => w === 'people' || w === 'sources' || (w !== singular(w) && isRoleNoun(singular(w)));

/** "two people familiar with the talks", "Three senior officials", "dozens of parents": unnamed
 * people speaking together, with what the sentence says about them up to its verb. */
function pluralPhrase(text: string, tokens: Token[], k: number): Entity | null {
  const det = tokens[k] as Token;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (!allSpace(text, prev.end, tok.start)) return null;
    const w = tok.lower;
    if (w === 'of' || w === 'the') continue;
    if (PHRASE_STOP.has(w) || SPEECH_VERBS.has(w) || /\d/.test(w)) return null;
    if (!pluralPeople(w)) continue;
    const rest = text.slice(tok.end, Math.min(text.length, tok.end + 120)).split(/[,;:.\u00B7]/)[0] ?? '';
    const tail = descriptionTail(rest).replace(/\s+\p{Ll}+ly$/u, ''); // "some officials privately say"
    const name = `${det.lower} ${text.slice((tokens[k + 1] as Token).start, tok.end)}${tail}`.replace(/\s+/g, ' ').trim();
    return { kind: 'anonymous', start: det.start, end: tok.end + tail.length, name, role: null, roles: [name], gender: null };
  }
  return null;
}

/** What a body or a judge sets down, a document only as someone's: "the tribunal's reasons". */
const OWNED_PAPERS = new Set(['reasons', 'findings', 'conclusions']);

const TAIL_STOP = new Set('published released issued said says on in at early late last that which who was were is has had after before following'.split(' '));

/** "from Trump and Kadhimi published …" → " from Trump and Kadhimi". */
function documentTail(rest: string): string {
  const m = /^\s+(from|by|issued by|signed by|released by)\s+/.exec(rest);
  if (!m) return '';
  const words: string[] = [];
  for (const w of rest.slice(m[0].length).split(/\s+/)) {
    const lw = w.toLowerCase();
    if (!w || TAIL_STOP.has(lw) || SPEECH_VERBS.has(lw) || DOCUMENT_VERBS.has(lw) || words.length >= 6) break;
    words.push(w);
  }
  return words.length ? ` ${m[1]} ${words.join(' ')}` : '';
}

/** "St Kevin’s GAA club said": a body noun straight after a name,
 * with no article before either, is that name's own body, not a reference back to one named
 * before. */
function nameBodyNouns(text: string, out: Entity[]): void {
  for (let i = 1; i < out.length; i++) {
    const e = out[i] as Entity;
    if (e.kind !== 'bodyRef' || e.name.includes(' ')) continue;
    let k = i - 1;
    if (!isNamePart(out[k]) || text.slice((out[k] as Entity).end, e.start) !== ' ') continue;
    // (not "Mr Pettifer's police interview": a titled person's owns no body)
    if ((out[k] as Entity).gender && isPossessive(text.slice((out[k] as Entity).start, (out[k] as Entity).end))) continue;
    // back over names joined by a space or a possessive: "St Kevin’s GAA"
    while (k > 0 && isNamePart(out[k - 1]) && NAME_JOIN.test(text.slice((out[k - 1] as Entity).end, (out[k] as Entity).start))) k--;
    const start = (out[k] as Entity).start;
    // (not "The IMF board said": an organ of a body already named speaks for it)
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    out.splice(k, i - k + 1, { kind: 'body', start, end: e.end, name: text.slice(start, e.end), role: null, roles: [], gender: null });
    i = k;
  }
}
const isNamePart = (e: Entity | undefined): boolean => e !== undefined && (e.kind === 'person' || e.kind === 'single' || e.kind === 'body');
const NAME_JOIN = /^(?:['’]s)?\s$/;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/** Entities in order of position (a stable sort by start would leave them as they are). */
function inOrder(es: readonly Entity[]): boolean {
  for (let i = 1; i < es.length; i++) if ((es[i - 1] as Entity).start > (es[i] as Entity).start) return false;
  return true;
}

/** Every entity mentioned in [from, to) of the masked text, in order of position. */
export function entitiesIn(
  text: string,
  from: number,
  to: number,
  tokens: Token[] = tokenize(text, from, to),
  /** Receives full names and bodies inside a description ("a spokesman for Governor Lionel
   * Hatch", "a former director of Halvard Foods"): no speakers there, but introduced all the same. */
  swallowed?: Entity[],
): Entity[] {
  const out: Entity[] = [];
  for (const [a, b] of capitalRuns(text, tokens)) {
    const e = classifyRun(tokens, text, a, b);
    if (e) out.push(e);
  }
  // "the United Road Transport Workers (URTW)": a name with its initialism in brackets is an
  // organisation, and the short form is part of its name
  for (let i = 0; i + 1 < out.length; i++) {
    const e = out[i] as Entity;
    const abbr = out[i + 1] as Entity;
    if ((e.kind !== 'body' && e.kind !== 'person') || abbr.kind !== 'body' || !isAllCaps(abbr.name) || abbr.name.charAt(0) !== e.name.charAt(0)) continue;
    if (!/^\s*\($/.test(text.slice(e.end, abbr.start)) || text.charAt(abbr.end) !== ')') continue;
    out[i] = { ...e, kind: 'body', name: `${e.name} (${abbr.name})`, role: null, roles: [], gender: null };
    out.splice(i + 1, 1);
  }
  const runsCover = (s: number, e: number): boolean => out.some((x) => x.start < e && s < x.end);
  for (const e of phraseEntities(text, tokens)) {
    if (e.kind === 'pronoun' || !runsCover(e.start, e.end) || e.kind === 'anonymous' || e.kind === 'document') out.push(e);
  }
  // "state television", "state-run media": a government's outlets, a source named as such
  if (/\b[Ss]tate/.test(text)) {
    STATE_MEDIA.lastIndex = from;
    for (let m = STATE_MEDIA.exec(text); m && m.index < to; m = STATE_MEDIA.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // (not "a state television reporter": a wider phrase holding it is who speaks)
      if (out.some((x) => x.start < end && start < x.end && (x.start < start || x.end > end))) continue;
      for (let k = out.length - 1; k >= 0; k--) if ((out[k] as Entity).start < end && start < (out[k] as Entity).end) out.splice(k, 1);
      out.push({ kind: 'body', start, end, name: m[0].toLowerCase().replace(/\s+/g, ' '), role: null, roles: [], gender: null });
    }
  }
  // (in order already unless a phrase or a state outlet came after a later name: no sort then)
  if (!inOrder(out)) out.sort((x, y) => x.start - y.start);
  nameBodyNouns(text, out);
  // an anonymous or document phrase swallows the names inside it ("a source at Ashcombe")
  const wide: Entity[] = [];
  for (const e of out) if (e.kind === 'anonymous' || e.kind === 'document') wide.push(e);
  // … but not a full name after "from"/"by" in a description's tail ("a header from captain
  // Joel Varn"): that person is in the story in their own right
  const ownRight = (e: Entity, w: Entity): boolean =>
    e.kind === 'person' && w.kind === 'anonymous' && e.start > w.start && /\b(?:from|by)\s+(?:(?!(?:the|a|an)\s)\p{Ll}+\s+)?$/u.test(text.slice(w.start, e.start));
  const kept = out.filter((e) => {
    const inside = wide.some((w) => w !== e && w.start <= e.start && e.end <= w.end && !ownRight(e, w));
    if (inside && swallowed && (e.kind === 'person' || e.kind === 'body')) swallowed.push(e);
    return !inside;
  });
  // a role phrase set off by commas next to a name describes that name, it is no one else
  // ("The developer, Northvale Homes, said": a body's name too)
  const named = (x: Entity | undefined): boolean => x !== undefined && (x.kind === 'person' || x.kind === 'single' || x.kind === 'body');
  // "a retired schoolmaster called Gerald Pike": the description is the name's role
  for (let i = 0; i + 1 < kept.length; i++) {
    const e = kept[i] as Entity;
    const p = kept[i + 1] as Entity;
    if (e.kind !== 'anonymous' || p.kind !== 'person' || !CALLED_GAP.test(text.slice(e.end, p.start))) continue;
    const desc = e.name.replace(ARTICLE, '');
    kept[i + 1] = { ...p, role: p.role ?? desc, roles: [...p.roles, desc] };
    kept.splice(i, 1);
  }
  // "The winchman, who was identified by the coastguard only as Sean,": the one name a role is
  // given in its relative clause is who holds the role
  for (let i = 0; i + 1 < kept.length; i++) {
    const e = kept[i] as Entity;
    if (e.kind !== 'title' && e.kind !== 'anonymous') continue;
    const at = kept.findIndex((x, k) => k > i && x.kind === 'person' && x.roles.includes(ONE_NAME_ROLE));
    const p = at > 0 ? (kept[at] as Entity) : undefined;
    if (!p || !IDENTIFIED_AS_GAP.test(text.slice(e.end, p.start))) continue;
    const role = e.kind === 'title' ? e.name : e.name.replace(ARTICLE, '');
    kept[at] = { ...p, role: p.role ?? role, roles: [...p.roles, role] };
  }
  // "Pauline and Greg Vance": a given name joined to a full name shares its surname
  for (let i = 0; i + 1 < kept.length; i++) {
    const e = kept[i] as Entity;
    const p = kept[i + 1] as Entity;
    if (e.kind !== 'single' || p.kind !== 'person' || e.roles.length || text.slice(e.end, p.start) !== ' and ') continue;
    const parts = p.name.split(' ');
    const g = givenNameGender(e.name.toLowerCase());
    // (a name the list lacks too, when the pair opens the sentence as its subject: "Ray and
    // Denise Mulgrew, who have camped there since 1985, said")
    const pairSubject = opensSentence(text, e.start) && PAIR_SUBJECT_AFTER.test(text.slice(p.end, p.end + 12));
    if (parts.length === 2 && (g || pairSubject)) kept[i] = { ...e, kind: 'person', name: `${e.name} ${parts[1]}`, gender: g };
  }
  return kept.filter((e, i) => {
    // ("The pilots' union, Balpex, said": a body's kind set off before its name is that body)
    if (e.kind === 'bodyRef') {
      const x = kept[i + 1];
      return !(x && (x.kind === 'body' || x.kind === 'single') && /^,\s*$/.test(text.slice(e.end, x.start)) && /^\s*,/.test(text.slice(x.end, x.end + 2)));
    }
    if (e.kind !== 'anonymous' && e.kind !== 'title' && e.kind !== 'group') return true;
    const prev = kept[i - 1];
    // (but "In a statement to the Valley Courier, a spokesperson said": a description that
    // goes straight on to its verb of saying is the subject, not an appositive)
    const verbNext = SPEECH_VERBS.has(/^\s+(\p{L}+)/u.exec(text.slice(e.end, e.end + 20))?.[1]?.toLowerCase() ?? '');
    if (named(prev) && prev && /^,\s*$/.test(text.slice(prev.end, e.start)) && !(verbNext && e.kind === 'anonymous')) return false;
    // (the name may carry its own title: "the head of the union, Captain Rolf Haugen"; the role
    // may name a place or body first: "the mayor of Vale Fundo, Joaquim Teixeira")
    const apposed = (x: Entity | undefined): boolean =>
      x !== undefined && named(x) && x.start - e.end < 60 && APPOSED_GAP.test(text.slice(e.end, x.start));
    return !apposed(kept[i + 1]) && !apposed(kept[i + 2]);
  });
}

/** A government's own outlets: "state television", "state-run media", "state news agency". */
const STATE_MEDIA = /\b[Ss]tate(?:-run|-owned|-controlled)?\s+(?:television|TV|media|radio|broadcaster|news\s+agency)\b/g;

/** What may stand between a role and the name it is set off before: the rest of the role, a
 * comma, the name's own title. */
// ("Her friend and neighbour, the poet Desmond O’Hara,": a role before the name too)
// ("the summit president, Meravian environment minister Teuila …": or a role without an article)
/** A lower-case word of a role (not a function word or a verb of saying). */
const ROLE_WORD = String.raw`(?!(?:the|a|an|that|which|who|whose|of|for|at|in|to|with|and|or|said|says|told|added)\s)\p{Ll}[\p{L}-]*\s+`;
/** After the comma that sets off a name: the name's own role, if any ("the poet ", "Meravian
 * environment minister ", "the retired High Court judge "), then the capitalised words before
 * the name itself. Shared with the attribution reader's gap after a verb of saying. */
export const ROLE_THEN_NAME_START = String.raw`(?:(?:(?:the|a|an)\s+(?:${ROLE_WORD})?)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:${ROLE_WORD}){1,2})?(?:\p{Lu}[\p{L}.]*\s+){0,3}$`;
const APPOSED_GAP = new RegExp(`^[^,.;:]*,\\s*${ROLE_THEN_NAME_START}`, 'u');

export const isNamed = (e: Entity): boolean => e.kind === 'person' || e.kind === 'single' || e.kind === 'body';
