import { describe, expect, it } from 'vitest';
import { DuplicateCheck, findDuplicates } from './index';
import { ArrayDoc, paragraphs, pick, seededRandom } from './test-support';

// Invented copy for the tests.
const FERRY =
  'The harbour board voted on Monday to suspend the night ferry to Dunmore Island for the winter, saying the service lost money on nine crossings out of ten.';
const FERRY_CURLY =
  'The harbour board voted on Monday to suspend the night ferry to Dunmore Island for the winter,  saying the service lost money on nine crossings out of ten.';
const QUOTE = '"We cannot keep running an empty boat," said board chair Ruth Okafor. "The money has to go where the passengers are."';
const QUOTE_CURLY = '\u201CWe cannot keep running an empty boat,\u201D said board chair Ruth Okafor. \u201CThe money has to go where the passengers are.\u201D';
const FILLER = [
  'Islanders who commute to jobs on the mainland said they would now have to leave home before dawn to catch the first morning sailing.',
  'The board said it would review the timetable in March, when tourist numbers usually begin to rise again.',
  'A petition against the suspension had gathered more than 2,000 signatures by Sunday evening, organisers said.',
  'The ferry operator, Westline Marine, has run the route under contract since 2014.',
];
const FIGURES =
  'Figures released by the board show that the night crossing carried an average of 14 passengers last winter, against 212 on the busiest summer sailings, while fuel and crew costs rose by almost a fifth over the same period.';

function pairs(texts: string[]): string[] {
  return findDuplicates(paragraphs(...texts)).map((d) => `${d.index}>${d.ofIndex} ${d.kind}`);
}

describe('findDuplicates: copies', () => {
  it('reports exact copies whatever their quote marks and spacing, with similarity 1', () => {
    const found = findDuplicates(paragraphs(FERRY, QUOTE, ...FILLER, FERRY_CURLY, QUOTE_CURLY));
    expect(found).toEqual([
      { paragraphId: 'p6', index: 6, ofId: 'p0', ofIndex: 0, kind: 'exact', similarity: 1 },
      { paragraphId: 'p7', index: 7, ofId: 'p1', ofIndex: 1, kind: 'exact', similarity: 1 },
    ]);
  });

  it('reports a copy with a changed word as near, with similarity below 1', () => {
    const edited = FERRY.replace('suspend', 'halt');
    const [d] = findDuplicates(paragraphs(FERRY, ...FILLER, edited));
    expect(d).toMatchObject({ index: 5, ofIndex: 0, kind: 'near' });
    expect(d?.similarity).toBeGreaterThan(0.8);
    expect(d?.similarity).toBeLessThan(1);
  });

  it('reports a long paragraph with one changed number as a near copy', () => {
    expect(pairs([FIGURES, ...FILLER, FIGURES.replace('14 passengers', '16 passengers')])).toEqual(['5>0 near']);
  });

  it('reports copies with a clause added or dropped', () => {
    const added = FERRY.replace('for the winter,', 'for the winter, despite protests from islanders,');
    const dropped = FIGURES.replace(', while fuel and crew costs rose by almost a fifth over the same period', '');
    expect(pairs([FERRY, FIGURES, ...FILLER, added, dropped])).toEqual(['6>0 near', '7>1 near']);
  });

  it('reports a copy with its sentences reordered', () => {
    const two = `${FILLER[0]} ${FILLER[1]}`;
    const swapped = `${FILLER[1]} ${FILLER[0]}`;
    expect(pairs([two, FERRY, swapped])).toEqual(['2>0 near']);
  });

  it('reads "£2.3m" and "£2.3 million" as one figure, so a copy reworded in several places is still near', () => {
    const original =
      'The 31-year-old, who has run the bakery on Quay Street for nine years, is understood to have turned down an offer worth £2.3 million from a national chain on Friday evening.';
    const edited =
      'The 31-year-old, who has run the bakery on Quay Street for nine years, is understood to have rejected an offer worth £2.3m from a national chain on Friday night.';
    expect(pairs([original, ...FILLER, edited])).toEqual(['5>0 near']);
    // (a million is not a billion: the same paragraph with the figure changed stays apart)
    expect(pairs([original, ...FILLER, edited.replace('£2.3m', '£2.3bn')])).toEqual([]);
  });

  it('reads a place and its adjective, or a possessive, as one name, so a house-style edit with a changed figure is still near', () => {
    const original =
      "The levy, which takes effect at midnight on Sunday, covers about $4.2 billion of annual imports, according to figures from Veloria's trade ministry.";
    const edited =
      'The levy, which takes effect at midnight Sunday, covers about $4.3 billion of annual imports, according to figures from the Veloran trade ministry.';
    expect(pairs([original, ...FILLER, edited])).toEqual(['5>0 near']);
    // (another country with the figure changed is another fact)
    expect(pairs([original, ...FILLER, edited.replace('Veloran', 'Marish')])).toEqual([]);
  });

  it('keeps names that only look alike apart: another country, another person', () => {
    const line = (name: string) => `Travellers to ${name} were warned on Monday to expect long delays at the border this weekend.`;
    for (const [a, b] of [['Austria', 'Australia'], ['Niger', 'Nigeria'], ['Paul', 'Paula'], ['Martin', 'Martinez'], ['Indiana', 'Indian'], ['Maria', 'Mario'], ['Hamas', 'Hamad']])
      expect(pairs([line(a as string), ...FILLER, line(b as string)])).toEqual([]);
    // (while a country and its adjective are one name)
    expect(pairs([line('Canada'), ...FILLER, line('Canadian ports')])).toEqual(['5>0 near']);
  });

  it('reports both halves of a paragraph split in two against the original', () => {
    const whole = `${FILLER[0]} ${FILLER[2]}`;
    expect(pairs([whole, FERRY, FILLER[0] ?? '', FILLER[2] ?? ''])).toEqual(['2>0 near', '3>0 near']);
  });

  it('reports a merged paragraph against the earlier of its two sources', () => {
    expect(pairs([FILLER[0] ?? '', FERRY, FILLER[1] ?? '', `${FILLER[0]} ${FILLER[1]}`])).toEqual(['3>0 near']);
  });

  it('reports every later copy against the earliest original, not the previous copy', () => {
    const found = findDuplicates(paragraphs(FERRY, FILLER[0] ?? '', FERRY_CURLY, FILLER[1] ?? '', FERRY.replace('Monday', 'Tuesday')));
    expect(found.map((d) => [d.index, d.ofIndex, d.kind])).toEqual([
      [2, 0, 'exact'],
      [4, 0, 'near'],
    ]);
  });
});

