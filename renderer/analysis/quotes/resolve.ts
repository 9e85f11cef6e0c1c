// The cross-paragraph pass: walks the cached paragraph summaries in order, keeps who has been
// introduced so far, and turns each quote's local cue (a name, a pronoun, "the mayor", "it",
// "the statement", a continued quotation) into a source and a status. The state between
// paragraphs holds no positions, so the incremental check can resume it from a checkpoint and
// stop as soon as it matches the state an earlier pass had at the same paragraph.
import { memoize } from '../memo';
import { foldTypography } from '../text';
import type { QuoteFinding, QuoteStatus, Source, SourceKind } from '../types';
import { CREDIT_INSIDE_HOW, CROWD_VOICE, type LocalQuote, type Mention, type ParagraphSummary, PASSIVE_HOW } from './attribution';
import type { Entity, Gender } from './people';
import { BODY_KIND_WORDS, BODY_NOUNS, BODY_TYPES, FIRM_PARTS, KIN_NOUNS, LEGAL_FORMS, NAME_PARTICLES, ORG_WORDS, NON_NAMES, PASSIVE_AUXILIARIES, PERSON_NOUNS, ROLE_SYNONYMS, SPECIFIC_BODY_NOUNS, SPEECH_VERBS, TITLES } from './lexicon';
import { isRegnalRole, isRoleNoun, ONE_NAME_ROLE, PARENT_NOUNS } from './people';

export interface Known {
  id: string;
  name: string;
  kind: SourceKind;
  role: string | null;
  roles: string[];
  gender: Gender;
  firstParagraphId: string;
  /** A family role is among its roles ("his sister, Bridget Quillinan"): set by `note`, the one
   * place a person's roles grow, so it is never worked out from the roles again. */
  relative?: boolean;
  /** The state allowed to change this object in place; others copy it first (saved states
   * share the objects they have in common). */
  owner: object | null;
}

interface Resolved {
  who: Known | null;
  status: QuoteStatus;
  note: string;
}

const INITIAL_DOT = /(?<!\p{L})(\p{L})\.\s*/gu;
/** Lower case without accents, a final possessive or the dots of initials; memoised, the pass runs on every edit. */
const fold = memoize(
  (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']s$/, '')
      // "K.S. Raghunathan" and "K S Raghunathan", "John F. Kerr" and "John F Kerr": one key
      .replace(INITIAL_DOT, '$1 ')
      .trimEnd(),
  50000,
);
const wordPattern = memoize((w: string): RegExp => new RegExp(`\\b${w.replace(/[^\p{L}\s-]/gu, '')}\\b`, 'i'), 10000);
/** A role noun and its synonyms, with their word patterns: made once per noun (`byRole` runs for
 * every title in the story, and the lists never change). */
const roleWords = memoize((noun: string): { nouns: string[]; wants: RegExp[] } => {
  const nouns = [noun, ...(Object.hasOwn(ROLE_SYNONYMS, noun) ? (ROLE_SYNONYMS[noun] ?? []) : [])];
  return { nouns, wants: nouns.map(wordPattern) };
}, 10000);
/** A looser match on a noun's stem (its first five letters): "the researcher" for "lead author
 * of the research". One RegExp per noun, not one per call. */
const loosePattern = memoize((noun: string): RegExp => new RegExp(wordPattern(noun.slice(0, 5)).source.replace(/\\b$/, ''), 'i'), 10000);
/** The words of a body's name, its short form in brackets included ("… Workers (URTW)"). */
const bodyNameWords = (name: string): string[] => name.split(/[\s()]+/).filter(Boolean);
const surnameKey = (w: string): string => fold(w).replace(/^(?:al|el|ad|ar|as|an|at|az)-|^(?:al|el) /, '');
/** The inner words of a name of three words or more, particles and initials left out. */
const middleNames = (parts: readonly string[]): string[] =>
  parts.length < 3 ? NO_WORDS : parts.slice(1, -1).filter((w) => w.length > 2 && !w.endsWith('.') && !NAME_PARTICLES.has(w.toLowerCase()));
const NO_WORDS: string[] = [];
const fits = (g: Gender, want: Gender): boolean => want === null || g === null || g === want;
/** Index keys for a role text: each role word alone, and with the word just before it or a
 * body word of the role, the qualifiers titles use ("Council leader" → "leader",
 * "leader|council"; "head of the fishermen's union" → "head", "head|union"). Few keys: the
 * index is copied with every saved state. */
const roleKeys = memoize((role: string): string[] => {
  const words = fold(role)
    .split(/[^\p{L}-]+/u)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 1 && !ROLE_KEY_STOP.has(w))
    .slice(0, 8);
  const out = new Set<string>();
  words.forEach((n, i) => {
    if (!isRoleNoun(n) && !TITLES.has(n)) return;
    out.add(n);
    const before = words[i - 1];
    if (before) out.add(`${n}|${before}`);
    for (const w of words) if (w !== n && (BODY_NOUNS.has(w) || ORG_WORDS.has(w))) out.add(`${n}|${w}`);
  });
  return [...out];
}, 20000);
const ROLE_KEY_STOP = new Set('the a an of for at in on and or to with by from who which its his her their our'.split(' '));

/** Words before a spouse's name ("she married Francis Vance"), who is called by given name or
 * "Mr X" after: the bare surname stays with whoever held it. */
const MARRIED = /\b(?:married|marrying|marries|wed|wedded)\s+(?:to\s+)?$/i;
/** "her father", "his grandmother": a relation owned by someone a pronoun means. */
const KIN_OWNER = /^(his|her)\s+\p{Ll}+$/iu;
/** Relations a family story calls people by ("her father", "his aunt"); partners often keep
 * their own surnames, so they are left out. */
const RELATIVE_NOUNS = new Set('father mother son daughter brother sister grandfather grandmother grandson granddaughter uncle aunt'.split(' '));
/** "His wife added", "Her husband was blunter": a spouse who shares the family name (as
 * "Dana and Luis Ferreira" do) is found by it like any relative; one who kept their own is not
 * found, and stays "his wife". */
const SPOUSES = new Set(['husband', 'wife']);
const SPOUSES_AND_KIN = new Set(['husband', 'wife', 'partner', 'nephew', 'niece', 'cousin', 'widow', 'widower']);
/** A role naming a relation other than `relation` ("his son" for "father"). */
function otherRelation(role: string, relation: string): boolean {
  const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
  return last !== relation && (RELATIVE_NOUNS.has(last) || SPOUSES_AND_KIN.has(last));
}
/** The parts of a full name's family name ("Tremblay-Gagnon" → tremblay, gagnon); none for a single name. */
const familyNames = (name: string): string[] => {
  const parts = name.split(/\s+/);
  return parts.length < 2 || name.startsWith('the ') ? NO_WORDS : fold(parts[parts.length - 1] ?? '').split('-').filter((w) => w.length > 2);
};

/** The role noun an unnamed source is described by, the last before what qualifies it:
 * "consultant" of "a senior consultant at the hospital", "source" of "a source close to the minister". */
const headRole = memoize((desc: string): string => {
  let h = '';
  for (const w of fold(desc).split(/[^\p{L}-]+/u)) {
    if (HEAD_END.has(w)) break;
    if (isRoleNoun(w)) h = w;
  }
  return h;
}, 20000);

const HEAD_END = new Set('of at for to in from with on by near close familiar who which whose that'.split(' '));

