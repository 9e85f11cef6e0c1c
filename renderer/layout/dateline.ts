// Recognises the wire-style dateline that opens a story ("NAIROBI, Kenya – Floodwaters…",
// "SAN JOSE, Calif. - …", "BAGHDAD (Reuters) — …") so the layout can set it apart.
import type { Inline } from './article';

// A place in capitals (one or more words, may hyphenate: WILKES-BARRE), an optional region
// that starts with a capital and has no dash or comma in it, an optional "(Agency)", then a
// dash with spaces around it. Capitals and the short region keep sentences from matching.
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?(?:\s+\p{Lu}[\p{Lu}'’.-]*\.?)*(?:,\s*\p{Lu}[^,–—\n]{0,39}?)?(?:\s*\([^()\n]{1,30}\))?)\s+(?:–|—|-{1,2})\s+(?=\S)/u;

export interface DatelineSplit {
  dateline: string;
  /** How many characters of the paragraph the dateline and its dash take up. */
  length: number;
}

export function splitDateline(paragraph: string): DatelineSplit | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  return { dateline: (match[1] as string).trim(), length: match[0].length };
}

/** Drops the first `count` characters from runs, keeping each run's formatting. */
export function dropChars(runs: Inline, count: number): Inline {
  const out: Inline = [];
  let left = count;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}
