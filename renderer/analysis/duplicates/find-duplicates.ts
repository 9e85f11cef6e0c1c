// Batch duplicate detection over a whole article.
import type { DuplicateFinding, Paragraph } from '../types';
import { CandidateIndex } from './candidate-index';
import { compare } from './compare';
import { fingerprint, type Fingerprint } from './fingerprint';

/** Each later paragraph that repeats an earlier one, against the earliest paragraph it matches. */
export function findDuplicates(paragraphs: Paragraph[]): DuplicateFinding[] {
  const index = new CandidateIndex();
  const prints: Fingerprint[] = [];
  const position = new Map<string, number>();
  const findings: DuplicateFinding[] = [];
  paragraphs.forEach((p, i) => {
    const fp = fingerprint(p.text);
    // Candidates are all earlier: the index only holds paragraphs already visited.
    const earlier = [...index.candidates(fp)].map((id) => position.get(id) ?? -1).sort((x, y) => x - y);
    for (const j of earlier) {
      const other = prints[j];
      const original = paragraphs[j];
      if (!other || !original) continue;
      const match = compare(fp, other);
      if (match) {
        findings.push({ paragraphId: p.id, index: i, ofId: original.id, ofIndex: j, ...match });
        break;
      }
    }
    prints.push(fp);
    position.set(p.id, i);
    index.add(p.id, fp);
  });
  return findings;
}
