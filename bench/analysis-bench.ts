// Checker benchmark: cold full check and single-paragraph re-checks on a generated
// 10,000-paragraph article, with write-good (a popular prose linter) on the same text.
import writeGood from 'write-good';
import { analyze, Analyzer } from '../renderer/analysis/analyzer';
import type { Paragraph } from '../renderer/analysis/types';
import { generateArticle } from './generate-article';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

export function runAnalysisBench(count = 10_000) {
  const texts = generateArticle(count);
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i}`, text }));
  const bytes = Buffer.byteLength(texts.join('\n'), 'utf8');
  console.log(`article: ${paragraphs.length} paragraphs, ${(bytes / 1e6).toFixed(2)} MB`);

  let t = performance.now();
  const report = analyze(paragraphs);
  const cold = performance.now() - t;
  const warmRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    analyze(paragraphs);
    warmRuns.push(performance.now() - t);
  }
  const warm = quantile(warmRuns, 0.5);
  // A new document in a running app: the engine has compiled the checks (on the article
  // above), but nothing about this text is cached. The first check of a fresh process also
  // pays for V8 compiling the checker, which is the `cold` figure.
  const other = generateArticle(count, 8).map((text, i) => ({ id: `q${i}`, text }));
  t = performance.now();
  analyze(other);
  const newDocument = performance.now() - t;
  console.log(`full check: cold ${ms(cold)} (first in a fresh process), new document in a warmed engine ${ms(newDocument)}, warm median ${ms(warm)}  ` +
    `(${report.duplicates.length} duplicates, ${report.boilerplate.length} boilerplate, ${report.quotes.length} quotes, ${report.sources.length} sources)`);

  t = performance.now();
  const analyzer = new Analyzer(paragraphs);
  analyzer.prepare();
  analyzer.report();
  const incrementalLoad = performance.now() - t;

  // One-paragraph edits mid-document, then the report the editor needs: a sentence with a new
  // source added and taken away again (the headline figure), ...
  const current = new Map(paragraphs.map((p) => [p.id, p.text]));
  const edits: number[] = [];
  for (let i = 0; i < 500; i++) {
    const target = paragraphs[Math.floor(count / 2) + (i % 200) - 100] as Paragraph;
    const text = i % 2 ? `${target.text} Officials declined to say more on ${i}.` : target.text;
    current.set(target.id, text);
    t = performance.now();
    analyzer.update(target.id, text);
    analyzer.report();
    edits.push(performance.now() - t);
  }
  const edit50 = quantile(edits, 0.5);
  const edit95 = quantile(edits, 0.95);
  // ... and one character typed mid-paragraph, as most keystrokes are.
  const keys: number[] = [];
  for (let i = 0; i < 500; i++) {
    const id = (paragraphs[Math.floor(count / 2) + ((i * 7) % 200) - 100] as Paragraph).id;
    const text = current.get(id) ?? '';
    const at = Math.floor(text.length / 2);
    const typed = `${text.slice(0, at)}${i % 2 ? 'e' : 's'}${text.slice(at)}`;
    current.set(id, typed);
    t = performance.now();
    analyzer.update(id, typed);
    analyzer.report();
    keys.push(performance.now() - t);
  }
  const key50 = quantile(keys, 0.5);
  const key95 = quantile(keys, 0.95);
  console.log(`incremental: load ${ms(incrementalLoad)}; one-paragraph edit + report p50 ${ms(edit50)}, p95 ${ms(edit95)}; ` +
    `one character typed + report p50 ${ms(key50)}, p95 ${ms(key95)}`);

  // write-good on the same paragraphs, for scale.
  t = performance.now();
  let suggestions = 0;
  for (const p of paragraphs) suggestions += writeGood(p.text).length;
  const wg = performance.now() - t;
  const ratio = wg / warm;
  console.log(`write-good: ${ms(wg)} for the same text (${suggestions} suggestions); copydesk check is ${ratio.toFixed(1)}× its throughput`);

  return {
    paragraphs: paragraphs.length,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    coldCheckMs: Number(cold.toFixed(1)),
    newDocumentCheckMs: Number(newDocument.toFixed(1)),
    warmCheckMs: Number(warm.toFixed(1)),
    incrementalLoadMs: Number(incrementalLoad.toFixed(1)),
    editP50Ms: Number(edit50.toFixed(3)),
    editP95Ms: Number(edit95.toFixed(3)),
    keystrokeP50Ms: Number(key50.toFixed(3)),
    keystrokeP95Ms: Number(key95.toFixed(3)),
    writeGoodMs: Number(wg.toFixed(1)),
    throughputVsWriteGood: Number(ratio.toFixed(2)),
  };
}