/** An unnamed source that is one person ("a spokesman", "the pub's landlord", "one of them"). */
const SINGLE_SOURCE = /^(?:(?:a|an|one|another|the|his|her|their|its)\s|\S+['’]s\s+\S+$)/i;
const MAN_PREFIX = '(?:\\w+s|chair|fire|police|fisher|fore|gentle|business|congress|middle|handy|post|camera|anchor|ombuds|lay)?';
const FEMALE_WORDS = new RegExp(`\\b(?:${MAN_PREFIX}woman|mother|wife|daughter|sister|grandmother|aunt|niece|widow|girl|lady)\\b`, 'i');
const MALE_WORDS = new RegExp(`\\b(?:${MAN_PREFIX}man|father|husband|son|brother|grandfather|uncle|nephew|widower|boy)\\b`, 'i');
/** The gender a description states ("a spokeswoman for …", "his son"), if any. */
const describedGender = (name: string): Gender => (FEMALE_WORDS.test(name) ? 'f' : MALE_WORDS.test(name) ? 'm' : null);

/** "Brannigan, speaking on radio, was less sanguine. “…,” Brannigan said": a name that speaks in
 * the same paragraph is no evidence of an organisation named alone. */
const speaksIn = (p: ParagraphSummary, name: string): boolean =>
  p.mentions.some((x) => x.speaker && x.entity.kind === 'single' && x.entity.name === name);

/** An unnamed member of a group just mentioned: "one of them said", "the other said". */
const GROUP_MEMBER = new Set(['one of them', 'the other', 'one', 'another']);

const SPEAKER_MEMORY = 12;
/** The surnames a plural may be of: "Whitioras" → "Whitiora", "Joneses" → "Jones" (and "Jonese"). */
const familyStems = (w: string): string[] => {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 || w.charCodeAt(n - 2) === 115) return NO_WORDS;
  return w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
};
/** Id prefix of a given name two people share. */
const SHARED = 'shared:';

/** A paragraph whose quotes were read by recency, and whom each went to. */
interface Echo {
  text: string;
  /** Each quote's words as its copies share them ('' for one too short to tell, or no speech). */
  quotes: string[];
  ids: Array<string | null>;
  statuses: QuoteStatus[];
}
const sameEcho = (x: Echo, y: Echo | undefined): boolean =>
  x === y || (y !== undefined && x.text === y.text && x.ids.every((id, j) => id === y.ids[j]) && x.statuses.every((st, j) => st === y.statuses[j]));
const sameEchoes = (a: readonly Echo[], b: readonly Echo[]): boolean => a.length === b.length && a.every((x, i) => sameEcho(x, b[i]));
/** Paragraphs remembered for their copies, and the length below which two paragraphs alike
 * may well be two different people's short answers ("“No,” she said."). */
const ECHO_MEMORY = 24;
const ECHO_MIN = 60;
/** A paragraph's text as its copies share it: a copy pasted from elsewhere may have straight
 * quotation marks for curly ones, other dashes, or other spacing (runs of white space folded
 * to one space, the ends trimmed). */
const echoTexts = new WeakMap<ParagraphSummary, string>();
/** (kept per summary: every pass over the paragraph asks again, and summaries are cached) */
const echoText = (p: ParagraphSummary): string => {
  let t = echoTexts.get(p);
  if (t === undefined) echoTexts.set(p, (t = foldTypography(p.text)));
  return t;
};
/** A paragraph's speech quotes as a near copy of it shares them ("" for short ones). */
const echoQuotes = new WeakMap<ParagraphSummary, string[]>();
const ECHO_QUOTE_MIN = 20;
const NO_TEXTS: string[] = [];
const END_PUNCTUATION = /[\s.,;:!?…]+$/u;
const quoteTexts = (p: ParagraphSummary): string[] => {
  let t = echoQuotes.get(p);
  if (t === undefined) {
    // (without the closing punctuation, which moves when sentences are reordered)
    t = p.quotes.map((q) => (q.kind === 'speech' && q.text.length >= ECHO_QUOTE_MIN ? foldTypography(q.text).replace(END_PUNCTUATION, '') : ''));
    echoQuotes.set(p, t);
  }
  return t;
};
/** A quote whose speaker comes from what was said before: a pronoun, a title, "the company",
 * "the statement", or no words of its own. */
const readByRecency = (q: LocalQuote): boolean =>
  q.kind === 'speech' &&
  (q.cue === null || q.cue.kind === 'pronoun' || q.cue.kind === 'title' || q.cue.kind === 'bodyRef' || q.cue.kind === 'documentRef' ||
    (q.cue.kind === 'anonymous' && GROUP_MEMBER.has(q.cue.name)));
/** Words for a relative, parents included. */
const RELATIONS = new Set([...KIN_NOUNS, ...PARENT_NOUNS]);
/** Sources remembered for "the mayor", "he" and "the company" when no closer cue names them:
 * bounded, so a change high in a long document stops affecting what follows. */
const RECENT_MEMORY = 12;

/** Who has been introduced and who spoke last, between two paragraphs. */
export class ResolveState {
  byKey = new Map<string, Known>();
  surnames = new Map<string, Known>();
  bodyWords = new Map<string, Known>();
  /** First names, a last resort for "Prince Mohammed" or a child called by first name. */
  givenNames = new Map<string, Known>();
  /** Role words ("leader", "leader|council") → the latest named person introduced with them:
   * "the council leader" long after the name has left the recent sources. */
  roleIndex = new Map<string, Known>();
  /** Capitalised words seen standing alone, not as a speaker. */
  alone = new Set<string>();
  /** Sources in order of last mention, most recent last. */
  recent: Known[] = [];
  speakers: Known[] = [];
  lastDocument: Known | null = null;
  lastBody: Known | null = null;
  /** Speaker of a quotation the previous paragraph left open, or announced with a colon. */
  carried: Known | null = null;
  /** The last person a sentence of the previous paragraph was about. */
  lastSubject: Known | null = null;
  /** The crowd the previous paragraph named last ("the demonstrators"): whom a "they chanted"
   * opening this one means. */
  lastCrowd: string | null = null;
  /** The previous paragraph introduced `lastSubject` by full name, quoting nobody or after its last quote. */
  subjectNew = false;
  /** The previous paragraph ended "X said:". */
  announced = false;
  /** The previous paragraph ended on a quote of `carried`'s, closed: a paragraph of quotation
   * alone after it goes on in the same voice. */
  quotedLast = false;
  prevOpen = false;
  /** The previous paragraph ended reporting what `carried` said, with no quote. */
  reported = false;
  /** The last paragraphs whose quotes were read by recency, with whom they went to: a copy
   * pasted further down goes to the same people. Bounded, like `recent`. */
  echoes: Echo[] = [];

  /** Marks the objects this state may change in place. */
  private token: object = {};
  /** Differences to apply before this saved state is next read: an edit patches every state
   * saved after it, and most are not read again before they are patched again. */
  private deferred: StateDifference[] | null = null;

  /** Patches this state with `diff` before it is next read. */
  defer(diff: StateDifference): void {
    (this.deferred ??= []).push(diff);
  }

  /** This state with the deferred differences applied. */
  settle(): this {
    const diffs = this.deferred;
    if (diffs) {
      this.deferred = null;
      for (const diff of diffs) patchState(this, diff);
    }
    return this;
  }

  /** A copy sharing the sources: maps and lists are copied, each source only when one of the
   * two states changes it. */
  clone(): ResolveState {
    this.settle();
    const s = new ResolveState();
    s.byKey = new Map(this.byKey);
    s.surnames = new Map(this.surnames);
    s.bodyWords = new Map(this.bodyWords);
    s.givenNames = new Map(this.givenNames);
    s.roleIndex = new Map(this.roleIndex);
    s.alone = new Set(this.alone);
    s.recent = this.recent.slice();
    s.speakers = this.speakers.slice();
    s.lastDocument = this.lastDocument;
    s.lastBody = this.lastBody;
    s.carried = this.carried;
    s.lastSubject = this.lastSubject;
    s.lastCrowd = this.lastCrowd;
    s.subjectNew = this.subjectNew;
    s.prevOpen = this.prevOpen;
    s.announced = this.announced;
    s.quotedLast = this.quotedLast;
    s.reported = this.reported;
    s.echoes = this.echoes.slice();
    // the sources are shared now: neither state may change them in place
    this.token = {};
    return s;
  }

  /** The current object for a source's id (the one the maps hold). */
  canon(k: Known): Known {
    return this.byKey.get(k.id) ?? k;
  }

  /** A source this state may change: copied and swapped in everywhere when it is shared. */
  own(k0: Known): Known {
    const k = this.canon(k0);
    if (k.owner === this.token) return k;
    const c: Known = { ...k, roles: [...k.roles], owner: this.token };
    const swap = (m: Map<string, Known>, key: string): void => {
      if (m.get(key) === k) m.set(key, c);
    };
    swap(this.byKey, k.id);
    const f = fold(k.name);
    if (k.kind === 'person') {
      const parts = k.name.split(/\s+/);
      swap(this.surnames, surnameKey(parts[parts.length - 1] ?? ''));
      swap(this.surnames, `${surnameKey(parts[parts.length - 1] ?? '')}|${k.gender ?? ''}`);
      swap(this.surnames, f);
      swap(this.givenNames, fold(parts[0] ?? ''));
      for (const mid of middleNames(parts)) swap(this.surnames, surnameKey(mid));
    } else if (k.kind === 'body') {
      for (const w of bodyNameWords(k.name)) {
        swap(this.bodyWords, fold(w));
        swap(this.bodyWords, `the ${fold(w)}`);
      }
    }
    for (const r of k.roles) for (const key of roleKeys(r)) swap(this.roleIndex, key);
    const at = this.recent.lastIndexOf(k);
    if (at >= 0) this.recent[at] = c;
    const sp = this.speakers.lastIndexOf(k);
    if (sp >= 0) this.speakers[sp] = c;
    if (this.carried === k) this.carried = c;
    if (this.lastSubject === k) this.lastSubject = c;
    if (this.lastBody === k) this.lastBody = c;
    if (this.lastDocument === k) this.lastDocument = c;
    return c;
  }

  equals(o: ResolveState): boolean {
    this.settle();
    o.settle();
    const same = (a: Known | null, b: Known | null): boolean =>
      a === b ||
      (a !== null &&
        b !== null &&
        a.id === b.id &&
        a.name === b.name &&
        a.role === b.role &&
        a.gender === b.gender &&
        a.firstParagraphId === b.firstParagraphId &&
        a.roles.length === b.roles.length &&
        a.roles.every((r, i) => r === b.roles[i]));
    const sameMap = (a: Map<string, Known>, b: Map<string, Known>): boolean => {
      if (a.size !== b.size) return false;
      for (const [key, k] of a) if (!same(k, b.get(key) ?? null)) return false;
      return true;
    };
    const sameList = (a: Known[], b: Known[]): boolean => a.length === b.length && a.every((k, i) => k.id === b[i]?.id);
    return (
      this.prevOpen === o.prevOpen &&
      this.announced === o.announced &&
      this.quotedLast === o.quotedLast &&
      this.reported === o.reported &&
      sameEchoes(this.echoes, o.echoes) &&
      this.subjectNew === o.subjectNew &&
      this.lastCrowd === o.lastCrowd &&
      (this.carried?.id ?? null) === (o.carried?.id ?? null) &&
      (this.lastSubject?.id ?? null) === (o.lastSubject?.id ?? null) &&
      (this.lastBody?.id ?? null) === (o.lastBody?.id ?? null) &&
      (this.lastDocument?.id ?? null) === (o.lastDocument?.id ?? null) &&
      sameList(this.recent, o.recent) &&
      sameList(this.speakers, o.speakers) &&
      sameMap(this.byKey, o.byKey) &&
      this.surnames.size === o.surnames.size &&
      this.bodyWords.size === o.bodyWords.size &&
      this.alone.size === o.alone.size &&
      this.givenNames.size === o.givenNames.size &&
      [...this.givenNames].every(([key, k]) => o.givenNames.get(key)?.id === k.id) &&
      sameMap(this.roleIndex, o.roleIndex) &&
      [...this.alone].every((w) => o.alone.has(w)) &&
      [...this.surnames].every(([key, k]) => o.surnames.get(key)?.id === k.id) &&
      [...this.bodyWords].every(([key, k]) => o.bodyWords.get(key)?.id === k.id)
    );
  }

  private touch(k0: Known): void {
    const k = this.canon(k0);
    const at = this.recent.lastIndexOf(k);
    if (at >= 0 && at === this.recent.length - 1) return;
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(k);
    if (this.recent.length > RECENT_MEMORY) this.recent.shift();
  }

  private make(kind: SourceKind, name: string, pid: string): Known {
    const id = `${kind}:${fold(name)}`;
    let k = this.byKey.get(id);
    if (!k) {
      k = { id, name, kind, role: null, roles: [], gender: null, firstParagraphId: pid, owner: this.token };
      this.byKey.set(id, k);
    }
    this.touch(k);
    return k;
  }

  private note(k: Known, e: Entity, gender: Gender): void {
    for (const r of e.roles) {
      if (!k.roles.includes(r)) {
        k.roles.push(r);
        // (a parent too: "Ferreyra's mother, Rosa," is introduced by the relation)
        if (k.kind === 'person' && RELATIONS.has(r.toLowerCase().split(/\s+/).pop() ?? '')) k.relative = true;
      }
      if (k.kind === 'person') for (const key of roleKeys(r)) this.roleIndex.set(key, k);
    }
    if (!k.role && e.role) k.role = e.role;
    if (!k.gender && gender) k.gender = gender;
  }

  /** A mention of the known source `k`: made recent, with what the mention adds noted. */
  private mentionOf(k0: Known, e: Entity, gender: Gender): Known {
    const k = this.own(k0);
    this.touch(k);
    this.note(k, e, gender);
    return k;
  }

  /** Records a mention; returns the source it names, when it names one. */
  register(m: Mention, pid: string, p: ParagraphSummary, named?: ReadonlyMap<Entity, Known>): Known | null {
    const e = m.entity;
    switch (e.kind) {
      case 'person': {
        // "Te Rangi-Holt" after "Ngaire Te Rangi-Holt": the end of a full name already
        // introduced is that person (a surname with its particle)
        const surname = e.name.split(/\s+/).pop() ?? '';
        const holder = this.surnames.get(surnameKey(surname));
        if (holder && holder.kind === 'person' && holder.name !== e.name && holder.name.endsWith(` ${e.name}`)) return this.mentionOf(holder, e, m.gender);
        // "Prince Faisal" after "Crown Prince Faisal bin Rashid": one name with a royal title,
        // the given name of someone introduced in full with a royal title, is that person (not
        // "her son, Tomas," after "Tomas Reyes", nor "Prince Willem" after a minister Willem)
        const givenOf = e.name.includes(' ') || !e.roles.some(isRegnalRole) ? null : this.givenHolder(e.name, m.gender);
        if (givenOf && givenOf.kind === 'person' && givenOf.roles.some(isRegnalRole)) return this.mentionOf(givenOf, e, m.gender);
        // "Coleman Vance's board" after "Coleman Vance Associates", "Coleman Vance shares" after
        // "Coleman Vance Inc": a company's name without the word for its kind or legal form,
        // owning a part of a company, or after a name ending in a legal form (no one's name
        // ends in "Inc"), is the company, not a person (but "its founder, Coleman Vance," and
        // "Robin Kell said" after "Robin Kell Associates" are the person the firm is named after)
        const firm = this.bodyWords.get(fold(e.name.slice(0, e.name.indexOf(' '))));
        const rest = firm ? firm.name.slice(e.name.length + 1).split(' ').map((w) => fold(w).replace(/\.$/, '')) : [];
        if (firm && firm.kind === 'body' && !m.gender && !e.roles.length && firm.name.startsWith(`${e.name} `) && rest.every((w) => ORG_WORDS.has(w)) &&
          (ownsFirmPart(p.text, e) || (rest.every((w) => LEGAL_FORMS.has(w)) && !saidAfter(p.text, e.end)))) {
          this.touch(firm);
          this.lastBody = this.canon(firm);
          return this.canon(firm);
        }
        const k = this.own(this.make('person', e.name, pid));
        this.note(k, e, m.gender);
        const parts = e.name.split(/\s+/);
        const last = parts[parts.length - 1];
        // a relative sharing the surname ("his sister, Bridget Quillinan"): the bare surname
        // stays with the person introduced first (the relative is called by given name or "Mrs X")
        const had = last ? this.surnames.get(surnameKey(last)) : undefined;
        const relative = k.relative === true || MARRIED.test(p.text.slice(Math.max(0, e.start - 16), e.start));
        if (last && !(relative && had && had.id !== k.id && had.kind === 'person' && had.name.includes(' ') && parts.length > 1)) this.surnames.set(surnameKey(last), k);
        // … and "Mrs X" finds the woman of that surname, "Mr X" the man
        if (last && parts.length > 1 && k.gender) this.surnames.set(`${surnameKey(last)}|${k.gender}`, k);
        const given = parts[0];
        if (given && parts.length > 1) this.noteGiven(fold(given), k);
        // "Mr Faizal" after "Muhammad Faizal Ismail", "Arrieta" after "Mateo Arrieta Bolaños": a
        // middle part of a longer name is how many naming customs shorten it, unless it is
        // someone's surname already
        for (const mid of middleNames(parts)) if (!this.surnames.has(surnameKey(mid))) this.surnames.set(surnameKey(mid), k);
        this.surnames.set(fold(e.name), k);
        return k;
      }
      case 'body': {
        const name = e.name.replace(/^The\s+/, '');
        // "the CFUA" after "the Coastal Ferry Users Association (CFUA)": the same body
        const short = /^[\p{Lu}\p{N}&-]{2,}$/u.test(name) ? this.bodyWords.get(fold(name)) : undefined;
        if (short && short.kind === 'body' && short.name.endsWith(`(${name})`)) {
          this.touch(short);
          this.lastBody = this.canon(short);
          return this.canon(short);
        }
        const k = this.make('body', name, pid);
        for (const w of bodyNameWords(name)) {
          const f = fold(w);
          if (!ORG_WORDS.has(f) && !NON_NAMES.has(f) && !this.bodyWords.has(f)) this.bodyWords.set(f, k);
          // "the federation" long after "International Cycling Federation": the latest body
          // whose name holds the noun
          else if (BODY_NOUNS.has(f)) this.bodyWords.set(`the ${f}`, k);
        }
        this.lastBody = k;
        return k;
      }
      case 'anonymous': {
        if (GROUP_MEMBER.has(e.name)) {
          // "one of them said": one of the unnamed people last mentioned together
          const group = this.recent.findLast((x) => x.kind === 'anonymous' && !SINGLE_SOURCE.test(x.name) && !GROUP_MEMBER.has(x.name));
          if (group) return this.described('anonymous', `one of the ${group.name.replace(/^the\s+/i, '')}`, pid);
        }
        let k = this.make('anonymous', e.name, pid);
        if (!k.roles.length) {
          k = this.own(k);
          k.roles.push(e.name);
          k.gender = describedGender(e.name);
        }
        return k;
      }
      case 'document': {
        const k = this.make('document', e.name, pid);
        this.lastDocument = k;
        return k;
      }
      case 'title': {
        // "Cal's van pulls up. His father pours the tea. / “…,” he says": a relative the sentence
        // is about, known by name, found by family name, is whom the next "he" means (not in a
        // paragraph with quotes, which may name them: "Her mother nods. “…,” Aoife says.")
        // (nor in one with quotes that names someone after it; "Her husband was blunter. “…,” he
        // said." names no one else)
        const kin = named && (m.subject || m.speaker) && (!p.quotes.length || !namedAfter(p, e)) ? this.relativeOf(e, p, named) : null;
        if (kin) {
          this.touch(kin);
          return kin;
        }
        // "His son, a paramedic, said …": an unnamed relative the paragraph's "he" may mean
        if (e.role && KIN_NOUNS.has(e.name) && /^(?:his|her|their)\s/i.test(e.role) && !this.byRole(e.name)) return this.described('anonymous', e.role, pid);
        // "The premier rejected that. “…,” she said": a title the sentence is about is the
        // person introduced with it, for the pronouns that follow
        if (m.subject || m.speaker) {
          const k = this.titleHolder(e);
          if (k) {
            this.touch(k);
            return k;
          }
        }
        return null;
      }
      case 'single': {
        // (a name owning what its sentence opens with: only someone the story introduced)
        if (m.owner) {
          const owner = this.findSingle(e);
          if (!owner || owner.kind !== 'person') return null;
          this.touch(owner);
          return this.canon(owner);
        }
        let found = this.findSingle(e);
        // "the Whitioras" after "Jesse Whitiora": the family, who are "they", never "he" or "she"
        if (!found && !e.gender && familyStems(e.name).some((w) => this.surnames.get(surnameKey(w))?.kind === 'person'))
          return this.described('anonymous', e.name, pid);
        // "Mrs Radebe" when the surname's first holder is not known to be a woman: the woman
        // of that surname
        if (found && found.kind === 'person' && m.gender && found.gender !== m.gender) {
          const other = this.surnames.get(`${surnameKey(e.name)}|${m.gender}`);
          if (other) found = this.canon(other);
        }
        const k = found ? this.own(found) : null;
        if (k) {
          this.touch(k);
          this.note(k, e, m.gender);
          if (k.kind === 'body') this.lastBody = k;
        } else if (!m.speaker && !e.roles.length && !speaksIn(p, e.name) && !m.personal) this.alone.add(fold(e.name));
        return k;
      }
      default:
        return null;
    }
  }

  /** "Her father was less sure", "his grandmother said": with no one introduced by that
   * relation, the person of its gender who shares a family name with whom "her"/"his" means —
   * the person the paragraph (or the one before) is about — and is not named in this paragraph
   * (there they are someone else: "Her mother nods. “…,” Aoife says."). */
  relativeOf(e: Entity, p: ParagraphSummary, named: ReadonlyMap<Entity, Known>): Known | null {
    const own = e.role ? KIN_OWNER.exec(e.role) : null;
    // (an unnamed "her grandmother" quoted before is no one introduced by the relation)
    if (!own || !(RELATIVE_NOUNS.has(e.name) || SPOUSES.has(e.name)) || this.byRole(e.name)?.kind === 'person') return null;
    const ownerGender: Gender = own[1]?.toLowerCase() === 'his' ? 'm' : 'f';
    const kinGender = describedGender(e.name);
    const spouse = SPOUSES.has(e.name);
    const here = new Set<string>();
    const owners: Known[] = [];
    for (const m of p.mentions) {
      if (m.entity.start >= e.start) break;
      const k = named.get(m.entity);
      if (!k || k.kind !== 'person') continue;
      here.add(k.id);
      if ((m.subject || m.speaker) && fits(k.gender, ownerGender)) owners.unshift(k);
    }
    const about = this.lastSubject ? this.canon(this.lastSubject) : null;
    if (about && fits(about.gender, ownerGender)) owners.push(about);
    // (failing those, the last person of the owner's gender quoted: "Cal's van pulls up. His father …")
    const voice = owners.length ? undefined : this.speakers.findLast((k) => k.kind === 'person' && k.gender === ownerGender);
    if (voice) owners.push(this.canon(voice));
    for (const owner of owners) {
      const family = familyNames(owner.name);
      if (!family.length) continue;
      // (not someone introduced as another relation: "His son, Tom Brown" is no one's father)
      // (a spouse's gender must be known: "Alex and Sam Corrow, brothers" hold no one's wife)
      const kin = (x: Known): boolean => x.kind === 'person' && x.id !== owner.id && !here.has(x.id) && (spouse ? x.gender === kinGender : fits(x.gender, kinGender)) &&
        familyNames(x.name).some((w) => family.includes(w)) && !x.roles.some((r) => otherRelation(r, e.name));
      const k = this.recent.findLast(kin);
      if (k) return k;
      // (one such relative named long ago, left the recent sources: still the one)
      let only: Known | null = null;
      for (const x of this.byKey.values()) {
        if (!kin(x)) continue;
        if (only) return null;
        only = x;
      }
      if (only) return this.canon(only);
    }
    return null;
  }

  /** The named person a title-only reference ("the mayor", "the Prime Minister") points to. */
  titleHolder(e: Entity): Known | null {
    if (e.name in PERSON_NOUNS) return null;
    const k = this.byRole(e.name, e.roles[0], e.role !== null && /^\p{Lu}/u.test(e.role));
    return k && k.kind === 'person' ? k : null;
  }

  /** The first part of a full name, for the one person introduced with it. */
  private noteGiven(given: string, k: Known): void {
    const had = this.givenNames.get(given);
    if (!had) this.givenNames.set(given, k);
    // two people with one given name: "Sam said" could be either
    else if (had.id !== k.id && !had.id.startsWith(SHARED)) this.givenNames.set(given, { ...k, id: `${SHARED}${given}`, name: given, role: null, roles: [], relative: false, gender: null, owner: null });
  }

  /** Whoever alone was introduced with `word` as the first part of a full name (not a man for
   * "Mrs Chen"). */
  givenHolder(word: string, gender: Gender = null): Known | null {
    const k = this.givenNames.get(fold(word));
    return k && !k.id.startsWith(SHARED) && fits(this.canon(k).gender, gender) ? this.canon(k) : null;
  }

  /** The source a single name means: after Sir or Dame the person with that given name; else a
   * surname or a body's word; else, with `orGiven`, the one person introduced with it first
   * ("Li said" after "Li Xiaoyan", "Mr Chen" after "Chen Wei": a family name written first). */
  findSingle(e: Entity, orGiven = true): Known | null {
    const knight = e.given ? this.givenHolder(e.name, e.gender) : null;
    return knight ?? this.lookupSingle(e.name) ?? (orGiven && !e.given ? this.givenHolder(e.name, e.gender) : null);
  }

  lookupSingle(word: string): Known | null {
    return this.surnames.get(surnameKey(word)) ?? this.bodyWords.get(fold(word)) ?? null;
  }

  /** A name used alone before, never as anyone's surname: an organisation ("Quillmark"). */
  seenAlone(word: string): boolean {
    return this.alone.has(fold(word));
  }

  heard(k0: Known): void {
    const k = this.canon(k0);
    this.touch(k);
    const at = this.speakers.lastIndexOf(k);
    if (at === this.speakers.length - 1 && at >= 0) return;
    if (at >= 0) this.speakers.splice(at, 1);
    this.speakers.push(k);
    if (this.speakers.length > SPEAKER_MEMORY) this.speakers.shift();
    if (k.kind === 'body') this.lastBody = k;
    if (k.kind === 'document') this.lastDocument = k;
  }

  /** "It adds:": the body or document mentioned last. */
  lastThing(): Known | null {
    const body = this.lastBody ? this.canon(this.lastBody) : null;
    const doc = this.lastDocument ? this.canon(this.lastDocument) : null;
    if (!body || !doc) return body ?? doc;
    return this.recent.lastIndexOf(doc) > this.recent.lastIndexOf(body) ? doc : body;
  }

  /** "the judge" → the latest introduced person or anonymous source with that role. */
  byRole(noun: string, qualifier?: string, strict = false): Known | null {
    const { nouns, wants } = roleWords(noun);
    const indexed = (q?: string): Known | null => {
      for (const n of nouns) {
        const k = this.roleIndex.get(q ? `${fold(n)}|${fold(q)}` : fold(n));
        if (k) return this.canon(k);
      }
      return null;
    };
    if (qualifier) {
      // "the council leader": a leader whose role also names the council comes first
      const q = wordPattern(qualifier);
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const k = this.recent[i] as Known;
        if ((k.kind === 'person' || k.kind === 'anonymous') && k.roles.some((r) => q.test(r) && wants.some((w) => w.test(r)))) return k;
      }
      const k = indexed(qualifier);
      if (k) return k;
      if (strict) return null;
    }
    // the latest source with the noun itself first: "the minister" is the minister, not a
    // secretary mentioned since; an unnamed "one minister" quoted since is that minister
    // (but "A judge ruled … Justice Ana Ruiz said": not when someone of the role is named after it)
    const exact = wants[0] as RegExp;
    const folded = fold(noun);
    let namedSince = false;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const k = this.recent[i] as Known;
      if (k.kind === 'person' && k.roles.some((r) => exact.test(r))) return k;
      if (k.kind === 'person' && !namedSince) namedSince = k.roles.some((r) => wants.some((w) => w.test(r)));
      else if (k.kind === 'anonymous' && !namedSince && SINGLE_SOURCE.test(k.name) && headRole(k.name) === folded) return k;
    }
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const k = this.recent[i] as Known;
      if ((k.kind === 'person' || k.kind === 'anonymous') && k.roles.some((r) => wants.some((w) => w.test(r)))) return k;
    }
    const k = indexed();
    if (k) return k;
    // a looser match on the word's stem: "the researcher" for "lead author of the research"
    // (not for relatives: a grandson is no granddaughter)
    if (noun.length >= 6 && !KIN_NOUNS.has(noun)) {
      const loose = loosePattern(noun);
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const k = this.recent[i] as Known;
        if ((k.kind === 'person' || k.kind === 'anonymous') && k.roles.some((r) => loose.test(r))) return k;
      }
    }
    return null;
  }

  bodyFor(noun: string): Known | null {
    const named = this.bodyNaming(noun);
    if (named) return named;
    // "the police oversight directorate": a described body is no other one
    if (SPECIFIC_BODY_NOUNS.has(noun) || noun.includes(' ')) return null;
    // "Ledgerline was fined by the Financial Conduct Authority. The regulator said": a body
    // named as one that regulates, not the company it fined
    if (REGULATOR_NOUNS.has(noun)) {
      const r = this.lastRegulator();
      if (r) return r;
    }
    // ("The club said" after only "the National League North": a body whose name says it is
    // another kind of body — a league, a council — is no club or company)
    const fitsKind = (k: Known): boolean => k.kind === 'body' && !(TRADING_KINDS.has(noun) && otherKind(k.name));
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (s && fitsKind(s)) return s;
    }
    return this.recent.findLast(fitsKind) ?? null;
  }

  /** The latest body named as one that regulates ("… Conduct Authority"). */
  lastRegulator(): Known | null {
    return this.recent.findLast((k) => k.kind === 'body' && REGULATOR_NAME.test(k.name)) ?? null;
  }

  /** The latest body whose name holds the noun ("the board" after "the Markets Board"). */
  bodyNaming(noun: string): Known | null {
    const kinds = Object.hasOwn(BODY_KIND_WORDS, noun) ? (BODY_KIND_WORDS[noun] ?? NO_WORDS) : NO_WORDS;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const k = this.recent[i] as Known;
      // ("the operator" after "Southline Rail": a name that says the body is of that kind)
      if (k.kind === 'body' && (fold(k.name).includes(noun) || kinds.some((w) => wordPattern(w).test(k.name)))) return k;
    }
    const named = this.bodyWords.get(`the ${noun}`);
    return named ? this.canon(named) : null;
  }

  /** The last person quoted who fits; failing that, the last person mentioned who fits. A
   * person of unknown gender gives way to one mentioned since who is known to fit ("he" after
   * "Owen Pruitt voted against" goes to Pruitt, not to a surname quoted before him). `not`:
   * ids of sources it cannot be ("In a letter to Vale, he wrote"). */
  lastSpeaker(gender: Gender, not: ReadonlySet<string> | null = null, described = false): Known | null {
    const pick = this.lastFitting(gender, not, described);
    // "Benitez has struck down several laws. In the ruling, he wrote …": the person the last
    // paragraph was about, when mentioned since the last speaker
    const about = this.lastSubject ? this.canon(this.lastSubject) : null;
    const subj = about && !not?.has(about.id) ? about : null;
    if (gender && pick && subj && subj.id !== pick.id && fits(subj.gender, gender) && (pick.gender === null || subj.gender === gender) &&
      this.recent.lastIndexOf(subj) > this.recent.lastIndexOf(pick))
      return subj;
    // "Packie Doyle, 71, has farmed here since 1974. / “…,” he said": a person the previous
    // paragraph introduced, quoting nobody, is who the next "he" or "she" is, unless known not to fit
    if (gender && subj && this.subjectNew && fits(subj.gender, gender) && subj.kind === 'person') return subj;
    if (!gender || !pick || pick.gender !== null || (described && pick.kind === 'anonymous')) return pick;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i] as Known;
      if (s.id === pick.id) break;
      if (s.kind === 'person' && s.gender === gender && !not?.has(s.id)) return s;
    }
    return pick;
  }

  private lastFitting(gender: Gender, not: ReadonlySet<string> | null, described: boolean): Known | null {
    // "…,” the landlord said. … “…,” he said": an unnamed source just quoted goes on
    // (past groups and bodies heard since: "Nurses say … One nurse said …" then "she said")
    // (not "the family", "some members": people who speak together are never "he" or "she")
    const last = this.speakers.findLast((k) => k.kind === 'person' || (k.kind === 'anonymous' && SINGLE_SOURCE.test(k.name) && !(gender && isGroup(k))));
    if (gender && last && last.kind === 'anonymous' && fits(last.gender, gender) && !not?.has(last.id)) return last;
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (s && s.kind === 'person' && fits(s.gender, gender) && !not?.has(s.id)) return s;
    }
    // "… heard that the woman had told …": a story calls by name whom it has named, so "the
    // woman" with no named woman speaking is someone unnamed, not a woman merely mentioned
    if (described) return null;
    for (const needRole of [true, false]) {
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const s = this.recent[i];
        if (s && s.kind === 'person' && (!needRole || s.roles.length > 0) && fits(s.gender, gender) && !not?.has(s.id)) return s;
      }
    }
    return null;
  }

  unintroduced(name: string, pid: string): Known {
    return this.make('person', name, pid);
  }

  described(kind: SourceKind, name: string, pid: string): Known {
    const k = this.make(kind, name, pid);
    const g = kind === 'anonymous' && !k.gender ? describedGender(name) : null;
    if (g) this.own(k).gender = g;
    return this.canon(k);
  }
}

