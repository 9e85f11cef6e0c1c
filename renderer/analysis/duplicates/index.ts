// Duplicate-paragraph check: exact and near copies, each reported against its earliest original.
// The pair checks find copies paragraph by paragraph; the lines a pasted block brings along with
// them (short questions, a market line) are added from the block around them.
import type { DocView, DuplicateFinding, Paragraph, ParagraphChangeType } from '../types';
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
  /** The pair findings the block copies were last added to, the result, and the paragraphs
   * read for it: kept until the pairs change or one of those paragraphs does. */
  private blockInput: DuplicateFinding[] | null = null;
  private blockOutput: DuplicateFinding[] = [];
  private blockRead = new Set<string>();

  override paragraphChanged(id: string, type: ParagraphChangeType, doc: DocView, oldText?: string): void {
    super.paragraphChanged(id, type, doc, oldText);
    if (type !== 'update' || this.blockRead.has(id)) this.blockInput = null;
  }

  override findings(doc: DocView): DuplicateFinding[] {
    const pairs = super.findings(doc);
    if (pairs === this.blockInput) return this.blockOutput;
    const read = new Set<string>();
    const id = (i: number): string => {
      const pid = doc.idAt(i);
      read.add(pid);
      return pid;
    };
    this.blockOutput = withBlockCopies(pairs, { length: doc.length, id, text: (i) => doc.textOf(id(i)) });
    this.blockInput = pairs;
    this.blockRead = read;
    return this.blockOutput;
  }
}
