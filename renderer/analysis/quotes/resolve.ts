// The cross-paragraph pass: walks the cached paragraph summaries in order, keeps who has been
// introduced so far, and turns each quote's local cue (a name, a pronoun, "the mayor", "it",
// "the statement", a continued quotation) into a source and a status.
import type { QuoteFinding, QuoteStatus, Source, SourceKind } from '../types';
import type { LocalQuote, Mention, ParagraphSummary } from './attribution';
import type { Entity, Gender } from './people';
import { ORG_WORDS, NON_NAMES, ROLE_SYNONYMS } from './lexicon';

interface Known {
  id: string;
  name: string;
  kind: SourceKind;
  role: string | null;
  roles: string[];
  gender: Gender;
  firstIndex: number;
  firstParagraphId: string;
  seen: number;
  quotes: number;
}

interface Resolved {
  who: Known | null;
  status: QuoteStatus;
  note: string;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '');
const surnameKey = (w: string): string => fold(w).replace(/^(?:al|el|ad|ar|as|an|at|az)-/, '');
const fits = (g: Gender, want: Gender): boolean => want === null || g === null || g === want;

class Registry {
  private byKey = new Map<string, Known>();
  private surnames = new Map<string, Known>();
  private bodyWords = new Map<string, Known>();
  private people: Known[] = [];
  private bodies: Known[] = [];
  private speakers: Known[] = [];
  private clock = 0;
  lastDocument: Known | null = null;
  lastBody: Known | null = null;
  readonly all: Known[] = [];

  private make(kind: SourceKind, name: string, index: number, pid: string): Known {
    const id = `${kind}:${fold(name)}`;
    let k = this.byKey.get(id);
    if (!k) {
      k = { id, name, kind, role: null, roles: [], gender: null, firstIndex: index, firstParagraphId: pid, seen: 0, quotes: 0 };
      this.byKey.set(id, k);
      this.all.push(k);
      if (kind === 'person' || kind === 'anonymous') this.people.push(k);
      if (kind === 'body') this.bodies.push(k);
    }
    k.seen = ++this.clock;
    return k;
  }

  private note(k: Known, e: Entity, gender: Gender): void {
    for (const r of e.roles) if (!k.roles.includes(r)) k.roles.push(r);
    if (!k.role && e.role) k.role = e.role;
    if (!k.gender && gender) k.gender = gender;
  }

  /** Records a mention; returns the source it names, when it names one. */
  register(m: Mention, index: number, pid: string): Known | null {
    const e = m.entity;
    switch (e.kind) {
      case 'person': {
        const k = this.make('person', e.name, index, pid);
        this.note(k, e, m.gender);
        const parts = e.name.split(/\s+/);
        const last = parts[parts.length - 1];
        if (last) this.surnames.set(surnameKey(last), k);
        this.surnames.set(fold(e.name), k);
        return k;
      }
      case 'body': {
        const name = e.name.replace(/^The\s+/, '');
        const k = this.make('body', name, index, pid);
        for (const w of name.split(/\s+/)) {
          const f = fold(w);
          if (!ORG_WORDS.has(f) && !NON_NAMES.has(f) && !this.bodyWords.has(f)) this.bodyWords.set(f, k);
        }
        this.lastBody = k;
        return k;
      }
      case 'anonymous': {
        const k = this.make('anonymous', e.name, index, pid);
        k.roles.push(e.name);
        return k;
      }
      case 'document': {
        const k = this.make('document', e.name, index, pid);
        this.lastDocument = k;
        return k;
      }
      case 'single': {
        const k = this.lookupSingle(e.name);
        if (k) {
          k.seen = ++this.clock;
          this.note(k, e, m.gender);
          if (k.kind === 'body') this.lastBody = k;
        }
        return k;
      }
      default:
        return null;
    }
  }

  lookupSingle(word: string): Known | null {
    return this.surnames.get(surnameKey(word)) ?? this.bodyWords.get(fold(word)) ?? null;
  }

