// Batch duplicate detection over a whole article.
import type { DuplicateFinding, Paragraph } from '../types';
import { compare, mayMatch, MAX_SHINGLE_FREQUENCY, type DuplicateOptions } from './compare';
import { fingerprint } from './fingerprint';
import { ShingleGroups } from './shingle-groups';

/** Each later paragraph that repeats an earlier one, against the earliest paragraph it matches. */
export function findDuplicates(paragraphs: Paragraph[], options: DuplicateOptions = {}): DuplicateFinding[] {
  const maxFrequency = options.maxShingleFrequency ?? MAX_SHINGLE_FREQUENCY;
  const prints = paragraphs.map((p) => fingerprint(p.text));
  const groups = new ShingleGroups(prints);
  const sameKey = new Map<string, number[]>();
  prints.forEach((fp, i) => {
    if (!fp.eligible) return;
    const same = sameKey.get(fp.key);
    if (same) same.push(i);
    else sameKey.set(fp.key, [i]);
  });
  // How many of each paragraph's shingles are template phrases: two paragraphs share at most
  // the smaller of their two counts of them.
  const commonOf = new Int32Array(prints.length);
  for (let i = 0; i < prints.length; i++) {
    let c = 0;
    for (let k = groups.offsets[i] ?? 0; k < (groups.offsets[i + 1] ?? 0); k++) if (groups.groupSize(groups.groupsOf[k] ?? 0) > maxFrequency) c++;
    commonOf[i] = c;
  }
  const findings: DuplicateFinding[] = [];
  const counts = new Int32Array(prints.length);
  const earlier: number[] = [];
  prints.forEach((fp, i) => {
    if (!fp.eligible) return;
    // Earlier paragraphs sharing the key or a shingle that is not a template phrase.
    earlier.length = 0;
    let common = 0;
    for (let k = groups.offsets[i] ?? 0; k < (groups.offsets[i + 1] ?? 0); k++) {
      const g = groups.groupsOf[k] ?? 0;
      if (groups.groupSize(g) > maxFrequency) {
        common++;
        continue;
      }
      const end = groups.groupStart[g + 1] ?? 0;
      for (let m = groups.groupStart[g] ?? 0; m < end; m++) {
        const j = groups.members[m] ?? 0;
        if (j >= i) break; // members ascend: the rest come later
        if (counts[j] === 0) earlier.push(j);
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    for (const j of sameKey.get(fp.key) ?? []) if (j < i && counts[j] === 0) earlier.push(j);
    // Shared shingles are at most the rare ones counted plus all the common ones: a cheap bound
    // that rules out most candidates before the full comparison.
    // (with no template phrase on either side the rare count is the exact count, which
    // spares `compare` merging the two shingle lists again)
    const exact = new Map<number, number>();
    const plausible = earlier.filter((j) => {
      const other = prints[j];
      const rare = counts[j] ?? 0;
      const bound = rare + Math.min(common, commonOf[j] ?? 0);
      counts[j] = 0;
      if (bound === rare) exact.set(j, rare);
      return other !== undefined && (other.key === fp.key || mayMatch(fp, other, bound));
    });
    // Report against the earliest paragraph that matches.
    plausible.sort((x, y) => x - y);
    for (const j of plausible) {
      const other = prints[j];
      const original = paragraphs[j];
      const match = other && original && compare(fp, other, exact.get(j));
      if (match && original) {
        findings.push({ paragraphId: paragraphs[i]?.id ?? '', index: i, ofId: original.id, ofIndex: j, ...match });
        break;
      }
    }
  });
  return findings;
}
