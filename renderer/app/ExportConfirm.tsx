// Asked before Export HTML… or Copy HTML when the checks still flag something: publish it all,
// leave duplicates and boilerplate out, or go back and fix it.
import type { FindingsSummary } from '../editor/findings-model';

export type ExportChoice = 'all' | 'skip' | 'cancel';

interface Props {
  findings: FindingsSummary;
  /** 'file' for Export HTML…, 'clipboard' for Copy HTML. */
  target: 'file' | 'clipboard';
  onChoose: (choice: ExportChoice) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ExportConfirm({ findings, target, onChoose }: Props) {
  const skippable = findings.duplicates.length + findings.boilerplate.length;
  const lines = [
    findings.duplicates.length ? plural(findings.duplicates.length, 'duplicate paragraph', 'duplicate paragraphs') : null,
    findings.boilerplate.length ? plural(findings.boilerplate.length, 'boilerplate paragraph', 'boilerplate paragraphs') : null,
    findings.quotes.length ? plural(findings.quotes.length, 'flagged quote', 'flagged quotes') : null,
  ].filter((line): line is string => line !== null);
  const verb = target === 'file' ? 'Export' : 'Copy';
  return (
    <div className="cd-modal" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onChoose('cancel')}>
      <div className="cd-dialog" role="alertdialog" aria-modal="true" aria-labelledby="cd-export-confirm-title" data-testid="export-confirm">
        <h2 id="cd-export-confirm-title">{verb} with findings still open?</h2>
        <p>The checks still flag:</p>
        <ul className="cd-export-confirm__list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {findings.quotes.length > 0 ? <p className="cd-muted">Flagged quotes are published as they are; fix them in the text.</p> : null}
        <div className="cd-dialog__buttons">
          <button type="button" data-testid="export-confirm-cancel" onClick={() => onChoose('cancel')}>
            Cancel
          </button>
          {skippable > 0 ? (
            <button type="button" data-testid="export-confirm-skip" autoFocus onClick={() => onChoose('skip')}>
              {verb} without duplicates and boilerplate
            </button>
          ) : null}
          <button type="button" data-testid="export-confirm-all" autoFocus={skippable === 0} onClick={() => onChoose('all')}>
            {verb} everything
          </button>
        </div>
      </div>
    </div>
  );
}
