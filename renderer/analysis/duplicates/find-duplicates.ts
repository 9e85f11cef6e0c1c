// Batch duplicate detection over a whole article.
import type { DuplicateFinding, Paragraph } from '../types';
import { compare, MAX_SHINGLE_FREQUENCY, nearMatch, shinglesMayMatch, type DuplicateOptions, type Match } from './compare';
import { fingerprint } from './fingerprint';
import { ShingleGroups } from './shingle-groups';

/** Each later paragraph that repeats an earlier one, against the earliest paragraph it matches. */
export function findDuplicates(paragraphs: Paragraph[], options: DuplicateOptions = {}): DuplicateFinding[] {
  const maxFrequency = options.maxShingleFrequency ?? MAX_SHINGLE_FREQUENCY;
  const prints = paragraphs.map((p) => fingerprint(p.text));
  const { members, offsets, groupStart, groupSize, earlier } = new ShingleGroups(prints);
  const firstWithKey = new Map<string, number>();
  // Each paragraph's template phrases (shingles held by more than maxFrequency paragraphs), by
  // group start, ascending: paragraph i's are common[commonFrom[i] .. commonFrom[i + 1]].
  const common = new Int32Array(offsets[prints.length] ?? 0);
  const commonFrom = new Int32Array(prints.length + 1);
  let commonCount = 0;
  // Per earlier paragraph, how many of this paragraph's rare shingles (not template phrases) it holds.
  const counts = new Int32Array(prints.length);
  const candidates: number[] = [];
  const findings: DuplicateFinding[] = [];
  for (let i = 0; i < prints.length; i++) {
    commonFrom[i] = commonCount;
    commonFrom[i + 1] = commonCount;
    const fp = prints[i];
    if (!fp?.eligible) continue;
    // Earlier paragraphs sharing a shingle that is not a template phrase.
    candidates.length = 0;
    for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k++) {
      const from = groupStart[k] ?? 0;
      if ((groupSize[k] ?? 0) > maxFrequency) {
        common[commonCount++] = from;
        continue;
      }
      const to = from + (earlier[k] ?? 0);
      for (let m = from; m < to; m++) {
        const j = members[m] ?? 0;
        if (counts[j] === 0) candidates.push(j);
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    commonFrom[i + 1] = commonCount;
    // An exact copy matches its earliest twin; only paragraphs before that one can do better.
    const twin = firstWithKey.get(fp.key);
    if (twin === undefined) firstWithKey.set(fp.key, i);
    let best = twin ?? i;
    let match: Match | null = twin === undefined ? null : compare(fp, prints[twin] ?? fp);
    const shingleCount = (offsets[i + 1] ?? 0) - (offsets[i] ?? 0);
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates[c] ?? 0;
      const rare = counts[j] ?? 0;
      counts[j] = 0;
      if (j >= best) continue; // (before i's first twin, so its text differs)
      // Shared shingles are the rare ones counted plus the template phrases both hold: first
      // a cheap bound (all the template phrases of the side with fewer) rules out most pairs.
      const otherCount = (offsets[j + 1] ?? 0) - (offsets[j] ?? 0);
      const commonBound = Math.min(commonCount - (commonFrom[i] ?? 0), (commonFrom[j + 1] ?? 0) - (commonFrom[j] ?? 0));
      if (!shinglesMayMatch(rare + commonBound, shingleCount, otherCount)) continue;
      const shared = commonBound === 0 ? rare : rare + overlap(common, commonFrom[i] ?? 0, commonCount, commonFrom[j] ?? 0, commonFrom[j + 1] ?? 0);
      const other = prints[j];
      const found = other && nearMatch(fp, other, shared);
      if (found) {
        best = j;
        match = found;
      }
    }
    const original = paragraphs[best];
    if (match && original) findings.push({ paragraphId: paragraphs[i]?.id ?? '', index: i, ofId: original.id, ofIndex: best, ...match });
  }
  return findings;
}

/** How many values two ascending runs of `list` share: list[a .. aEnd] and list[b .. bEnd]. */
function overlap(list: Int32Array, a: number, aEnd: number, b: number, bEnd: number): number {
  let n = 0;
  while (a < aEnd && b < bEnd) {
    const x = list[a] ?? 0;
    const y = list[b] ?? 0;
    if (x === y) {
      n++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return n;
}
