// Duplicate-paragraph check: exact and near copies, each reported against its earliest original.
// The pair checks find copies paragraph by paragraph; the lines a pasted block brings along with
// them (short questions, a market line) are added from the block around them.
import type { DocView, DuplicateFinding, Paragraph } from '../types';
import { type DuplicateOptions } from './compare';
import { DuplicateCheck as PairCheck } from './duplicate-check';
import { findDuplicates as findPairs } from './find-duplicates';
import { withBlockCopies } from './pasted-blocks';

export function findDuplicates(paragraphs: Paragraph[], options: DuplicateOptions = {}): DuplicateFinding[] {
  return withBlockCopies(findPairs(paragraphs, options), {
    length: paragraphs.length,
    id: (i) => (paragraphs[i] as Paragraph).id,
    text: (i) => (paragraphs[i] as Paragraph).text,
  });
}

export class DuplicateCheck extends PairCheck {
  override findings(doc: DocView): DuplicateFinding[] {
    return withBlockCopies(super.findings(doc), { length: doc.length, id: (i) => doc.idAt(i), text: (i) => doc.textOf(doc.idAt(i)) });
  }
}