/** Resolves one paragraph's quotes against the state, and advances the state past it. */
export function resolveParagraph(
  state: ResolveState,
  p: ParagraphSummary,
  next: ParagraphSummary | undefined,
  index: number,
  pid: string,
): QuoteFinding[] {
  const named = new Map<Entity, Known>();
  for (const m of p.mentions) {
    const k = state.register(m, pid, p, named);
    if (k) named.set(m.entity, namesakeHere(k, m, named) ?? k);
  }
  // "She said the landlord …" about someone of unknown gender tells us theirs
  for (const e of p.subjectPronouns) {
    const who = resolvePronoun(e, LEAD_QUOTE, p, named, state, pid, false);
    const g = e.name === 'he' ? 'm' : 'f';
    // ("Police said a man in his 60s died. He has not been named.": someone of that gender met
    // just before may be whom it means, so it is no evidence of the other's)
    const other = who && p.mentions.some((m) => m.entity.start < e.start && named.get(m.entity)?.id !== who.id &&
      (m.gender ?? (m.entity.kind === 'anonymous' ? describedGender(m.entity.name) : null)) === g);
    if (who && who.kind === 'person' && !who.gender && !other) state.own(who).gender = g;
  }
  const announcedBy = p.leadsInto ? resolveCue({ ...LEAD_QUOTE, cue: p.leadsInto }, p, named, state, pid).who : null;
  if (!p.quotes.length) {
    for (const m of p.mentions) {
      const k = named.get(m.entity);
      if (k && m.speaker) state.heard(k);
    }
    state.prevOpen = false;
    const reported = announcedBy ? null : reportedBy(p, named, state, pid);
    state.carried = announcedBy ? state.canon(announcedBy) : reported;
    state.announced = announcedBy !== null;
    state.quotedLast = false;
    state.reported = reported !== null;
    state.lastSubject = subjectOf(p, named, state);
    state.lastCrowd = p.crowd;
    state.subjectNew = state.lastSubject !== null && state.lastSubject.firstParagraphId === pid && state.lastSubject.name.includes(' ');
    return NONE;
  }
  // (after reported speech only a quotation running on over paragraphs: a single one may be
  // anyone's)
  const continues = (state.prevOpen || state.announced || (state.quotedLast && p.pure) || (state.reported && p.pure && p.leavesOpen)) && p.opensWithQuote;
  const results: Array<Resolved | null> = p.quotes.map((q, qi) => {
    if (q.kind !== 'speech') return null;
    // (a name inside a quote left open is no credit when the quote runs on from the paragraph
    // before: "“By two o'clock, Tom Vale said …" is still the first speaker's words)
    const runsOn = qi === 0 && continues && state.prevOpen && q.how === CREDIT_INSIDE_HOW;
    if (q.cue && !runsOn) return resolveCue(q, p, named, state, pid);
    if (qi === 0 && continues && state.carried)
      return {
        who: state.carried,
        status: 'ok',
        note: state.announced
          ? 'announced at the end of the previous paragraph'
          : state.prevOpen
            ? 'continues the quotation from the previous paragraph'
            : state.quotedLast
              ? 'quotation alone after a quote of the same speaker'
              : 'quotation running on after the speaker’s reported words',
      };
    // "In his victory speech, Vale thanked his family. / “Ten years ago I …" (left open): a
    // quotation running on over paragraphs, with no speaker of its own, is the person the
    // paragraph before was about
    const about = state.lastSubject ? state.canon(state.lastSubject) : null;
    if (qi === 0 && !continues && p.pure && p.leavesOpen && p.opensWithQuote && about && !isUnintroduced(about))
      return { who: about, status: 'ok', note: 'quotation running on after a paragraph about the speaker' };
    return null;
  });
  // quotes with no words of their own share their paragraph neighbour's speaker
  p.quotes.forEach((q, qi) => {
    if (q.kind !== 'speech' || results[qi]) return;
    // a person who becomes the subject between the previous quote and this one speaks now
    const prevQuote = p.quotes[qi - 1];
    const between = prevQuote
      ? p.mentions.filter((m) => m.subject && !m.owner && m.entity.start > prevQuote.end && m.entity.end < q.start && named.get(m.entity)?.kind === 'person')
      : [];
    const newSubject = between.length ? named.get((between[between.length - 1] as Mention).entity) : undefined;
    const near = [...results.slice(0, qi)].reverse().find((r) => r?.who) ?? results.slice(qi + 1).find((r) => r?.who);
    if (newSubject && newSubject.id !== near?.who?.id) {
      results[qi] = { who: newSubject, status: 'ok', note: 'speaker inferred from the paragraph' };
      return;
    }
    if (near?.who) {
      results[qi] = {
        who: near.who,
        status: near.status === 'unintroduced' ? 'unintroduced' : 'ok',
        note: 'same speaker as the other quote in the paragraph',
      };
      return;
    }
    // the person, or unnamed source, the paragraph's last sentences before it are about
    const subject = sourceSubject(p, q, named) ??
      // "Rehearsals begin in January, Castellano says. “…”": who the sentence before reports speaking
      p.mentions.findLast((m) => m.speaker && m.entity.start < q.start && named.get(m.entity)?.kind === 'person') ??
      // "Inside Acme Pay, the lender that promised “…”": failing a person, the body the sentence is
      // about, when a verb of saying leads into the quote (not "Police found the keys “…”")
      (saidRightBefore(p.text, q.start)
        ? p.mentions.findLast((m) => m.subject && m.entity.start < q.start && m.entity.kind === 'body' && named.get(m.entity)?.kind === 'body')
        : undefined);
    const k = subject ? named.get(subject.entity) : undefined;
    // "The draft would allow projects that are “mature …”": the document the sentence is about
    const doc = !k && q.about ? resolveCue({ ...q, cue: q.about, how: 'the document the sentence is about' }, p, named, state, pid) : null;
    // "She pauses. “Some days I wonder why I stay.”": the person a sentence of the paragraph
    // opened with "he"/"she" is about
    const pron = !k && !doc?.who ? p.subjectPronouns.findLast((e) => e.start < q.start) : undefined;
    const them = pron ? resolvePronoun(pron, q, p, named, state, pid) : null;
    results[qi] = k
      ? { who: k, status: 'ok', note: 'speaker inferred from the paragraph' }
      : doc?.who
        ? doc
        : them
          ? { who: them, status: isUnintroduced(them) ? 'unintroduced' : 'ok', note: `pronoun "${pron?.name}" opening the paragraph's sentence` }
          : { who: null, status: 'unattributed', note: 'no speaker found' };
  });
  // a paragraph pasted twice: what was read by recency goes where the earlier copy's went
  const copyText = p.text.length >= ECHO_MIN ? echoText(p) : '';
  const echo = copyText && state.echoes.length ? state.echoes.find((x) => x.text === copyText) : undefined;
  // (or a near copy, edited or with its sentences reordered, that holds the same long quotes:
  // each of them goes where it went in the earlier copy)
  const mine = copyText && !echo && state.echoes.length ? quoteTexts(p) : NO_TEXTS;
  const near = mine.length && p.quotes.every((q, qi) => !readByRecency(q) || mine[qi] !== '') && mine.some((t) => t !== '')
    ? state.echoes.findLast((x) => mine.every((t) => t === '' || x.quotes.includes(t)))
    : undefined;
  if (echo && echo.ids.length === p.quotes.length)
    p.quotes.forEach((q, qi) => {
      const id = echo.ids[qi];
      const k = id ? state.byKey.get(id) : undefined;
      if (k && readByRecency(q)) results[qi] = { who: k, status: echo.statuses[qi] ?? 'ok', note: 'as in the earlier copy of this paragraph' };
    });
  else if (near)
    p.quotes.forEach((q, qi) => {
      const at = near.quotes.indexOf(mine[qi] ?? '');
      const id = at >= 0 ? near.ids[at] : null;
      const k = id ? state.byKey.get(id) : undefined;
      if (k && readByRecency(q)) results[qi] = { who: k, status: near.statuses[at] ?? 'ok', note: 'as in the earlier copy of this paragraph' };
    });
  else if (copyText && p.quotes.some(readByRecency)) {
    state.echoes.push({ text: copyText, quotes: quoteTexts(p), ids: results.map((r) => r?.who?.id ?? null), statuses: results.map((r) => r?.status ?? 'ok') });
    if (state.echoes.length > ECHO_MEMORY) state.echoes.shift();
  }
  const out: QuoteFinding[] = [];
  p.quotes.forEach((q, qi) => {
    const r = results[qi];
    const isLast = qi === p.quotes.length - 1;
    let status: QuoteStatus = r?.status ?? 'ok';
    let note = r?.note ?? 'name, title or scare quote';
    if (q.kind === 'speech' && !q.closed && !(isLast && next?.opensWithQuote && !wovenOpen(p.text, q.start))) {
      status = 'unbalanced';
      note = 'opening quotation mark is never closed';
    } else if (status === 'unattributed' && wovenIntoSentence(p.text, q.start)) {
      // "The diocese, which owns the hall, said it had “reluctantly” agreed": a phrase quoted
      // mid-sentence has the sentence's own source, even when the check cannot name it; flagging
      // it would be a false alarm (an unattributed quote stands at the head of its sentence)
      status = 'ok';
      note = 'phrase quoted inside a sentence whose source the check could not name';
    }
    const who = q.kind === 'speech' ? (r?.who ?? null) : null;
    // (an agent quoted in the passive, "called “…” by one reviewer", is out of focus: the
    // next "she" is still whoever the story is about)
    if (who && q.how !== PASSIVE_HOW) state.heard(who);
    out.push({
      paragraphId: pid,
      index,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: who?.name ?? null,
      sourceId: who?.id ?? null,
      status,
      note,
    });
  });
  const lastQ = p.quotes[p.quotes.length - 1];
  const lastR = results[results.length - 1];
  state.prevOpen = p.leavesOpen;
  const open = lastQ !== undefined && !lastQ.closed;
  // the last voice of a paragraph that ends on a quote: who a quote-only paragraph continues.
  // Not a phrase woven into the writer's own sentence ("she called the plan “a fudge”"): no one
  // was speaking at length there, so a paragraph of quotation after it needs its own source.
  const lastSpeech = p.quotes.findLast((q) => q.kind === 'speech');
  const lastVoice = !open && !announcedBy && p.endsQuoted && lastSpeech && (!wovenIntoSentence(p.text, lastSpeech.start) || clauseQuoted(p.text, lastSpeech))
    ? (results.findLast((r) => r !== null)?.who ?? null)
    : null;
  const reported = open || announcedBy || lastVoice ? null : reportedBy(p, named, state, pid);
  const carried = open ? (lastR?.who ?? null) : (announcedBy ?? lastVoice ?? reported);
  state.carried = carried ? state.canon(carried) : null;
  state.announced = !open && announcedBy !== null;
  state.quotedLast = lastVoice !== null;
  state.reported = reported !== null;
  state.lastSubject = subjectOf(p, named, state);
  state.lastCrowd = p.crowd;
  // "“…,” said Rhea Kapoor. Its finance chief, Dan Osei, was more guarded.": a person brought in
  // by full name after the paragraph's last quote is who the next "he" or "she" is about
  state.subjectNew = newAfterQuotes(p, named, state.lastSubject, pid);
  for (const m of p.mentions) {
    const k = named.get(m.entity);
    if (k && m.speaker && !out.some((f) => f.sourceId === k.id)) state.heard(k);
  }
  return out;
}

