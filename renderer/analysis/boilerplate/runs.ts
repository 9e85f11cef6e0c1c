// Neighbour pass: chrome comes in blocks. A weak paragraph (a policy sentence, a line
// addressed to the reader) is flagged when it sits in a run of chrome with strong members:
// anywhere if it is of the same family as one of them, and whatever its family if the run
// reaches the top or bottom edge of the article, where pasted chrome collects.
import type { BoilerplateFinding } from '../types';
import type { ChromeSignal } from './signals';

export interface Scored {
  id: string;
  index: number;
  signal: ChromeSignal;
}

/** `scored`: the paragraphs with a non-zero signal, sorted by index. */
export function resolveRuns(scored: Scored[], length: number): BoilerplateFinding[] {
  const out: BoilerplateFinding[] = [];
  let start = 0;
  while (start < scored.length) {
    let end = start + 1;
    while (end < scored.length && scored[end]!.index === scored[end - 1]!.index + 1) end++;
    flagRun(scored.slice(start, end), length, out);
    start = end;
  }
  return out;
}

function flagRun(run: Scored[], length: number, out: BoilerplateFinding[]): void {
  const strongOnes = run.filter((s) => s.signal.strength === 2);
  const atTop = run[0]!.index === 0;
  // A section name at the top ("WORLD", "Health | Research"), straight above the headline and
  // under nothing but chrome, is the page's kicker.
  const kicker = atTop ? run.findIndex((s, k) => s.signal.reason === 'section label' && run.slice(0, k).every((x) => x.signal.strength === 2)) : -1;
  const underKicker = run[kicker + 1];
  const kickerFlagged = kicker >= 0 && underKicker !== undefined && underKicker.index === run[kicker]!.index + 1 &&
    underKicker.signal.family === 'links' && underKicker.signal.strength === 1;
  if (kickerFlagged && strongOnes.length === 0) out.push({ paragraphId: run[kicker]!.id, index: run[kicker]!.index, reason: run[kicker]!.signal.reason });
  if (strongOnes.length === 0) return;
  const families = new Set(strongOnes.map((s) => s.signal.family));
  const atEdge = atTop || run[run.length - 1]!.index === length - 1;
  run.forEach((s, k) => {
    const { strength, family, reason } = s.signal;
    // Under a breadcrumb at the top of the page the headline-like line is the story's headline.
    const headlineAtTop = atTop && family === 'links' && strength === 1;
    const flagged =
      strength === 2 ||
      (kickerFlagged && k === kicker) ||
      // (a listed headline follows its links heading: not a line above the list)
      (families.has(family) && !headlineAtTop && (family !== 'links' || strongOnes.some((x) => x.signal.family === 'links' && x.index < s.index))) ||
      // Headline-like lines join only a links block, and "name: text" lines only a comments block
      // (a dateline or "Correction:" has the same shape); generic reader address needs a substantial block.
      (atEdge && family !== 'links' && reason !== 'reader comment' && (family !== 'reader' || strongOnes.length >= 2));
    if (flagged) out.push({ paragraphId: s.id, index: s.index, reason });
  });
}
