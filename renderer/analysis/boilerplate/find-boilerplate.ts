// Batch boilerplate detection over a whole article.
import type { BoilerplateFinding, Paragraph } from '../types';
import { resolveRuns, type Scored } from './runs';
import { scoreParagraph } from './signals';

export function findBoilerplate(paragraphs: Paragraph[]): BoilerplateFinding[] {
  const scored: Scored[] = [];
  paragraphs.forEach((p, index) => {
    const signal = scoreParagraph(p.text);
    if (signal.strength > 0) scored.push({ id: p.id, index, signal });
  });
  return resolveRuns(scored, paragraphs.length);
}
