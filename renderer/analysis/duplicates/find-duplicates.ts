// Batch duplicate detection over a whole article.
import type { DuplicateFinding, Paragraph } from '../types';
import { CandidateIndex } from './candidate-index';
import { compare, mayMatch, minSharedShingles, sharedShingles } from './compare';
import { fingerprint, type Fingerprint } from './fingerprint';

/** Each later paragraph that repeats an earlier one, against the earliest paragraph it matches. */
export function findDuplicates(paragraphs: Paragraph[]): DuplicateFinding[] {
  const index = new CandidateIndex();
  const prints: Fingerprint[] = [];
  const findings: DuplicateFinding[] = [];
  paragraphs.forEach((p, i) => {
    const fp = fingerprint(p.text);
    prints.push(fp);
    // Slots are positions, and the index holds only earlier paragraphs: try them in order.
    const earlier: { slot: number; shared: number }[] = [];
    index.forEachCandidate(fp, -1, minSharedShingles(fp) - 1, (slot, counted, skipped) => {
      const other = prints[slot];
      if (!other || !mayMatch(fp, other, counted + skipped)) return;
      const shared = skipped > 0 ? sharedShingles(fp, other) : counted;
      if (mayMatch(fp, other, shared)) earlier.push({ slot, shared });
    });
    earlier.sort((x, y) => x.slot - y.slot);
    for (const { slot, shared } of earlier) {
      const other = prints[slot];
      const original = paragraphs[slot];
      const match = other && original && compare(fp, other, shared);
      if (match && original) {
        findings.push({ paragraphId: p.id, index: i, ofId: original.id, ofIndex: slot, ...match });
        break;
      }
    }
    index.add(i, fp);
  });
  return findings;
}