describe('findDuplicates: look-alikes that are not copies', () => {
  it('ignores formulaic score lines about different matches', () => {
    expect(
      pairs([
        'Harwick Rovers beat Stenmouth Albion 3-1 on Saturday, with two goals in the second half from their captain.',
        'Dunmore United beat Pellbridge Town 2-0 on Saturday, with two goals in the second half from their captain.',
        'Oakvale Athletic beat Harwick Rovers 4-2 on Saturday after extra time in front of a sell-out crowd.',
        'Stenmouth Albion beat Oakvale Athletic 1-0 on Saturday after extra time in front of a sell-out crowd.',
      ]),
    ).toEqual([]);
  });

  it('ignores market closes with different figures', () => {
    expect(
      pairs([
        'The FTSE 100 closed up 0.4% at 7,512 points on Tuesday, helped by gains among mining and energy shares.',
        'The FTSE 100 closed down 0.6% at 7,467 points on Wednesday, dragged lower by losses among mining and energy shares.',
        'The FTSE 100 closed up 0.2% at 7,481 points on Thursday, helped by gains among mining and energy shares.',
      ]),
    ).toEqual([]);
  });

  it('ignores formulaic lines that differ only in a name', () => {
    expect(
      pairs([
        'The Harbourton index closed 1.5 percent higher at 5,004 points on Friday.',
        'The Eastmere index closed 1.5 percent higher at 5,004 points on Friday.',
      ]),
    ).toEqual([]);
  });

  it('ignores stock no-comment lines about different people', () => {
    expect(
      pairs([
        'Westline Marine did not respond to a request for comment on Monday evening.',
        'A spokesman for the harbour board did not respond to a request for comment on Monday evening.',
        'Officials at the county transport office did not respond to a request for comment.',
        'The company declined to comment.',
        'The company declined to comment.',
      ]),
    ).toEqual([]);
  });

  it('ignores short lines even when repeated exactly', () => {
    expect(pairs(['More to follow.', FERRY, 'Photo: Ruth Okafor, board chair', 'More to follow.', 'Photo: Ruth Okafor, board chair'])).toEqual([]);
  });

  it('ignores a short quote that reappears inside a longer paragraph', () => {
    const short = 'The ferry operator declined to say how many staff would lose shifts.';
    const long = `${FILLER[1]} ${FILLER[2]} ${FIGURES} The ferry operator declined to say how many staff would lose shifts.`;
    expect(pairs([short, long])).toEqual([]);
  });
});

// A pool of texts in which many pairs are exact or near copies, so random edits keep
// creating and breaking matches and changing which copy is the earliest.
const POOL = [
  FERRY,
  FERRY_CURLY,
  FERRY.replace('suspend', 'halt'),
  FERRY.replace('Monday', 'Tuesday'),
  QUOTE,
  QUOTE_CURLY,
  FIGURES,
  FIGURES.replace('14 passengers', '16 passengers'),
  ...FILLER,
  `${FILLER[0]} ${FILLER[1]}`,
  `${FILLER[1]} ${FILLER[0]}`,
  'The company declined to comment.',
  'Westline Marine did not respond to a request for comment on Monday evening.',
];

