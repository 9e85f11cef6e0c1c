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
    const doc = new ArrayDoc();
    const check = new DuplicateCheck();
    paragraphs(...texts).forEach((p, i) => doc.insert(i, p, [check]));
    const incremental = () => check.findings(doc).map((d) => `${d.index}>${d.ofIndex} ${d.kind}`);
    expect(incremental()).toEqual(found(texts));
    expect(incremental()).toContain('9>1 exact');
    // the copy of the question edited out of the block: no longer the same line
    doc.update(doc.idAt(9), 'Q: And which valleys will feel it first?', [check]);
    expect(incremental()).toEqual(found(doc.paragraphs().map((p) => p.text)));
    expect(incremental()).not.toContain('9>1 exact');
  });
});
