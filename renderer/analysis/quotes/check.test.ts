// The incremental check must always agree with the batch analysis, whatever the edit sequence.
import { describe, expect, it } from 'vitest';
import { QuoteCheck, analyzeQuotes } from './index';
import { Doc } from './test-doc';


// Invented paragraphs that lean on each other: introductions, pronouns, titles, continued quotes.
const POOL = [
  'Harbourmaster Ingrid Solberg closed the northern channel on Sunday.',
  '“We will not reopen it until the wreck is lifted,” Solberg told reporters.',
  '“The tide is against us,” she said, “and so is the weather.”',
  'Salvage engineer Kwame Asante-Boateng said the hull was “stable for now”.',
  '“I have seen worse,” he said.',
  'The Coastal Shipping Authority said in a statement that it had “full confidence” in the harbour crew.',
  '“Safety comes first,” it said.',
  'The harbourmaster said the channel would stay shut “for at least a week.”',
  '“Nobody expected this,” Lindqvist said.',
  'A senior port official, who asked not to be named, said the cost could reach “tens of millions.”',
  '“We had three tugs on it by midnight.',
  '“By dawn the ship had settled on the sandbank.”',
  'Fishermen call the sandbank “the Anvil”.',
  'Solberg was blunt: “This was avoidable.”',
  'The statement described the operation as “complex but under control.”',
  'Engineer Tomas Brecht said the pumps failed because of “a cracked seal nobody checked.',
  'Repairs began on Friday.',
  '“It is only a matter of time,” said Marta Oyelaran, a retired pilot.',
  'Port council leader Mira Castellan, who chairs the harbour board, called for calm.',
  '“We will find the money,” the council leader said.',
  '“This is a good day,” said one of the people, a senior port official.',
  '“Nothing will be decided today.”',
  'She said the pilots had not been paid since March.',
  'He told the inquiry he had warned the board twice.',
];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('QuoteCheck', () => {
  it('matches the batch analysis after random inserts, updates, removals and moves', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rand = rng(seed);
      const pick = (n: number) => Math.floor(rand() * n);
      const check = new QuoteCheck();
      const doc = new Doc(check);
      for (let k = 0; k < 40; k++) doc.insert(doc.length, POOL[pick(POOL.length)] as string);
      for (let step = 0; step < 90; step++) {
        const op = pick(4);
        if (op === 0 || doc.length < 3) doc.insert(pick(doc.length + 1), POOL[pick(POOL.length)] as string);
        else if (op === 1) doc.update(pick(doc.length), POOL[pick(POOL.length)] as string);
        else if (op === 2) doc.remove(pick(doc.length));
        else doc.move(pick(doc.length), pick(doc.length - 1));
        // ask only some of the time, so several edits pile up between passes
        if (rand() < 0.6) {
          const batch = analyzeQuotes(doc.paragraphs());
          expect(check.findings(doc)).toEqual(batch.quotes);
          expect(check.sources(doc)).toEqual(batch.sources);
        }
      }
      const batch = analyzeQuotes(doc.paragraphs());
      expect(check.findings(doc)).toEqual(batch.quotes);
      expect(check.sources(doc)).toEqual(batch.sources);
    }
  });

  it('updates speakers that depend on an edited introduction further up', () => {
    const check = new QuoteCheck();
    const doc = new Doc(check);
    doc.insert(0, 'Harbourmaster Ingrid Solberg closed the channel.');
    for (let k = 0; k < 100; k++) doc.insert(doc.length, 'The weather stayed calm all week.');
    doc.insert(doc.length, '“We will reopen soon,” Solberg said.');
    expect(check.findings(doc).map((q) => [q.speaker, q.status, q.index])).toEqual([['Ingrid Solberg', 'ok', 101]]);
    doc.update(0, 'The harbourmaster closed the channel.');
    expect(check.findings(doc).map((q) => [q.speaker, q.status])).toEqual([['Solberg', 'unintroduced']]);
    doc.remove(1);
    expect(check.findings(doc).map((q) => q.index)).toEqual([100]);
  });

  it('re-resolves only the paragraphs near a one-paragraph edit in a 10,000-paragraph article', () => {
    // (work, not time: speed is measured by `npm run bench`, never asserted)
    const check = new QuoteCheck();
    const doc = new Doc(check);
    for (let k = 0; k < 10_000; k++) doc.insert(k, POOL[k % POOL.length] as string);
    check.findings(doc);
    const passes: number[] = [];
    for (let k = 0; k < 41; k++) {
      const at = (k * 977) % doc.length;
      doc.update(at, `${doc.textOf(doc.idAt(at))} Officials added more detail.`);
      check.findings(doc);
      passes.push(check.lastPassSize);
    }
    passes.sort((a, b) => a - b);
    // from the saved state before the edit to where the states agree again: a few dozen at most
    expect(passes[20]).toBeGreaterThan(0);
    expect(passes[20]).toBeLessThan(200);
  });

  it('re-resolves only the paragraphs near a typo in a place name mentioned all through a long article', () => {
    // (a place read as a person made every later mention read the changed name, all the way down)
    const check = new QuoteCheck();
    const doc = new Doc(check);
    for (let k = 0; k < 3000; k++) doc.insert(k, k % 7 === 0 ? `Work on the ${k}th culvert in Bramley Cross began on Monday.` : (POOL[k % POOL.length] as string));
    check.findings(doc);
    doc.update(1512, 'Work on the 1512th culvert in Bramley Croess began on Monday.');
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(check.lastPassSize).toBeGreaterThan(0);
    expect(check.lastPassSize).toBeLessThan(200);
  });

  it('finds a paragraph thousands below that reads a name typed in, through inserts and removals', () => {
    const check = new QuoteCheck();
    const doc = new Doc(check);
    doc.insert(0, 'The weather stayed calm all week.');
    // other people come and go, so whoever the first paragraph names is soon out of recent memory
    const given = ['Anna', 'Boris', 'Chiara', 'Dev', 'Elif', 'Femi', 'Greta'];
    const family = ['Berg', 'Castro', 'Duarte', 'Eze', 'Faro', 'Gill', 'Haas', 'Ito', 'Jansen', 'Kova', 'Lund'];
    for (let k = 0; k < 3000; k++)
      doc.insert(doc.length, k % 2 ? 'Repairs began on Friday.' : `Clerk ${given[k % given.length]} ${family[k % family.length]} said the minutes were filed.`);
    doc.insert(doc.length, '\u201CNobody expected this,\u201D Lindqvist said.');
    const last = () => check.findings(doc).map((q) => [q.speaker, q.status]).at(-1);
    expect(last()).toEqual(['Lindqvist', 'unintroduced']);
    // the name typed into the first paragraph is read only by the last one
    doc.update(0, 'Pilot Nils Lindqvist said the weather stayed calm all week.');
    expect(last()).toEqual(['Nils Lindqvist', 'ok']);
    expect(check.lastPassSize).toBeLessThan(200);
    // paragraphs removed and inserted between keep the index of readers in step
    doc.remove(1500);
    doc.insert(10, '\u201CWe saw nothing,\u201D Lindqvist said.');
    doc.update(0, 'The weather stayed calm all week.');
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(last()).toEqual(['Lindqvist', 'unintroduced']);
    doc.remove(10);
    doc.update(0, 'Pilot Nils Lindqvist said the weather stayed calm all week.');
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(last()).toEqual(['Nils Lindqvist', 'ok']);
  });

  it('types into a remembered paragraph without re-reading everything it is remembered for', () => {
    // a paragraph whose quote goes by recency ("she said") is remembered, so that a pasted copy
    // goes to the same speaker; typing into it changes only what its copies would read
    const check = new QuoteCheck();
    const doc = new Doc(check);
    for (let k = 0; k < 600; k++) {
      if (k % 6 === 0) doc.insert(doc.length, `Councillor Mira Castellan${k % 12 ? '' : ' of the harbour board'} spoke at meeting ${k}.`);
      else if (k % 6 === 3) doc.insert(doc.length, `\u201CThe harbour needs ${k} more berths before the season begins,\u201D she said.`);
      else doc.insert(doc.length, `Repairs on pier ${k} began on Friday.`);
    }
    doc.insert(360, doc.textOf(doc.idAt(303)));
    const last = () => check.findings(doc).find((q) => q.index === 360)?.note;
    expect(last()).toBe('as in the earlier copy of this paragraph');
    const typed = (at: number) => doc.update(at, doc.textOf(doc.idAt(at)).replace('berths', 'berthss'));
    typed(303);
    check.findings(doc);
    expect(check.lastPassSize).toBeLessThan(80);
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(last()).not.toBe('as in the earlier copy of this paragraph');
    // and the copy typed the same way is a copy again
    typed(360);
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(last()).toBe('as in the earlier copy of this paragraph');
  });

  it('matches the batch analysis after reset(doc) and random edits far apart in a long article', () => {
    // long enough that saved states, skips past unaffected paragraphs and bounded memories all matter
    for (let seed = 11; seed <= 14; seed++) {
      const rand = rng(seed);
      const pick = (n: number) => Math.floor(rand() * n);
      const check = new QuoteCheck();
      const doc = new Doc(check);
      doc.load(400, () => POOL[pick(POOL.length)] as string);
      check.reset(doc);
      let batch = analyzeQuotes(doc.paragraphs());
      expect(check.findings(doc)).toEqual(batch.quotes);
      expect(check.sources(doc)).toEqual(batch.sources);
      const extra = [
        'Pilot Marek Oduya said the channel was “clear by noon”.',
        'The Harbour Pilots Guild said in a statement it would review the night.',
        '“We will see,” she said.',
        '“Ask the guild,” Oduya said.',
      ];
      for (let step = 0; step < 60; step++) {
        const op = pick(5);
        const text = rand() < 0.5 ? (extra[pick(extra.length)] as string) : (POOL[pick(POOL.length)] as string);
        if (op === 0) doc.insert(pick(doc.length + 1), text);
        else if (op <= 2) doc.update(pick(doc.length), text);
        else if (op === 3) doc.remove(pick(doc.length));
        else doc.move(pick(doc.length), pick(doc.length - 1));
        if (rand() < 0.7) {
          batch = analyzeQuotes(doc.paragraphs());
          expect(check.findings(doc)).toEqual(batch.quotes);
          expect(check.sources(doc)).toEqual(batch.sources);
        }
      }
    }
  });

  it('keeps its sources list through edits that change no count and renews it on those that do', () => {
    // text-only edits in a long article, where most passes stop early and keep the sources
    for (let seed = 21; seed <= 24; seed++) {
      const rand = rng(seed);
      const pick = (n: number) => Math.floor(rand() * n);
      const check = new QuoteCheck();
      const doc = new Doc(check);
      doc.load(300, () => POOL[pick(POOL.length)] as string);
      check.reset(doc);
      let kept = 0;
      let renewed = 0;
      for (let step = 0; step < 80; step++) {
        const before = check.sources(doc);
        const at = pick(doc.length);
        const text = doc.texts.get(doc.ids[at] as string) as string;
        // a word typed in, or the paragraph swapped for another (which may move a quote)
        doc.update(at, rand() < 0.6 ? text.replace(' ', ' quite ') : (POOL[pick(POOL.length)] as string));
        const batch = analyzeQuotes(doc.paragraphs());
        expect(check.findings(doc)).toEqual(batch.quotes);
        const after = check.sources(doc);
        expect(after).toEqual(batch.sources);
        if (after === before) kept++;
        else renewed++;
      }
      expect(kept).toBeGreaterThan(0);
      expect(renewed).toBeGreaterThan(0);
    }
  });

  it('renews the sources when an edit changes how a quoted source was introduced, long after her only quote', () => {
    const check = new QuoteCheck();
    const doc = new Doc(check);
    doc.load(300, (k) => `Divers checked section ${k} of the channel wall and found it sound.`);
    doc.texts.set('s5', 'Harbourmaster Ingrid Solberg closed the northern channel on Sunday.');
    doc.texts.set('s6', '“We will not reopen it until the wreck is lifted,” Solberg told reporters.');
    // sixteen divers quoted after her: she leaves the recent sources, and nothing reads her again
    const first = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elsa', 'Farid', 'Greta', 'Hugo', 'Irma', 'Jonas', 'Kaja', 'Lars', 'Mona', 'Nils', 'Olga', 'Pavel'];
    const last = ['Arnesen', 'Berglund', 'Carlsen', 'Dahl', 'Eriksen', 'Fosse', 'Gundersen', 'Holm', 'Iversen', 'Jansen', 'Kvist', 'Lunde', 'Moen', 'Nygaard', 'Olsen', 'Pedersen'];
    first.forEach((name, i) => doc.texts.set(`s${8 + i * 2}`, `“The wall held,” said ${name} ${last[i]}, a diver.`));
    check.reset(doc);
    const role = () => check.sources(doc).find((x) => x.name === 'Ingrid Solberg')?.role;
    expect(role()).toMatch(/harbourmaster/i);
    doc.update(5, 'Port captain Ingrid Solberg closed the northern channel on Sunday.');
    expect(check.findings(doc)).toEqual(analyzeQuotes(doc.paragraphs()).quotes);
    expect(check.sources(doc)).toEqual(analyzeQuotes(doc.paragraphs()).sources);
    expect(role()).toMatch(/port captain/i);
  });
});
