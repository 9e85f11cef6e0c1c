// Batch duplicate detection over a whole article.
import type { DuplicateFinding, Paragraph } from '../types';
import { compare, mayMatch, minSharedShingles, sharedShingles } from './compare';
import { fingerprint, type Fingerprint } from './fingerprint';
import { ShingleGroups } from './shingle-groups';

// A shingle shared by at least this many paragraphs is worth skipping when a probe may skip some.
const COMMON_GROUP = 16;

/** Each later paragraph that repeats an earlier one, against the earliest paragraph it matches. */
export function findDuplicates(paragraphs: Paragraph[]): DuplicateFinding[] {
  const prints = paragraphs.map((p) => fingerprint(p.text));
  const visitEarlier = groupedProbe(prints);
  const findings: DuplicateFinding[] = [];
  prints.forEach((fp, i) => {
    const earlier: { slot: number; shared: number }[] = [];
    visitEarlier(i, (slot, counted, skipped) => {
      const other = prints[slot];
      if (!other || !mayMatch(fp, other, counted + skipped)) return;
      const shared = skipped > 0 ? sharedShingles(fp, other) : counted;
      if (mayMatch(fp, other, shared)) earlier.push({ slot, shared });
    });
    // Report against the earliest paragraph that matches.
    earlier.sort((x, y) => x.slot - y.slot);
    for (const { slot, shared } of earlier) {
      const other = prints[slot];
      const original = paragraphs[slot];
      const match = other && original && compare(fp, other, shared);
      if (match && original) {
        findings.push({ paragraphId: paragraphs[i]?.id ?? '', index: i, ofId: original.id, ofIndex: slot, ...match });
        break;
      }
    }
  });
  return findings;
}

type Visit = (slot: number, counted: number, skipped: number) => void;
type EarlierProbe = (i: number, visit: Visit) => void;

/**
 * Visits the paragraphs before `i` that share the key or a probed shingle with it. Like
 * CandidateIndex, it may skip fewer than `minSharedShingles` of the commonest shingles, so
 * no match is lost.
 */
function groupedProbe(prints: Fingerprint[]): EarlierProbe {
  const groups = new ShingleGroups(prints);
  const counts = new Int32Array(prints.length);
  const firstWithKey = new Map<string, number[]>();
  prints.forEach((fp, i) => {
    if (!fp.eligible) return;
    const same = firstWithKey.get(fp.key);
    if (same) same.push(i);
    else firstWithKey.set(fp.key, [i]);
  });
  const touched: number[] = [];
  return (i, visit) => {
    const fp = prints[i];
    if (!fp?.eligible) return;
    const from = groups.offsets[i] ?? 0;
    const to = groups.offsets[i + 1] ?? 0;
    const skip = new Set<number>();
    const maxSkip = minSharedShingles(fp) - 1;
    let common = false;
    for (let k = from; k < to && !common; k++) common = groups.groupSize(groups.groupsOf[k] ?? 0) >= COMMON_GROUP;
    while (common && skip.size < maxSkip) {
      let largest = -1;
      let largestSize = COMMON_GROUP - 1;
      for (let k = from; k < to; k++) {
        const g = groups.groupsOf[k] ?? 0;
        if (!skip.has(g) && groups.groupSize(g) > largestSize) {
          largest = g;
          largestSize = groups.groupSize(g);
        }
      }
      if (largest < 0) break;
      skip.add(largest);
    }
    touched.length = 0;
    for (let k = from; k < to; k++) {
      const g = groups.groupsOf[k] ?? 0;
      if (skip.has(g)) continue;
      const end = groups.groupStart[g + 1] ?? 0;
      for (let m = groups.groupStart[g] ?? 0; m < end; m++) {
        const j = groups.members[m] ?? 0;
        if (j >= i) break; // members ascend: the rest come later
        if (counts[j] === 0) touched.push(j);
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    for (const j of firstWithKey.get(fp.key) ?? []) {
      if (j >= i) break;
      if (counts[j] === 0) touched.push(j);
    }
    const found = touched.slice();
    const counted = found.map((j) => counts[j] ?? 0);
    for (const j of found) counts[j] = 0;
    found.forEach((j, n) => visit(j, counted[n] ?? 0, skip.size));
  };
}