describe('DuplicateCheck', () => {
  it.each([{}, { maxShingleFrequency: 2 }, { maxShingleFrequency: 4 }])('matches the batch result after random inserts, updates, removals and moves (%j)', (options) => {
    // Low frequency limits make shingles turn common and rare again as paragraphs come and go.
    const random = seededRandom(20260);
    for (let run = 0; run < 10; run++) {
      const doc = new ArrayDoc();
      const check = new DuplicateCheck(options);
      let next = 0;
      for (let step = 0; step < 120; step++) {
        const r = random();
        if (doc.length === 0 || r < 0.35) {
          doc.insert(Math.floor(random() * (doc.length + 1)), { id: `n${next++}`, text: pick(random, POOL) }, [check]);
        } else if (r < 0.65) {
          doc.update(doc.idAt(Math.floor(random() * doc.length)), pick(random, POOL), [check]);
        } else if (r < 0.8) {
          doc.remove(doc.idAt(Math.floor(random() * doc.length)), [check]);
        } else {
          doc.move(doc.idAt(Math.floor(random() * doc.length)), Math.floor(random() * doc.length), [check]);
        }
        expect(check.findings(doc)).toEqual(findDuplicates(doc.paragraphs(), options));
      }
    }
  });

  it('finds copies through rare shingles when a stock phrase is too common to pair paragraphs', () => {
    // Every paragraph repeats one phrase, more often than the frequency limit allows.
    const options = { maxShingleFrequency: 10 };
    const places = ['Aldmoor', 'Brenfield', 'Carrow', 'Dunlin', 'Eskby', 'Farrowgate', 'Glenholt', 'Hartwell'];
    const trades = ['bakers', 'drivers', 'nurses', 'teachers', 'porters', 'cleaners', 'guards'];
    const sites = ['depot', 'hospital', 'college', 'airport', 'market'];
    // Any two of these differ in at least two of place, trade and site: not copies.
    const texts = Array.from(
      { length: 35 },
      (_, i) =>
        `Union officials in ${places[i % 8]} said in a statement on Monday that ${trades[i % 7]} at the ${sites[i % 5]} would stage a walkout over pay.`,
    );
    const original = texts[3] ?? '';
    texts.push(original.replace('would stage', 'would hold'), original);
    const batch = findDuplicates(paragraphs(...texts), options);
    expect(batch.map((d) => [d.index, d.ofIndex, d.kind])).toEqual([
      [35, 3, 'near'],
      [36, 3, 'exact'],
    ]);
    const doc = new ArrayDoc(paragraphs(...texts));
    const check = new DuplicateCheck(options);
    for (let i = 0; i < doc.length; i++) check.paragraphChanged(doc.idAt(i), 'insert', doc);
    expect(check.findings(doc)).toEqual(batch);
  });

  it('matches the batch result while a phrase held by scores of paragraphs turns rare again', () => {
    // Eighty paragraphs share a stock phrase (held in a set past 64), then most are removed.
    const places = ['Aldmoor', 'Brenfield', 'Carrow', 'Dunlin', 'Eskby', 'Farrowgate', 'Glenholt', 'Hartwell'];
    const trades = ['bakers', 'drivers', 'nurses', 'teachers', 'porters', 'cleaners', 'guards'];
    const sites = ['depot', 'hospital', 'college', 'airport', 'market'];
    const texts = Array.from(
      { length: 80 },
      (_, i) => `Union officials in ${places[i % 8]} said in a statement on Monday that ${trades[i % 7]} at the ${sites[i % 5]} would stage a walkout over pay.`,
    );
    const doc = new ArrayDoc();
    const check = new DuplicateCheck();
    paragraphs(...texts).forEach((p, i) => doc.insert(i, p, [check]));
    expect(check.findings(doc)).toEqual(findDuplicates(doc.paragraphs()));
    expect(check.findings(doc).length).toBeGreaterThan(0);
    const random = seededRandom(7);
    while (doc.length > 6) {
      doc.remove(doc.idAt(Math.floor(random() * doc.length)), [check]);
      expect(check.findings(doc), `with ${doc.length} left`).toEqual(findDuplicates(doc.paragraphs()));
    }
  });

  it('updates the earliest original when the first copy is edited away and restored', () => {
    const doc = new ArrayDoc(paragraphs(FERRY, FILLER[0] ?? '', FERRY_CURLY, FERRY));
    const check = new DuplicateCheck();
    for (let i = 0; i < doc.length; i++) check.paragraphChanged(doc.idAt(i), 'insert', doc);
    expect(check.findings(doc).map((d) => [d.index, d.ofIndex])).toEqual([
      [2, 0],
      [3, 0],
    ]);
    doc.update('p0', FILLER[3] ?? '', [check]);
    expect(check.findings(doc).map((d) => [d.index, d.ofIndex])).toEqual([[3, 2]]);
    doc.move('p3', 0, [check]);
    expect(check.findings(doc).map((d) => [d.index, d.ofIndex])).toEqual([[3, 0]]);
  });
});