  heard(k: Known): void {
    k.seen = ++this.clock;
    const at = this.speakers.indexOf(k);
    if (at >= 0) this.speakers.splice(at, 1);
    this.speakers.push(k);
    if (this.speakers.length > 12) this.speakers.shift();
    if (k.kind === 'body') this.lastBody = k;
  }

  /** "the judge" → the latest introduced person or anonymous source with that role. */
  byRole(noun: string): Known | null {
    const wants = [noun, ...(ROLE_SYNONYMS[noun] ?? [])];
    let best: Known | null = null;
    for (const k of this.people) {
      const hit = k.roles.some((r) => wants.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(r)));
      if (hit && (!best || k.seen > best.seen)) best = k;
    }
    return best;
  }

  bodyFor(noun: string): Known | null {
    let best: Known | null = null;
    for (const k of this.bodies) if (fold(k.name).includes(noun) && (!best || k.seen > best.seen)) best = k;
    if (best) return best;
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (s?.kind === 'body') return s;
    }
    return this.bodies[0] ?? null;
  }

  lastSpeaker(gender: Gender): Known | null {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i];
      if (s && s.kind === 'person' && fits(s.gender, gender)) return s;
    }
    return null;
  }

  unintroduced(name: string, index: number, pid: string): Known {
    return this.make('person', name, index, pid);
  }

  described(kind: SourceKind, name: string, index: number, pid: string): Known {
    return this.make(kind, name, index, pid);
  }
}