/** A name (a full name or one alone) in the paragraph after `e`. */
const namedAfter = (p: ParagraphSummary, e: Entity): boolean => p.mentions.some((m) => m.entity.start > e.start && (m.entity.kind === 'person' || m.entity.kind === 'single'));

/** "the councillor said … “…,” Mokoena said" after two Mokoenas: a bare surname whose latest
 * holder this paragraph has not named goes to another holder it has named (by a title, say). */
/** What a sentence says before a quote: from the last sentence end or colon to the mark. */
const SENTENCE_BEFORE = /(?:^|[.!?:;][”"’)]*\s+|[—–]\s+)([^.!?:;—–]*)$/;

/**
 * "the ward has been described as “…”", "staff were told “…”": a passive that hides who spoke,
 * words put in no one's mouth, which an editor must source.
 */
const AGENTLESS_PASSIVE = /\b(?:been|be|being|is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|told|said|written|known|heard|given|shown|seen)(?:\s+(?:as|that|to\s+be))?\s*$/iu;

/** A quote opened mid-clause, after a word that is no verb of saying ("sold “on the street …"):
 * a phrase, which never runs on into the next paragraph as a long quotation does. */
const wovenOpen = (text: string, start: number): boolean =>
  /\p{Ll}\s+[“"]?$/u.test(text.slice(Math.max(0, start - 20), start)) && !saidRightBefore(text, start);

/** A quote that opens after three or more words of its own sentence, not after a colon or dash. */
export function wovenIntoSentence(text: string, start: number): boolean {
  const lead = SENTENCE_BEFORE.exec(text.slice(Math.max(0, start - 300), Math.max(0, start - 1)))?.[1] ?? '';
  if (/[“”"]/.test(lead) || AGENTLESS_PASSIVE.test(lead)) return false;
  return (lead.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

function namesakeHere(k: Known, m: Mention, named: ReadonlyMap<Entity, Known>): Known | null {
  if (m.entity.kind !== 'single' || k.kind !== 'person' || !k.name.includes(' ')) return null;
  const key = surnameKey(m.entity.name);
  let other: Known | null = null;
  for (const x of named.values()) {
    if (x.id === k.id) return null;
    if (x.kind === 'person' && fits(x.gender, m.gender) && surnameKey(x.name.slice(x.name.lastIndexOf(' ') + 1)) === key) other = x;
  }
  return other;
}

const NONE: QuoteFinding[] = [];

/** "She wrote in the report that “the majority of injuries we see are preventable …”": a whole
 * clause quoted after a verb of saying or its "that" is someone speaking at length, even inside
 * the writer's sentence (not "she called it “a fudge”"). */
function clauseQuoted(text: string, q: LocalQuote): boolean {
  if ((q.text.match(/\p{L}+/gu)?.length ?? 0) < CLAUSE_WORDS) return false;
  return /\bthat\s*[“"]$/.test(text.slice(Math.max(0, q.start - 8), q.start)) || saidRightBefore(text, q.start);
}
/** Words in a quoted clause (a phrase is shorter). */
const CLAUSE_WORDS = 10;

/** The word right before a quote is a verb of saying ("promised “…”"), not a passive one
 * ("passengers were told “…”": whoever the sentence is about did not say it). */
const LAST_WORDS = /(?:(\p{L}+)\s+)?(\p{L}+)[\s,:“"‘']*$/u;
const saidRightBefore = (text: string, at: number): boolean => {
  const m = LAST_WORDS.exec(text.slice(Math.max(0, at - 32), at));
  const w = m?.[2];
  return w !== undefined && SPEECH_VERBS.has(w.toLowerCase()) && !PASSIVE_AUXILIARIES.has((m?.[1] ?? '').toLowerCase());
};

/** An unnamed person who asked not to be named or spoke on condition of anonymity: a source. */
const ANONYMITY = /\b(?:(?:not|never)\s+(?:(?:wish|want)(?:ed|ing)?\s+)?(?:to\s+)?be\s+(?:named|identified)|(?:declined|refused)\s+to\s+be\s+(?:named|identified)|anonymity|anonymously)\b/i;
/** "… was blunter", "… was more guarded": a copula with a comparative, how a source is set
 * against the one before (not "was later suspended", "was more seriously hurt"). */
const COMPARED = /\b(?:was|were|is|are|seemed|sounded)\s+(?:(?:even|much|far|rather|somewhat|a\s+little)\s+)?(?:(?:more|less)\s+(?!\p{L}+ly\b)\p{L}+|(?!(?:later|never|under|over|after|ever|rather|together|either|neither|other|another|water|border|number|order|power|summer|winter|dinner|corner)\b)\p{L}{3,}er)\b(?!\s+\p{L}+(?:ed|en)\b)/iu;
/** "One reporter pressed him on the timing.", "A neighbour disagreed.": how a source turns to
 * another, asking or answering back. */
const PUT_TO = /^\s+(?:\p{Ll}+ly\s+)?(?:pressed|asked|quizzed|questioned|challenged|interrupted|interjected|disagreed|objected|countered|went\s+further|wanted\s+to\s+know)\b/u;
const isGroupKnown = (k: Known | undefined): boolean => k !== undefined && isGroup(k);
/** "it said", "it says", "it added": the pronoun's own verb of saying. */
const SAID_NEXT = /^\s+(?:said|says|added|adds|stated|argued|argues|insisted|insists)\b/;
/** The sentence a mention opens, up to a quote after it. */
const sentenceFrom = (text: string, from: number, to: number): string => {
  const s = text.slice(from, to);
  const end = /[.!?](?=[\s“"‘']|$)/.exec(s);
  return end ? s.slice(0, end.index) : s;
};

/** Who a bare quote, with no words of its own and no neighbour's speaker, goes to: the last
 * person a sentence of the paragraph is about, or an unnamed source, one person, the sentence
 * shows to be one: one who spoke ("A former clerk at the firm said … “…”"), or, with no named
 * person the paragraph is about or hears before, one of a stated role who asked not to be
 * named or is set against another ("One senior official, who would not be named, was
 * blunter. “…”") — not "A 19-year-old driver was arrested. “…”". (Not a name owning what its
 * sentence opens with: "Blake's garden: “…”".) */
function sourceSubject(p: ParagraphSummary, q: LocalQuote, named: Map<Entity, Known>): Mention | undefined {
  return p.mentions.findLast((m) => {
    if (!m.subject || m.owner || m.entity.start >= q.start) return false;
    const k = named.get(m.entity);
    if (k?.kind === 'person') return true;
    if (k?.kind !== 'anonymous' || !SINGLE_SOURCE.test(k.name) || GROUP_MEMBER.has(k.name)) return false;
    if (m.speaker) return true;
    if (m.entity.kind !== 'anonymous' || !isRoleNoun(k.name.slice(k.name.lastIndexOf(' ') + 1).toLowerCase())) return false;
    const sentence = sentenceFrom(p.text, m.entity.end, q.start);
    if (!ANONYMITY.test(sentence) && !COMPARED.test(sentence) && !PUT_TO.test(sentence)) return false;
    return !p.mentions.some((x) => x.entity.start < m.entity.start && (x.subject || x.speaker) && named.get(x.entity)?.kind === 'person');
  });
}

/** Whom the last sentence reports speaking, found without naming anyone new. */
function reportedBy(p: ParagraphSummary, named: Map<Entity, Known>, state: ResolveState, pid: string): Known | null {
  const e = p.reportsLast;
  if (!e) return null;
  const k = e.kind === 'pronoun' ? (e.name === 'he' || e.name === 'she' ? resolvePronoun(e, LEAD_QUOTE, p, named, state, pid, false) : null) : (namedBefore(e, p, named) ?? named.get(e));
  return k && !isUnintroduced(k) ? state.canon(k) : null;
}

/** Between a full name and the description set off after it: ", ", ", 26, ", ", aged 26, ". */
const NAME_DESCRIPTION_GAP = /^,\s+(?:(?:aged\s+)?\d{1,3},\s+)?$/;
/** "Yonas Gebremedhin, 26, a former teacher, who described the journey": the person a
 * description stands beside, not the description. */
function namedBefore(e: Entity, p: ParagraphSummary, named: Map<Entity, Known>): Known | null {
  if (e.kind !== 'anonymous') return null;
  const m = p.mentions.findLast((x) => x.entity.end <= e.start);
  if (!m || m.entity.kind !== 'person' || !NAME_DESCRIPTION_GAP.test(p.text.slice(m.entity.end, e.start))) return null;
  const k = named.get(m.entity);
  return k?.kind === 'person' ? k : null;
}

/** The last person a sentence of the paragraph is about, for "he"/"she" in the next one. */
function subjectOf(p: ParagraphSummary, named: Map<Entity, Known>, state: ResolveState): Known | null {
  for (let i = p.mentions.length - 1; i >= 0; i--) {
    const m = p.mentions[i] as Mention;
    if (!m.subject) continue;
    const k = named.get(m.entity);
    if (k && k.kind === 'person') return state.canon(k);
  }
  return null;
}
/** `subj` was first named in this paragraph, by full name, and is the only person a sentence
 * after the paragraph's last speech quote is about. */
function newAfterQuotes(p: ParagraphSummary, named: Map<Entity, Known>, subj: Known | null, pid: string): boolean {
  if (!subj || subj.firstParagraphId !== pid || !subj.name.includes(' ')) return false;
  const lastSpeech = p.quotes.findLast((q) => q.kind === 'speech');
  if (!lastSpeech) return false;
  let found = false;
  for (const m of p.mentions) {
    if (!m.subject || m.entity.start < lastSpeech.end) continue;
    const k = named.get(m.entity);
    if (k?.id === subj.id) found = true;
    else if (k?.kind === 'person') return false;
  }
  return found;
}
const LEAD_QUOTE: LocalQuote = { start: 0, end: 0, text: '', closed: true, kind: 'speech', cue: null, how: 'introduced with a colon', about: null };

/** The sources quoted, from the findings and the state at the end of the document. */
export function sourcesOf(
  findings: readonly QuoteFinding[],
  state: ResolveState,
  indexOf: (id: string) => number,
): Source[] {
  return sourcesFromCounts(countQuotes(findings), state, indexOf);
}

/** Speech quotes per source id. */
export function countQuotes(findings: readonly QuoteFinding[], into = new Map<string, number>(), sign = 1): Map<string, number> {
  for (const f of findings) if (f.sourceId && f.kind === 'speech') into.set(f.sourceId, (into.get(f.sourceId) ?? 0) + sign);
  return into;
}

/** The sources quoted, from the quote counts and the state at the end of the document. */
export function sourcesFromCounts(counts: ReadonlyMap<string, number>, state: ResolveState, indexOf: (id: string) => number): Source[] {
  return sortSources(unsortedSources(counts, state, indexOf));
}

/** The sources quoted, in the counts' order (stable while no source is added: a count that
 * falls to zero stays in the map). */
export function unsortedSources(counts: ReadonlyMap<string, number>, state: ResolveState, indexOf: (id: string) => number): Source[] {
  const out: Source[] = [];
  for (const [id, quotes] of counts) {
    const k = state.byKey.get(id);
    if (!quotes || !k) continue;
    out.push({ id, name: k.name, role: k.role, kind: k.kind, quotes, firstIndex: indexOf(k.firstParagraphId), firstParagraphId: k.firstParagraphId });
  }
  return out;
}

/** A sorted copy: by first paragraph, then name. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => a.firstIndex - b.firstIndex || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The same sources with the same figures, in the same order. */
export function sameSources(a: readonly Source[], b: readonly Source[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Source;
    const y = b[i] as Source;
    if (x.id !== y.id || x.name !== y.name || x.role !== y.role || x.kind !== y.kind || x.quotes !== y.quotes || x.firstIndex !== y.firstIndex || x.firstParagraphId !== y.firstParagraphId) return false;
  }
  return true;
}

/** The quotes and sources of the whole document, from its paragraph summaries in order. */
export function resolveQuotes(
  summaries: readonly ParagraphSummary[],
  ids: readonly string[],
): { quotes: QuoteFinding[]; sources: Source[] } {
  const state = new ResolveState();
  const quotes: QuoteFinding[] = [];
  const at = new Map<string, number>();
  summaries.forEach((p, i) => {
    const pid = ids[i] ?? String(i);
    at.set(pid, i);
    for (const f of resolveParagraph(state, p, summaries[i + 1], i, pid)) quotes.push(f);
  });
  return { quotes, sources: sourcesOf(quotes, state, (id) => at.get(id) ?? -1) };
}

function resolveCue(
  q: LocalQuote,
  p: ParagraphSummary,
  named: Map<Entity, Known>,
  reg: ResolveState,
  pid: string,
): Resolved {
  const e = q.cue as Entity;
  const ok = (who: Known | null, note: string): Resolved =>
    who ? { who, status: 'ok', note } : { who: null, status: 'unattributed', note: 'no speaker found' };
  switch (e.kind) {
    case 'document': {
      // "a note from Grierson that read": a personal document from a surname never introduced
      // is as unintroduced as the surname (a statement or a filing may be a body's)
      const from = PERSONAL_DOCUMENT.exec(e.name)?.[1];
      const single: Entity | null = from ? { kind: 'single', start: e.start, end: e.end, name: from, role: null, roles: [], gender: null } : null;
      if (single && !reg.findSingle(single, true) && !reg.seenAlone(from as string))
        return { who: reg.unintroduced(from as string, pid), status: 'unintroduced', note: 'surname never introduced by full name' };
      return ok(named.get(e) ?? null, q.how);
    }
    case 'person':
    case 'body':
      return ok(named.get(e) ?? null, q.how);
    case 'anonymous': {
      // "Opponents of the bill, including the Harlow Medical Society, said": of an unnamed group,
      // the body named as one of it is whom to credit
      const member = bodyAppositive(e, p, named, INCLUDING_GAP);
      return ok(member ?? named.get(e) ?? null, q.how);
    }
    case 'single': {
      const k = named.get(e) ?? reg.findSingle(e, false);
      if (k) return ok(k, q.how);
      // "Mr Oyelaran said in a statement": a titled name is a person, never an organisation
      const body = e.gender === null;
      if (body && (/^\W*(?:said|says)?\s*in an? (?:\w+\s+)?statement/i.test(p.text.slice(e.end)) || /\bstatement\b/.test(q.how)))
        return ok(reg.described('body', e.name, pid), 'said in a statement');
      // "Veltrix said it would …", "Veltrix, which makes …": only an organisation is "it"
      // (not "Smith said it was …": there "it" is what Smith spoke of)
      if (body && /^(?:\s+(?:said|says|added|announced|confirmed)\s+(?:on \w+\s+)?(?:that\s+)?(?:its|it (?:would|will|plans|expects|intends|aims))\b|,\s+which\b)/i.test(p.text.slice(e.end, e.end + 48)))
        return ok(reg.described('body', e.name, pid), 'an organisation ("it")');
      if (body && reg.seenAlone(e.name)) return ok(reg.described('body', e.name, pid), 'named alone earlier');
      const given = reg.givenHolder(e.name, e.gender);
      if (given) return ok(given, 'called by first name');
      return { who: reg.unintroduced(e.name, pid), status: 'unintroduced', note: 'surname never introduced by full name' };
    }
    case 'title': {
      // "Her father was less sure, saying …": a relative known by name, found by family name
      const kin = reg.relativeOf(e, p, named);
      if (kin) return ok(kin, `${e.role}: a relative by family name`);
      // "the Prime Minister": one office, held only by someone whose role names it
      const office = e.role !== null && /^\p{Lu}/u.test(e.role);
      const k = reg.byRole(e.name, e.roles[0], office);
      if (k) return ok(k, `title: the ${e.name}`);
      if (office) return { who: reg.unintroduced(`the ${e.role}`, pid), status: 'unintroduced', note: `no ${e.role} introduced by name` };
      if (e.name in PERSON_NOUNS) return ok(resolvePronoun(e, q, p, named, reg, pid) ?? reg.described('anonymous', `the ${e.name}`, pid), `the ${e.name}`);
      // "the publisher", "the operator": with no person of that role, the kind of body last named
      if (!e.role && BODY_TYPES.has(e.name)) {
        const body = bodyInParagraph(e, p, named, reg, pid) ?? reg.bodyFor(e.name);
        if (body) return ok(body, `the ${e.name}`);
      }
      // "The ex-striker, who scored 96 times, added": a past role no one was introduced with
      // describes the person just quoted, as "he" would
      if (e.name.startsWith('ex-') && !e.role) {
        const who = resolvePronoun({ ...e, name: 'person' }, q, p, named, reg, pid);
        if (who) return { who, status: isUnintroduced(who) ? 'unintroduced' : 'ok', note: `the ${e.name}: the person just quoted` };
      }
      if (e.role) return ok(reg.described('anonymous', e.role, pid), e.role);
      return { who: reg.unintroduced(`the ${e.name}`, pid), status: 'unintroduced', note: `no ${e.name} introduced by name` };
    }
    case 'group':
      return ok(reg.described('anonymous', e.name.replace(/^The\b/, 'the'), pid), q.how);
    case 'bodyRef': {
      // "The drivers' union, the Rail Workers' Federation (RWF), said": a body named in apposition
      // right after the noun is the body the noun means
      const appositive = bodyAppositive(e, p, named);
      if (appositive) return ok(appositive, `the ${e.name}`);
      // "The board of Pennant Mutual rejected …": the body the board is of is the one it means
      const owner = bodyOf(e, p, named);
      if (owner) return ok(owner, `the ${e.name}`);
      // "Airline X offered … but the board said": a body of the paragraph not called by the noun
      // gives way to one whose name holds it
      const here = bodyInParagraph(e, p, named, reg, pid);
      const own = here && !fold(here.name).includes(e.name) ? reg.bodyNaming(e.name) : null;
      // ("Ledgerline was fined by the Conduct Authority for what the regulator called …": the
      // body the sentence is about is the one fined, not the one that regulates)
      const regulator = here && !own && REGULATOR_NOUNS.has(e.name) && !REGULATOR_NAME.test(here.name) ? regulatorFor(e, here, p, named, reg) : null;
      // ("The county board said": with no body known by the noun, the whole phrase names it)
      const phrase = p.text.slice(e.start, e.end).replace(/^The\b/, 'the').replace(/\s+/g, ' ');
      return ok(own ?? regulator ?? here ?? reg.bodyFor(e.name) ?? reg.described('body', /^the [\p{Ll}\s-]+$/u.test(phrase) ? phrase : `the ${e.name}`, pid), `the ${e.name}`);
    }
    case 'documentRef':
      return ok(documentNamed(e, reg, pid), `the ${e.name}`);
    case 'pronoun': {
      // "2,000 demonstrators gathered …" / "“…!” they chanted": the crowd of the paragraph before
      // (one named in this paragraph is the cue already)
      if (e.name === 'they' && reg.lastCrowd && CROWD_VOICE.test(p.text.slice(e.end, e.end + 30)))
        return ok(reg.described('anonymous', reg.lastCrowd, pid), 'the crowd of the paragraph before');
      const who = resolvePronoun(e, q, p, named, reg, pid);
      // "he said" of a surname never introduced is as unintroduced as the surname
      if (who && isUnintroduced(who)) return { who, status: 'unintroduced', note: `pronoun "${e.name}" for a name never introduced` };
      // "she said" about someone of unknown gender tells us theirs (an unnamed "one victim"'s too)
      if (who && (who.kind === 'person' || (who.kind === 'anonymous' && SINGLE_SOURCE.test(who.name))) && !who.gender && (e.name === 'he' || e.name === 'she')) {
        const mine = reg.own(who);
        mine.gender = e.name === 'he' ? 'm' : 'f';
        return ok(mine, `pronoun "${e.name}"`);
      }
      return ok(who, `pronoun "${e.name}"`);
    }
  }
}

/** The document "the report" means: the last one named, when its name holds the noun; else a
 * new one ("the complaint" after "a joint statement" is another document, not the statement). */
function documentNamed(e: Entity, reg: ResolveState, pid: string): Known {
  const last = reg.lastDocument;
  const same = last !== null && (last.name.startsWith('the ') ? fold(last.name) === `the ${e.name}` : wordPattern(e.name).test(last.name));
  return same ? last : reg.described('document', `the ${e.name}`, pid);
}

/** Between a body noun and a body named in apposition to it: ", the " or ", ". */
const APPOSITIVE_GAP = /^,\s+(?:the\s+)?$/i;
/** After an appositive: the comma that closes it, after its initials in brackets or not. */
const APPOSITIVE_CLOSE = /^\s*(?:\([^()]{1,12}\)\s*)?,/;
/** Between an unnamed group and a body named as one of it: ", including the ", ", among them ". */
const INCLUDING_GAP = /^(?:\s+[\p{Ll}'’-]+){0,2},\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?$/iu;
/** A body named between commas straight after the noun ("the union, Unite, said"), or after
 * `gap` ("residents, including the tenants' association, said"). */
function bodyAppositive(e: Entity, p: ParagraphSummary, named: Map<Entity, Known>, gap = APPOSITIVE_GAP): Known | null {
  const m = p.mentions.find((x) => x.entity.start >= e.end);
  if (!m || m.entity.kind !== 'body' || !gap.test(p.text.slice(e.end, m.entity.start))) return null;
  if (!APPOSITIVE_CLOSE.test(p.text.slice(m.entity.end, m.entity.end + 20))) return null;
  const k = named.get(m.entity);
  return k?.kind === 'body' ? k : null;
}

/** Between a body noun and the named body it belongs to: " of ", " of the ". */
const OF_BODY_GAP = /^\s+of\s+(?:the\s+)?$/;
/** "the board of Pennant Mutual": a named body right after its board, joined by "of", is the
 * one the board speaks for (not the last body the story named; but "the tribunal of the
 * Anti-Doping Authority" is a body of its own). */
function bodyOf(e: Entity, p: ParagraphSummary, named: Map<Entity, Known>): Known | null {
  if (e.name !== 'board') return null;
  const m = p.mentions.find((x) => x.entity.start >= e.end);
  if (!m || m.entity.kind !== 'body' || !OF_BODY_GAP.test(p.text.slice(e.end, m.entity.start))) return null;
  const k = named.get(m.entity);
  return k?.kind === 'body' ? k : null;
}

/** "CrossPennine Trains says … “…,” the operator posted": a body that speaks or opens a
 * sentence earlier in the same paragraph is who "the company" or "the operator" is. */
function bodyInParagraph(e: Entity, p: ParagraphSummary, named: Map<Entity, Known>, reg: ResolveState, pid: string): Known | null {
  for (let i = p.mentions.length - 1; i >= 0; i--) {
    const m = p.mentions[i] as Mention;
    if (m.entity.start >= e.start || !(m.speaker || m.subject)) continue;
    const k = named.get(m.entity);
    if (k && k.kind === 'body') return k;
  }
  // "Latchwell said … “…,” the company wrote", "Hezbollah said … the group said": a name no
  // one was introduced with that spoke is the organisation
  if (!COMPANY_REFS.has(e.name)) return null;
  const m = p.mentions.findLast((x) => x.entity.start < e.start && x.speaker && x.entity.kind === 'single' && !named.get(x.entity));
  return m ? reg.described('body', m.entity.name, pid) : null;
}
/** "the regulator" in a paragraph about a body not named as one: a body of the paragraph named
 * as one that regulates, or that fined or punished the body its sentence is about ("Harlow Pay
 * was fined by the Conduct Authority for what the regulator called …"); failing that, the last
 * regulator named, but only when the sentence says the body it is about was fined or punished
 * ("Harlow Pay was fined £2m for what the regulator called …") — not "The Federal Aviation
 * Administration grounded the jets, and the regulator said" after the Palestinian Authority. */
function regulatorFor(e: Entity, here: Known, p: ParagraphSummary, named: Map<Entity, Known>, reg: ResolveState): Known | null {
  for (let i = p.mentions.length - 1; i >= 0; i--) {
    const m = p.mentions[i] as Mention;
    if (m.entity.start >= e.start) continue;
    const k = named.get(m.entity);
    if (k?.kind !== 'body' || k.id === here.id) continue;
    if (REGULATOR_NAME.test(k.name) || PUNISHED_BY.test(p.text.slice(sentenceStart(p.text, m.entity.start), m.entity.start))) return k;
  }
  const at = p.mentions.findLast((m) => named.get(m.entity)?.id === here.id && m.entity.start < e.start);
  if (!at) return null;
  const from = sentenceStart(p.text, e.start);
  return PUNISHED.test(p.text.slice(Math.max(from, at.entity.end), e.start)) ? reg.lastRegulator() : null;
}
const PUNISH_VERBS = '(?:fined|penalised|penalized|sanctioned|censured|reprimanded|punished|banned|suspended|struck\\s+off)';
/** "… was fined £4m by": the agent of a penalty follows. */
const PUNISHED_BY = new RegExp(`\\b${PUNISH_VERBS}\\b[^.!?]*\\bby\\s+(?:the\\s+)?$`, 'i');
/** "… has been fined": the sentence's subject took a penalty. */
const PUNISHED = new RegExp(`\\b(?:was|were|is|are|been|be|being|got|get)\\s+(?:\\p{L}+\\s+)?${PUNISH_VERBS}\\b`, 'iu');
/** Where the sentence holding `at` starts. */
const sentenceStart = (text: string, at: number): number => {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i] ?? '')) return i;
  }
  return 0;
};

/** Nouns only an organisation is called: "the company", "the firm", "the group". */
const COMPANY_REFS = new Set(
  'company corporation firm carmaker retailer airline bank lender insurer manufacturer maker operator developer startup group organisation organization charity agency club team network union coalition alliance movement'.split(' '),
);

/** Body nouns for a club or a business: "the club", "the company". */
const TRADING_KINDS = new Set('club team company firm corporation carmaker retailer airline bank lender insurer manufacturer maker operator developer startup'.split(' '));
/** Words in a body's name that make it a public, governing or member body, not a club or a business. */
const PUBLIC_KINDS = /\b(?:Union|Association)$|\b(?:League|Council|Party|Commission|Committee|Ministry|Department|Authority|Agency|Court|Police|Government|Federation|University|School|Hospital|Tribunal|Inquiry|Embassy|Consulate|Parliament|Assembly|Senate|Congress|Church)\b/;
const otherKind = (name: string): boolean => PUBLIC_KINDS.test(name);

/** Nouns for a body that regulates. */
const REGULATOR_NOUNS = new Set(['regulator', 'watchdog']);
/** Words in the names of bodies that regulate: "… Conduct Authority", "… Exchange Commission". */
const REGULATOR_NAME = /\b(?:Authority|Commission|Regulator|Ombudsman|Inspectorate)\b/;

/** A verb of saying straight after a name ("Robin Kell said"): a person speaking. */
const saidAfter = (text: string, at: number): boolean => {
  const w = /^\s+(\p{Ll}+)/u.exec(text.slice(at, at + 24));
  return w !== null && SPEECH_VERBS.has(w[1] as string);
};
/** The one or two words after a possessive. */
const FIRM_OWNED = /^(?:[’']s?)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** "Coleman Vance's board", "Halden Moss's leadership team": a name owning a body or a part
 * of a company within two words. */
const ownsFirmPart = (text: string, e: Entity): boolean => {
  const tail = text.slice(e.end, e.end + 40);
  if (!/[’']s?$/.test(text.slice(e.start, e.end)) && !/^[’']/.test(tail)) return false;
  const w = FIRM_OWNED.exec(tail);
  return w !== null && [w[1], w[2]].some((x) => x !== undefined && (BODY_NOUNS.has(x) || FIRM_PARTS.has(x)));
};

/** Unnamed people speaking together: "residents", "his family", "two officials". */
const isGroup = (k: Known): boolean => {
  if (k.kind !== 'anonymous' || ONE_OF.test(k.name)) return false;
  const last = k.name.slice(k.name.lastIndexOf(' ') + 1).toLowerCase();
  return TOGETHER.has(last) || (last.endsWith('s') && !last.endsWith('ss'));
};
const ONE_OF = /^(?:a|an|one|another)\s/i;
/** Singular nouns for people who speak together ("the family", "the couple"). */
const TOGETHER = new Set(['family', 'couple', 'pair', 'duo', 'trio']);

/** A document a person writes, from one capitalised word: "note from Grierson" (not a letter
 * or an email, which a body sends as often: "a letter from Barclays"). */
const PERSONAL_DOCUMENT = /^(?:(?:handwritten|short|brief)\s+)?(?:note|text|message)\s+from\s+(\p{Lu}[\p{Ll}'’-]+)$/u;
/** A person known only by a surname or a title ("Musoke", "the curator"). */
const isUnintroduced = (k: Known): boolean =>
  k.kind === 'person' && (!k.name.includes(' ') || k.name.startsWith('the ')) && k.relative !== true && !k.roles.includes(ONE_NAME_ROLE);

/** What a document does after "it": says, finds, describes, … */
const DOCUMENT_VERB_AFTER = /^\s+(?:also\s+)?(?:says|said|states|stated|finds|found|describes|described|concludes|concluded|notes|noted|reads|read|warns|warned|recommends|recommended|calls|called|adds|added|argues|argued)\b/;

function resolvePronoun(
  e: Entity,
  q: LocalQuote,
  p: ParagraphSummary,
  named: Map<Entity, Known>,
  reg: ResolveState,
  pid: string,
  /** May name a surname never introduced (creating that source). */
  unknown = true,
): Known | null {
  const before = p.mentions.filter((m) => m.entity.start < e.start);
  // "The report, published on Tuesday, criticised the council. It says “…”": "it" doing what a
  // document does is the document the sentence before is about, before any body named in it
  // (not "It responded on Friday:", which a body does)
  if (e.name === 'it' && DOCUMENT_VERB_AFTER.test(p.text.slice(e.end, e.end + 24))) {
    const doc = before.findLast((m) => m.entity.kind === 'documentRef' && (m.speaker || m.subject));
    if (doc) return documentNamed(doc.entity, reg, pid);
  }
  if (e.name === 'it' || e.name === 'they') {
    // "The union said Norvale had received grants, money it said should be “…”": a body that
    // speaks in the sentence says the rest of it, not a body it speaks of
    if (e.name === 'it' && SAID_NEXT.test(p.text.slice(e.end, e.end + 12))) {
      const sentenceStart = Math.max(p.text.lastIndexOf('. ', e.start), 0);
      const speaking = before.findLast((m) => m.speaker && m.entity.start >= sentenceStart && (named.get(m.entity)?.kind === 'body' || m.entity.kind === 'bodyRef'));
      const body = speaking && (named.get(speaking.entity) ?? reg.bodyFor(speaking.entity.name) ?? reg.described('body', `the ${speaking.entity.name}`, pid));
      if (body) return body;
    }
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i] as Mention;
      const k = named.get(m.entity);
      // ("In a statement issued through police, they said": one document is "it", never "they")
      if (k && (k.kind === 'body' || (k.kind === 'document' && !(e.name === 'they' && !/s$/.test(k.name))))) return k;
      // "Residents said … “…,” they said"; "The council said … “…,” they added"
      if (e.name === 'they' && k && isGroup(k) && (m.speaker || m.subject)) return k;
      // "A former trustee, who asked not to be named, told the Ledger … “…,” they said": one
      // unnamed source, spoken of as "they"
      // (not when people in the plural were named before: "Protesters gathered. A police officer said …")
      if (e.name === 'they' && k?.kind === 'anonymous' && m.entity.kind === 'anonymous' && SINGLE_SOURCE.test(k.name) && !isGroup(k) && (m.speaker || m.subject) &&
        !p.crowd && !before.some((x) => isGroupKnown(named.get(x.entity))))
        return k;
      // "Kath and Danny Ruddock, who run the shop, said … “…,” they said": a couple speaking
      // together, credited to the one named in full
      const partner = before[i + 1];
      if (e.name === 'they' && (m.speaker || m.subject) && (m.entity.kind === 'single' || m.entity.kind === 'person') && partner?.entity.kind === 'person' &&
        p.text.slice(m.entity.end, partner.entity.start) === ' and ') {
        const both = named.get(partner.entity);
        if (both?.kind === 'person') return both;
      }
      if (m.entity.kind === 'bodyRef' && (m.speaker || m.subject)) {
        const b = reg.bodyFor(m.entity.name);
        if (b) return b;
        // "The embassy said …. It said it was “…”": the body that just spoke, though never named
        if (e.name === 'it' && m.speaker) return reg.described('body', `the ${m.entity.name}`, pid);
      }
    }
    const body = reg.lastThing();
    // "His family called him “…”. “We are heartbroken,” they said": people who spoke together
    if (e.name === 'they') {
      const group = reg.speakers[reg.speakers.length - 1];
      if (group && isGroup(group) && (!body || reg.recent.lastIndexOf(group) > reg.recent.lastIndexOf(body))) return group;
    }
    if (body || e.name === 'it') return body;
    return reg.lastSpeaker(null);
  }
  const want: Gender = e.name === 'she' ? 'f' : e.name === 'he' ? 'm' : (PERSON_NOUNS[e.name] ?? null);
  // ("In a letter to Vale, he wrote": not whom it went to)
  const not = q.cue === e && q.notCue ? new Set(q.notCue.flatMap((x) => named.get(x)?.id ?? [])) : null;
  const person = (m: Mention): Known | null => {
    if (not && (q.notCue?.includes(m.entity) || not.has(named.get(m.entity)?.id ?? ''))) return null;
    const k = named.get(m.entity);
    if (!k && unknown && m.entity.kind === 'single' && !m.owner && (want === 'm' || want === 'f') && fits(m.gender, want) && !reg.seenAlone(m.entity.name))
      return reg.unintroduced(m.entity.name, pid); // "Mr Hebden said … he said": never introduced
    // "His son … said. “…,” he said", "A technician, who …, said … “…,” she said"
    // ("A reader in Leeds has sent us a photo. She says …": the subject of the paragraph's
    // sentence before, of no stated gender, as a speaker would be)
    if (k && k.kind === 'anonymous' && want && (k.gender === want || (k.gender === null && (m.speaker || m.subject))) && SINGLE_SOURCE.test(k.name) && !isGroup(k)) return k;
    return k && k.kind === 'person' && fits(k.gender, want) ? k : null;
  };
  // "The chief inspector for the area said … “…,” she said": a title no one named holds, which the
  // paragraph has speaking, is whom "she" means, as unintroduced as the title itself (not
  // someone quoted in an earlier paragraph); not "her lawyer said", whose "she" may be the client
  const title = (m: Mention): Known | null => {
    const t = m.entity;
    if (t.kind !== 'title' || !m.speaker || named.has(t) || e.kind !== 'pronoun' || !want || t.name in PERSON_NOUNS || BODY_TYPES.has(t.name) ||
      KIN_NOUNS.has(t.name) || /^(?:his|her|their|its|my|our|your)\s/i.test(t.role ?? ''))
      return null;
    const g = describedGender(t.role ?? t.name);
    if (g && g !== want) return null;
    const r = resolveCue({ ...q, cue: t, how: '' }, p, named, reg, pid);
    return r.who && (r.who.kind === 'person' || r.who.kind === 'anonymous') ? r.who : null;
  };
  for (const pick of [(m: Mention) => m.speaker, (m: Mention) => m.subject]) {
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i] as Mention;
      const k = pick(m) ? (person(m) ?? title(m)) : null;
      if (!k) continue;
      // "“…,” Ruiz said. Braddock was unmoved. “…,” he said": a person named as the subject of
      // a sentence after the speaker's takes the pronoun from the speaker
      // ("…,” he added" goes on with the speaker)
      if (m.speaker && !GOES_ON_AFTER.test(p.text.slice(e.end, e.end + 24))) return laterSubject(m, before, i, p, named, person) ?? k;
      return k;
    }
  }
  return reg.lastSpeaker(want, not, e.kind === 'title');
}

/** The named person a sentence after the speaker's mention `sp` (at `at` in `before`) opens on. */
function laterSubject(sp: Mention, before: readonly Mention[], at: number, p: ParagraphSummary, named: Map<Entity, Known>, person: (m: Mention) => Known | null): Known | null {
  for (let i = before.length - 1; i > at; i--) {
    const m = before[i] as Mention;
    if (!m.subject || m.speaker || (m.entity.kind !== 'person' && m.entity.kind !== 'single')) continue;
    if (!SENTENCE_BREAK.test(outsideQuotes(p, sp.entity.end, m.entity.start))) continue;
    // (someone the story has introduced by full name: not "Asked directly, she …" read as a name)
    const known = named.get(m.entity);
    if (!known || known.kind !== 'person' || !known.name.includes(' ')) continue;
    // (only one who answers the speaker: not "Jack Cole died …", "Lee Barton was charged …",
    // "Pryce declined to comment", whom the words are more likely about)
    if (!REACTS_AFTER.test(outsideQuotes(p, m.entity.end, m.entity.end + 80))) continue;
    const k = person(m);
    if (k) return k;
  }
  return null;
}
const SENTENCE_BREAK = /[.!?]\s/;
/** A subject's verb of answering another, or a copula and a word for how he took it: "was
 * unmoved", "was less diplomatic", "hit back" (perhaps after an appositive: ", the manager,"). */
const REACTS_AFTER = /^(?:,[^,.;]{1,60},)?\s+(?:(?:was|were|is|seemed|appeared|remained|sounded)\s+(?:(?:less|more|far|rather|equally|even|just|as|no|not|typically|characteristically|still)\s+){0,2}(?:unmoved|unimpressed|unconvinced|unrepentant|unapologetic|unbowed|undeterred|blunt|blunter|scathing|diplomatic|defiant|adamant|dismissive|sceptical|skeptical|critical|furious|angry|frank|candid|forthright|emphatic|bullish|upbeat|optimistic|cautious|measured|guarded|circumspect|philosophical|withering|combative|contrite|apologetic|bitter|scornful|unequivocal|direct|sanguine|relaxed|unfazed|having)\b|(?:hit|fired|shot)\s+back\b|(?:disagreed|disagrees|responded|responds|replied|replies|countered|counters|retorted|rejected|rejects|dismissed|dismisses|disputed|disputes|bristled|scoffed|shrugged|laughed|reacted|reacts|rebuffed|objected|objects|protested|insisted|insists)\b)/;
/** A verb that goes on with the words before: "he added", "she continued", "he went on". */
const GOES_ON_AFTER = /^[\s,]*(?:\p{Ll}+\s+)?(?:added|adds|continued|continues|went\s+on|goes\s+on)\b/u;
/** The paragraph's text from `from` to `to` with its quotations left out. */
const outsideQuotes = (p: ParagraphSummary, from: number, to: number): string => {
  let out = '';
  let at = from;
  for (const q of p.quotes) {
    if (q.end <= at || q.start >= to) continue;
    out += p.text.slice(at, Math.max(at, q.start));
    at = Math.min(to, q.end);
  }
  return out + p.text.slice(at, to);
};

/** Pseudo-key of the paragraphs that read sources by recency: pronouns, "the mayor", "the
 * company", "the statement", a quotation continued from the previous paragraph. */
export const RECENCY = '*';

/** Which maps of the state a key names: byKey, surnames, givenNames, bodyWords, alone, roleIndex. */
type MapTag = 'k' | 's' | 'g' | 'b' | 'a' | 'r';

const keyed = (st: ResolveState, tag: MapTag): Map<string, Known> | Set<string> =>
  tag === 'k' ? st.byKey : tag === 's' ? st.surnames : tag === 'g' ? st.givenNames : tag === 'b' ? st.bodyWords : tag === 'r' ? st.roleIndex : st.alone;

const sameKnown = (a: Known | undefined, b: Known | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    a.name === b.name &&
    a.role === b.role &&
    a.gender === b.gender &&
    a.firstParagraphId === b.firstParagraphId &&
    a.roles.length === b.roles.length &&
    a.roles.every((r, i) => r === b.roles[i]));

/** Every state key a paragraph can read or write ("k:person:jane doe", "s:doe", …): a
 * paragraph none of whose keys differ between two states resolves the same in both, as long
 * as the bounded parts (recent sources, speakers, the open quote) agree. */
const keyCache = new WeakMap<ParagraphSummary, string[]>();
export function stateKeys(p: ParagraphSummary): string[] {
  let keys = keyCache.get(p);
  if (keys) return keys;
  const out = new Set<string>();
  const single = (name: string): void => {
    out.add(`s:${surnameKey(name)}`);
    out.add(`s:${surnameKey(name)}|m`);
    out.add(`s:${surnameKey(name)}|f`);
    out.add(`b:${fold(name)}`);
    out.add(`a:${fold(name)}`);
    out.add(`g:${fold(name)}`);
    out.add(`k:body:${fold(name)}`);
    out.add(`k:person:${fold(name)}`);
    const stems = familyStems(name);
    for (const w of stems) out.add(`s:${surnameKey(w)}`);
    if (stems.length) out.add(`k:anonymous:${fold(name)}`);
  };
  const entity = (e: Entity): void => {
    if (e.kind === 'person' || e.kind === 'single') for (const r of e.roles) for (const key of roleKeys(r)) out.add(`r:${key}`);
    switch (e.kind) {
      case 'person': {
        out.add(`k:person:${fold(e.name)}`);
        const parts = e.name.split(/\s+/);
        out.add(`s:${surnameKey(parts[parts.length - 1] ?? '')}`);
        out.add(`s:${surnameKey(parts[parts.length - 1] ?? '')}|m`);
        out.add(`s:${surnameKey(parts[parts.length - 1] ?? '')}|f`);
        out.add(`g:${fold(parts[0] ?? '')}`);
        out.add(`b:${fold(parts[0] ?? '')}`);
        out.add(`s:${fold(e.name)}`);
        for (const mid of middleNames(parts)) out.add(`s:${surnameKey(mid)}`);
        break;
      }
      case 'body': {
        const name = e.name.replace(/^The\s+/, '');
        out.add(`k:body:${fold(name)}`);
        for (const w of bodyNameWords(name)) {
          out.add(`b:${fold(w)}`);
          out.add(`b:the ${fold(w)}`);
        }
        break;
      }
      case 'anonymous':
      case 'document':
        out.add(`k:${e.kind}:${fold(e.name)}`);
        break;
      case 'single':
        single(e.name);
        break;
      case 'title': {
        if (e.role) out.add(`k:anonymous:${fold(e.role)}`);
        if (e.role) out.add(`k:person:${fold(`the ${e.role}`)}`);
        out.add(`k:person:${fold(`the ${e.name}`)}`);
        const q = e.roles[0];
        for (const n of [e.name, ...(Object.hasOwn(ROLE_SYNONYMS, e.name) ? (ROLE_SYNONYMS[e.name] ?? []) : [])]) {
          out.add(`r:${fold(n)}`);
          if (q) out.add(`r:${fold(n)}|${fold(q)}`);
        }
        break;
      }
      case 'group':
        out.add(`k:anonymous:${fold(e.name.replace(/^The\b/, 'the'))}`);
        break;
      case 'bodyRef':
        out.add(`k:body:${fold(`the ${e.name}`)}`);
        out.add(`b:the ${fold(e.name)}`);
        break;
      case 'documentRef':
        out.add(`k:document:${fold(`the ${e.name}`)}`);
        break;
      default:
        break;
    }
  };
  const byRecency = (e: Entity | null): boolean =>
    e !== null && (e.kind === 'pronoun' || e.kind === 'title' || e.kind === 'bodyRef' || e.kind === 'documentRef' || (e.kind === 'anonymous' && GROUP_MEMBER.has(e.name)));
  for (const m of p.mentions) entity(m.entity);
  if (p.mentions.some((m) => byRecency(m.entity) && (m.entity.kind === 'anonymous' || (m.entity.kind === 'title' && (m.subject || m.speaker)))))
    out.add(RECENCY);
  for (const q of p.quotes) {
    if (q.cue) entity(q.cue);
    if (q.about) entity(q.about);
  }
  if (p.leadsInto) entity(p.leadsInto);
  // a copy of a remembered paragraph reads what was remembered of it
  if (p.text.length >= ECHO_MIN) {
    out.add(`e:${echoText(p)}`);
    // (and a near copy reads what was remembered of the quotes it shares)
    for (const t of quoteTexts(p)) if (t) out.add(`q:${t}`);
  }
  if (p.opensWithQuote || p.subjectPronouns.length || byRecency(p.leadsInto) || byRecency(p.reportsLast) || p.quotes.some((q) => byRecency(q.cue) || byRecency(q.about) || readByRecency(q))) out.add(RECENCY);
  keys = [...out];
  keyCache.set(p, keys);
  return keys;
}

/** A remembered paragraph of one state and the other's at the same place. */
interface EchoSwap {
  from: Echo;
  to: Echo;
}
const isEchoSwap = (v: Known | string | EchoSwap | undefined): v is EchoSwap => typeof v === 'object' && 'from' in v;
/** Keyed entries where two states differ ("tag:key" → the first state's value). */
export type StateDifference = Map<string, Known | string | EchoSwap | undefined>;

/**
 * The keyed entries where `a` differs from `b`, as "tag:key" → a's value (undefined when a
 * lacks it), and the remembered paragraphs that differ, under "e:" and each one's text; or null
 * when the states differ anywhere else (recent sources, speakers, the open quote, the last body
 * or document, how many paragraphs are remembered), or when a source those name is among the
 * differences.
 */
export function keyedDifference(a: ResolveState, b: ResolveState): StateDifference | null {
  a.settle();
  b.settle();
  if (a.prevOpen !== b.prevOpen || a.announced !== b.announced || a.quotedLast !== b.quotedLast || a.reported !== b.reported || a.subjectNew !== b.subjectNew || a.lastCrowd !== b.lastCrowd) return null;
  const ids = (x: Known | null): string | null => x?.id ?? null;
  if (ids(a.carried) !== ids(b.carried) || ids(a.lastSubject) !== ids(b.lastSubject) || ids(a.lastBody) !== ids(b.lastBody) || ids(a.lastDocument) !== ids(b.lastDocument)) return null;
  const sameList = (x: Known[], y: Known[]): boolean => x.length === y.length && x.every((k, i) => k.id === y[i]?.id);
  if (!sameList(a.recent, b.recent) || !sameList(a.speakers, b.speakers) || a.echoes.length !== b.echoes.length) return null;
  const diff: StateDifference = new Map();
  // a remembered paragraph that differs (its text was edited) matters only to a later copy of
  // it or of its old text; every other paragraph finds, pushes and drops the same entries
  a.echoes.forEach((x, i) => {
    const y = b.echoes[i] as Echo;
    if (sameEcho(x, y)) return;
    const swap: EchoSwap = { from: y, to: x };
    diff.set(`e:${x.text}`, swap);
    diff.set(`e:${y.text}`, swap);
    for (const t of [...x.quotes, ...y.quotes]) if (t) diff.set(`q:${t}`, swap);
  });
  for (const tag of ['k', 's', 'g', 'b', 'r'] as const) {
    const ma = keyed(a, tag) as Map<string, Known>;
    const mb = keyed(b, tag) as Map<string, Known>;
    for (const [key, k] of ma) if (!sameKnown(k, mb.get(key))) diff.set(`${tag}:${key}`, k);
    for (const key of mb.keys()) if (!ma.has(key)) diff.set(`${tag}:${key}`, undefined);
  }
  for (const w of a.alone) if (!b.alone.has(w)) diff.set(`a:${w}`, w);
  for (const w of b.alone) if (!a.alone.has(w)) diff.set(`a:${w}`, undefined);
  // a source whose entry differs, named by the bounded parts: what reads those differs too
  const touched = (k: Known | null): boolean => k !== null && diff.has(`k:${k.id}`);
  if (a.recent.some(touched) || a.speakers.some(touched) || touched(a.carried) || touched(a.lastSubject) || touched(a.lastBody) || touched(a.lastDocument) ||
    a.echoes.some((x) => x.ids.some((id) => id !== null && diff.has(`k:${id}`))))
    diff.set(RECENCY, undefined);
  return diff;
}

/** Frozen copies of a difference's sources, one per id, to patch saved states with. */
export function frozenDifference(diff: StateDifference): StateDifference {
  const copies = new Map<Known, Known>();
  const out: StateDifference = new Map();
  for (const [key, v] of diff) {
    // (remembered paragraphs are never changed once made: shared as they are)
    if (v === undefined || typeof v === 'string' || isEchoSwap(v)) out.set(key, v);
    else {
      let c = copies.get(v);
      if (!c) {
        c = { ...v, roles: [...v.roles], owner: null };
        copies.set(v, c);
      }
      out.set(key, c);
    }
  }
  return out;
}

/** Applies a (frozen) keyed difference to a saved state, in place. */
export function patchState(st: ResolveState, diff: StateDifference): void {
  // (remembered paragraphs are swapped all at once: a list shifted by one swaps each for the next)
  let swaps: Map<Echo, Echo> | null = null;
  for (const [key, v] of diff) {
    if (key === RECENCY) continue;
    if (isEchoSwap(v)) {
      (swaps ??= new Map()).set(v.from, v.to);
      continue;
    }
    const tag = key.charAt(0) as MapTag;
    const k = key.slice(2);
    if (tag === 'a') {
      if (v === undefined) st.alone.delete(k);
      else st.alone.add(k);
      continue;
    }
    const m = keyed(st, tag) as Map<string, Known>;
    if (v === undefined) m.delete(k);
    else m.set(k, v as Known);
  }
  if (swaps) {
    const map = swaps;
    st.echoes = st.echoes.map((x) => map.get(x) ?? x);
  }
}
