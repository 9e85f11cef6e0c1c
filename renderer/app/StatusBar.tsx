import type { EditorController } from '../editor/controller';
import { useEditorSnapshot } from './stores';

const fmt = new Intl.NumberFormat('en-GB');

export function StatusBar({ controller }: { controller: EditorController }) {
  const { stats, findings, checksEnabled, analysisMs } = useEditorSnapshot(controller);
  const open = findings.duplicates.length + findings.boilerplate.length + findings.quotes.length;
  return (
    <footer className="cd-status" aria-label="Status">
      <span>
        <b data-testid="status-words">{fmt.format(stats.words)}</b> words
      </span>
      <span>
        <b data-testid="status-characters">{fmt.format(stats.characters)}</b> characters
      </span>
      <span>
        <b data-testid="status-paragraphs">{stats.paragraphs}</b> paragraphs
      </span>
      <span>
        <b data-testid="status-reading">{stats.readingMinutes}</b> min read
      </span>
      <span>
        {checksEnabled ? (
          <>
            <b data-testid="status-findings">{open}</b> open findings
            {analysisMs !== null ? <span className="cd-muted"> · checked in {Math.max(1, Math.round(analysisMs))} ms</span> : null}
          </>
        ) : (
          'checks off'
        )}
      </span>
    </footer>
  );
}
