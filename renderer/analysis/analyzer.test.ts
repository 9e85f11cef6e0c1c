// The incremental Analyzer must always agree with a fresh full check of the same paragraphs.
import { describe, expect, it } from 'vitest';
import { analyze, Analyzer } from './analyzer';
import type { Paragraph, Report } from './types';

const STORY = [
  'VELDHAVEN – The regional water board will raise charges by 6 percent from January, its chair said on Thursday.',
  'Board chair Ottilie Marsden said the increase was needed to replace pipes laid in the 1950s.',
  '“We are losing a fifth of our clean water through leaks,” Marsden told reporters. “That cannot go on.”',
  '“Every month we wait, the bill gets bigger,” she added.',
  'Farmers’ groups said the rise would hurt growers already struggling with a dry summer.',
  'Hendrik Vos, who runs a dairy farm near the estuary, called the decision “a slap in the face”.',
  '“They never asked us,” Vos said.',
  'The board said in a statement that customers on low incomes could apply for a reduced tariff.',
  '“This will be the third rise in as many years.”',
  'Read more: How the drought changed the valley',
  'The board meets again in March.',
  'Subscribe to our newsletter for the latest regional news, delivered every morning.',
];

function prng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const canonical = (r: Report) => ({
  paragraphs: r.paragraphs,
  duplicates: [...r.duplicates].sort((a, b) => a.index - b.index),
  boilerplate: [...r.boilerplate].sort((a, b) => a.index - b.index),
  quotes: [...r.quotes].sort((a, b) => a.index - b.index || a.start - b.start),
  sources: [...r.sources].sort((a, b) => a.name.localeCompare(b.name)),
});

describe('Analyzer', () => {
  it('reports the same as analyze() after each of 300 random edits', () => {
    const rand = prng(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)] as T;
    let next = 0;
    const initial: Paragraph[] = STORY.map((text) => ({ id: `p${next++}`, text }));
    const analyzer = new Analyzer(initial);
    expect(canonical(analyzer.report())).toEqual(canonical(analyze(initial)));

    for (let step = 0; step < 300; step++) {
      const doc = analyzer.paragraphs();
      const op = rand();
      if (op < 0.3 || doc.length < 3) {
        analyzer.insert(Math.floor(rand() * (doc.length + 1)), { id: `p${next++}`, text: pick(STORY) });
      } else if (op < 0.6) {
        const target = pick(doc);
        const words = target.text.split(' ');
        words.splice(Math.floor(rand() * words.length), 1, pick(['rose', 'fell', '“Yes,”', 'Marsden', 'he said.']));
        analyzer.update(target.id, words.join(' '));
      } else if (op < 0.8) {
        analyzer.remove(pick(doc).id);
      } else {
        analyzer.move(pick(doc).id, Math.floor(rand() * doc.length));
      }
      expect(canonical(analyzer.report()), `after step ${step}`).toEqual(canonical(analyze(analyzer.paragraphs())));
    }
  });

  it('finds a paragraph pasted twice and the unattributed quote in a small story', () => {
    const paragraphs = [...STORY, STORY[2] as string].map((text, i) => ({ id: `q${i}`, text }));
    const report = new Analyzer(paragraphs).report();
    expect(report.duplicates.map((d) => [d.index, d.ofIndex, d.kind])).toEqual([[12, 2, 'exact']]);
    expect(report.quotes.filter((q) => q.status === 'unattributed').map((q) => q.index)).toEqual([8]);
    expect(report.boilerplate.map((b) => b.index)).toEqual([9, 11]);
    const marsden = report.sources.find((s) => s.name === 'Ottilie Marsden');
    expect(marsden?.quotes).toBe(5);
  });

  it('does not flag a quote inside pasted chrome, in the full check or after an edit', () => {
    const comments = ['Comments (2)', 'pellfan77: “They have never once listened to anyone on this estate.” Same every year.'];
    const paragraphs = [...STORY.slice(0, 8), ...comments].map((text, i) => ({ id: `c${i}`, text }));
    const chromeQuote = (r: Report) => r.quotes.find((q) => q.index === 9);
    const full = analyze(paragraphs);
    expect(full.boilerplate.map((b) => b.index)).toEqual([8, 9]);
    expect(chromeQuote(full)?.status).toBe('ok');
    const analyzer = new Analyzer(paragraphs);
    analyzer.update('c7', `${STORY[7]} It meets in March.`);
    expect(chromeQuote(analyzer.report())?.status).toBe('ok');
    // without its comments heading the line is no longer chrome, and its quote is flagged
    analyzer.remove('c8');
    const after = analyzer.report();
    expect(after.boilerplate).toEqual([]);
    expect(after.quotes.find((q) => q.index === 8)?.status).toBe('unattributed');
  });
});

describe('Analyzer after a reset', () => {
  it('answers from a full check first and reports the same once its indexes are built', () => {
    const paragraphs = [...STORY, STORY[5] as string].map((text, i) => ({ id: `r${i}`, text }));
    const analyzer = new Analyzer(paragraphs);
    expect(analyzer.needsPreparing).toBe(true);
    const first = analyzer.report();
    analyzer.prepare();
    expect(analyzer.needsPreparing).toBe(false);
    expect(canonical(analyzer.report())).toEqual(canonical(first));
    analyzer.update('r0', 'VELDHAVEN – Water charges will rise by 9 percent, the board said.');
    expect(canonical(analyzer.report())).toEqual(canonical(analyze(analyzer.paragraphs())));
  });

  it('builds its indexes on the first edit when nobody prepared it', () => {
    const analyzer = new Analyzer(STORY.map((text, i) => ({ id: `s${i}`, text })));
    analyzer.remove('s9');
    expect(analyzer.needsPreparing).toBe(false);
    expect(analyzer.report().boilerplate.map((b) => b.index)).toEqual([10]);
  });
});