/** The quotes and sources of the whole document, from its paragraph summaries in order. */
export function resolveQuotes(
  summaries: readonly ParagraphSummary[],
  ids: readonly string[],
): { quotes: QuoteFinding[]; sources: Source[] } {
  const reg = new Registry();
  const quotes: QuoteFinding[] = [];
  let carried: Known | null = null; // speaker of a quotation left open at the end of a paragraph
  let prevOpen = false;

  for (let i = 0; i < summaries.length; i++) {
    const p = summaries[i];
    const pid = ids[i] ?? String(i);
    if (!p) continue;
    const named = new Map<Entity, Known>();
    for (const m of p.mentions) {
      const k = reg.register(m, i, pid);
      if (k) named.set(m.entity, k);
    }
    if (!p.quotes.length) {
      for (const m of p.mentions) {
        const k = named.get(m.entity);
        if (k && m.speaker) reg.heard(k);
      }
      prevOpen = false;
      carried = null;
      continue;
    }
    const next = summaries[i + 1];
    const continues = prevOpen && p.opensWithQuote;
    const results: Array<Resolved | null> = p.quotes.map((q, qi) => {
      if (q.kind !== 'speech') return null;
      if (q.cue) return resolveCue(q, p, named, reg, i, pid);
      if (qi === 0 && continues && carried) return { who: carried, status: 'ok', note: 'continues the quotation from the previous paragraph' };
      return null;
    });
    // quotes with no words of their own share their paragraph neighbour's speaker
    p.quotes.forEach((q, qi) => {
      if (q.kind !== 'speech' || results[qi]) return;
      const near = [...results.slice(0, qi)].reverse().find((r) => r?.who) ?? results.slice(qi + 1).find((r) => r?.who);
      if (near?.who) {
        results[qi] = { who: near.who, status: near.status === 'unintroduced' ? 'unintroduced' : 'ok', note: 'same speaker as the other quote in the paragraph' };
        return;
      }
      const subject = p.mentions.find((m) => m.subject && m.entity.start < q.start && named.get(m.entity)?.kind === 'person');
      const k = subject ? named.get(subject.entity) : undefined;
      results[qi] = k
        ? { who: k, status: 'ok', note: 'speaker inferred from the paragraph' }
        : { who: null, status: 'unattributed', note: 'no speaker found' };
    });
    p.quotes.forEach((q, qi) => {
      const r = results[qi];
      const isLast = qi === p.quotes.length - 1;
      let status: QuoteStatus = r?.status ?? 'ok';
      let note = r?.note ?? 'name, title or scare quote';
      if (q.kind === 'speech' && !q.closed && !(isLast && next?.opensWithQuote)) {
        status = 'unbalanced';
        note = 'opening quotation mark is never closed';
      }
      const who = r?.who ?? null;
      if (who && q.kind === 'speech') {
        who.quotes++;
        reg.heard(who);
      }
      quotes.push({
        paragraphId: pid,
        index: i,
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
    prevOpen = p.leavesOpen;
    carried = lastQ && !lastQ.closed ? (lastR?.who ?? null) : null;
    for (const m of p.mentions) {
      const k = named.get(m.entity);
      if (k && m.speaker && !k.quotes) reg.heard(k);
    }
  }
  const sources: Source[] = reg.all
    .filter((k) => k.quotes > 0)
    .map((k) => ({
      id: k.id,
      name: k.name,
      role: k.role,
      kind: k.kind,
      quotes: k.quotes,
      firstIndex: k.firstIndex,
      firstParagraphId: k.firstParagraphId,
    }));
  return { quotes, sources };
}

function resolveCue(
  q: LocalQuote,
  p: ParagraphSummary,
  named: Map<Entity, Known>,
  reg: Registry,
  index: number,
  pid: string,
): Resolved {
  const e = q.cue as Entity;
  const ok = (who: Known | null, note: string): Resolved =>
    who ? { who, status: 'ok', note } : { who: null, status: 'unattributed', note: 'no speaker found' };
  switch (e.kind) {
    case 'person':
    case 'body':
    case 'anonymous':
    case 'document':
      return ok(named.get(e) ?? null, q.how);
    case 'single': {
      const k = named.get(e) ?? reg.lookupSingle(e.name);
      if (k) return ok(k, q.how);
      if (/^\W*(?:said|says)?\s*in an? (?:\w+\s+)?statement/i.test(p.text.slice(e.end)) || /\bstatement\b/.test(q.how))
        return ok(reg.described('body', e.name, index, pid), 'said in a statement');
      return { who: reg.unintroduced(e.name, index, pid), status: 'unintroduced', note: 'surname never introduced by full name' };
    }
    case 'title': {
      const k = reg.byRole(e.name);
      if (k) return ok(k, `title: the ${e.name}`);
      return { who: reg.unintroduced(`the ${e.name}`, index, pid), status: 'unintroduced', note: `no ${e.name} introduced by name` };
    }
    case 'group':
      return ok(reg.described('anonymous', e.name.replace(/^The\b/, 'the'), index, pid), q.how);
    case 'bodyRef':
      return ok(reg.bodyFor(e.name) ?? reg.described('body', `the ${e.name}`, index, pid), `the ${e.name}`);
    case 'documentRef':
      return ok(reg.lastDocument ?? reg.described('document', `the ${e.name}`, index, pid), `the ${e.name}`);
    case 'pronoun':
      return ok(resolvePronoun(e, q, p, named, reg), `pronoun "${e.name}"`);
  }
}

function resolvePronoun(e: Entity, q: LocalQuote, p: ParagraphSummary, named: Map<Entity, Known>, reg: Registry): Known | null {
  const before = p.mentions.filter((m) => m.entity.start < e.start);
  if (e.name === 'it' || e.name === 'they') {
    for (let i = before.length - 1; i >= 0; i--) {
      const k = named.get((before[i] as Mention).entity);
      if (k && (k.kind === 'body' || k.kind === 'document')) return k;
    }
    return reg.lastBody ?? reg.lastDocument;
  }
  const want: Gender = e.name === 'she' ? 'f' : 'm';
  const person = (m: Mention): Known | null => {
    const k = named.get(m.entity);
    return k && k.kind === 'person' && fits(k.gender, want) ? k : null;
  };
  for (const pick of [(m: Mention) => m.speaker, (m: Mention) => m.subject]) {
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i] as Mention;
      const k = pick(m) ? person(m) : null;
      if (k) return k;
    }
  }
  void q;
  return reg.lastSpeaker(want);
}
