// Attribution rules on invented copy: each rule with a case it must read and one it must not.
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from './index';
import { entitiesIn } from './people';

const run = (...texts: string[]) => analyzeQuotes(texts.map((text, i) => ({ id: `p${i}`, text })));
const who = (...texts: string[]) => run(...texts).quotes.map((q) => [q.speaker, q.status]);
const ents = (s: string) => entitiesIn(s, 0, s.length).map((e) => [e.kind, e.name]);

describe('titles before a name', () => {
  it('reads office titles inside a capitalised run, a place in it or not', () => {
    expect(
      who(
        'Harlow County Sheriff Dana Weyland said the bridge was closed overnight.',
        '“Nobody crosses until the engineers sign it off,” Weyland said.',
      ),
    ).toEqual([['Dana Weyland', 'ok']]);
    expect(ents('Managing Director Priya Castellane spoke first.')).toEqual([['person', 'Priya Castellane']]);
    expect(ents('State Comptroller Eli Barrow spoke first.')).toEqual([['person', 'Eli Barrow']]);
    expect(ents('Millbrook Township Clerk Ann Yost spoke first.')).toEqual([['person', 'Ann Yost']]);
    // a given name opening a three-word name is no title, even when shaped like a role
    expect(ents('Peter Hollis Vance spoke first.')).toEqual([['person', 'Peter Hollis Vance']]);
    // a place run with no title in it is still no one
    expect(ents('Harlow County Fairground opened.')).toEqual([]);
  });

  it('reads a weekday after a title as a given name, not elsewhere', () => {
    expect(ents('The commissioner, Engr. Sunday Okpara, visited the site.')).toContainEqual(['person', 'Sunday Okpara']);
    expect(ents('Hon. Monday Adaji spoke.')).toEqual([['person', 'Monday Adaji']]);
    expect(ents('On Sunday Okpara spoke.')).toEqual([['single', 'Okpara']]);
  });
});

describe('participles opening a sentence', () => {
  it('does not take "Speaking at …" for a name, but keeps a surname ending in -ing before its verb', () => {
    expect(
      who(
        'The village headman, Chief Ode Akpan, met the visitors on Monday.',
        'Speaking at the market, Akpan said: “We have waited long enough.”',
      ),
    ).toEqual([['Ode Akpan', 'ok']]);
    expect(ents('Speaking at the market, the chief said it.').map((e) => e[1])).not.toContain('Speaking');
    expect(ents('Fleming said the vote was close.')).toEqual([['single', 'Fleming']]);
  });
});

describe('role synonyms and qualifiers', () => {
  it('matches "the monarch" to a ruler and "the Kinloch boss" to the Kinloch manager', () => {
    expect(
      who(
        'The traditional ruler of Abari, Oba Femi Adeyemo, received the delegation.',
        '“We have asked for a road for ten years,” the monarch said.',
      ),
    ).toEqual([['Femi Adeyemo', 'ok']]);
    expect(
      who(
        'Kinloch manager Ross Tennant and Bray manager Ewan Pile shook hands.',
        'The Kinloch boss said the pitch was “a disgrace”.',
      ),
    ).toEqual([['Ross Tennant', 'ok']]);
    // "boss said" is one boss, not a crowd of "bos"
    expect(ents('The boss said no.')).toEqual([['title', 'boss']]);
    // a boss no one was introduced as stays unintroduced
    expect(who('“It was a long season,” the boss said.')).toEqual([['the boss', 'unintroduced']]);
  });
});
