import { describe, expect, it } from 'vitest';
import { DuplicateCheck, findDuplicates } from './index';
import { ArrayDoc, paragraphs } from './test-support';

// Invented copy: an interview whose short questions and a market line are pasted twice with it.
const STORY = [
  'The glaciologist Ines Marwick has spent eleven summers measuring the ice fields above the Sorrel valley, and her latest survey is the bleakest yet.',
  'Q: Which glaciers are most at risk?',
  'The small cirque glaciers on the southern slopes will be gone within twenty years, she says, and the valley glacier will lose half its length by the end of the century.',
  'Q: Can anything slow this down?',
  'Only cutting emissions quickly, she says: the ice responds to the summers of the next two decades, and the choice about those summers is being made now.',
  'Shares in the hydropower operator fell 4.2 percent in Oslo trading.',
  'The operator has said it will publish a revised forecast for the valley dams in the spring, once the survey data have been checked.',
];
const FILLER = 'Readers can find the full survey on the institute’s website, along with the maps drawn from this summer’s flights.';

function found(texts: string[]): string[] {
  return findDuplicates(paragraphs(...texts)).map((d) => `${d.index}>${d.ofIndex} ${d.kind}`);
}

/** The incremental check loaded with `texts` one insert at a time, and its findings as `found` gives them. */
function pastedTwice(texts: string[]) {
  const doc = new ArrayDoc();
  const check = new DuplicateCheck();
  paragraphs(...texts).forEach((p, i) => doc.insert(i, p, [check]));
  const incremental = () => check.findings(doc).map((d) => `${d.index}>${d.ofIndex} ${d.kind}`);
  return { doc, check, incremental };
}

describe('a story pasted twice', () => {
  it('brings its short lines and a line with a figure changed, copies like the rest of the block', () => {
    const again = STORY.map((t) => t.replace('4.2 percent', '4.6 percent'));
    expect(found([...STORY, FILLER, ...again])).toEqual([
      '8>0 exact', '9>1 exact', '10>2 exact', '11>3 exact', '12>4 exact', '13>5 near', '14>6 exact',
    ]);
  });

  it('but a short line repeated on its own, outside any pasted block, is not a copy', () => {
    expect(found([STORY[1] as string, STORY[0] as string, FILLER, STORY[1] as string])).toEqual([]);
    // nor a line between two copies that do not come from one block (different distances)
    expect(found([STORY[0] as string, STORY[1] as string, STORY[2] as string, FILLER, STORY[0] as string, STORY[1] as string, STORY[6] as string, STORY[2] as string])).toEqual([
      '4>0 exact',
      '7>2 exact',
    ]);
  });

  it('is reported the same by the incremental check, after edits', () => {
    const texts = [...STORY, FILLER, ...STORY];
    const { doc, check, incremental } = pastedTwice(texts);
    expect(incremental()).toEqual(found(texts));
    expect(incremental()).toContain('9>1 exact');
    // the copy of the question edited out of the block: no longer the same line
    doc.update(doc.idAt(9), 'Q: And which valleys will feel it first?', [check]);
    expect(incremental()).toEqual(found(doc.paragraphs().map((p) => p.text)));
    expect(incremental()).not.toContain('9>1 exact');
  });

  it('follows edits to a line the block copies were read from, on either side, and back', () => {
    const texts = [...STORY, FILLER, ...STORY];
    const { doc, check, incremental } = pastedTwice(texts);
    expect(incremental()).toContain('9>1 exact');
    // the original question reworded, then restored: the copy follows each time
    doc.update(doc.idAt(1), 'Q: Which valleys will feel it first?', [check]);
    expect(incremental()).not.toContain('9>1 exact');
    expect(incremental()).toEqual(found(doc.paragraphs().map((p) => p.text)));
    doc.update(doc.idAt(1), STORY[1] as string, [check]);
    expect(incremental()).toContain('9>1 exact');
    // an edit to a line nothing reads leaves the findings as they were
    const before = check.findings(doc);
    doc.update(doc.idAt(7), `${FILLER} The maps are free to download.`, [check]);
    expect(check.findings(doc)).toEqual(before);
    expect(incremental()).toEqual(found(doc.paragraphs().map((p) => p.text)));
  });
});

// Invented copy: an election-night story whose running tallies are updated when it is pasted again.
const VOTE = [
  'With 62 percent of precincts reporting, Mara Ollin led the incumbent by 51.2 percent to 44.9 percent, according to the county clerk.',
  'Ollin, a former school principal, ran on a promise to reopen the two branch libraries the council closed in the spring.',
  'In the northern wards, where turnout was 41 percent, Ollin led by 58 percent to 39 percent with most ballots counted.',
  'The incumbent, Dale Prewitt, told supporters at a union hall that he would not concede until every postal ballot had been counted.',
  'Prewitt’s campaign manager said the postal vote had favoured the mayor in each of his three earlier races and asked for patience.',
];
const updated = (line: string): string => line.replace('62 percent', '88 percent').replace('51.2', '53.0').replace('44.9', '43.1').replace('58 percent to 39', '57 percent to 40');

describe('a story pasted again with its figures updated', () => {
  it('brings the updated tally at the edge of the block along', () => {
    expect(found([...VOTE, FILLER, updated(VOTE[0] as string), VOTE[1] as string, VOTE[3] as string])).toEqual(['6>0 near', '7>1 exact', '8>3 exact']);
  });
  it('and one between two copies, the block a line shorter than the original', () => {
    expect(found([...VOTE, FILLER, VOTE[1] as string, updated(VOTE[2] as string), VOTE[4] as string])).toEqual(['6>1 exact', '7>2 near', '8>4 exact']);
  });
  it('and a line reworded between two copies at the same distance', () => {
    const reworded = (VOTE[3] as string).replace('told supporters at a union hall that he would not concede', 'told a union hall crowd he would not be conceding');
    expect(found([...VOTE, FILLER, VOTE[2] as string, reworded, VOTE[4] as string])).toEqual(['6>2 exact', '7>3 near', '8>4 exact']);
  });
  it('but an updated tally on its own, or beside a copy from elsewhere in the story, is not a copy', () => {
    expect(found([...VOTE, FILLER, updated(VOTE[0] as string)])).toEqual([]);
    expect(found([...VOTE, FILLER, updated(VOTE[0] as string), VOTE[4] as string])).toEqual(['7>4 exact']);
  });
});

