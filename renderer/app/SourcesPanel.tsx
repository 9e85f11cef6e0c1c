// Who is quoted, in order of first appearance. Clicking a source steps through their quotes.
import type { EditorController } from '../editor/controller';
import { useEditorSnapshot } from './stores';

export function SourcesPanel({ controller }: { controller: EditorController }) {
  const { findings, checksEnabled } = useEditorSnapshot(controller);
  if (!checksEnabled) return null;
  return (
    <section className="cd-panel" aria-label="Sources">
      <h2>Sources</h2>
      {findings.sources.length === 0 ? <p className="cd-muted">Nobody is quoted yet.</p> : null}
      <ul className="cd-sources">
        {findings.sources.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`cd-source cd-source--${s.kind}`}
              data-testid="source"
              data-name={s.name}
              data-count={s.count}
              onClick={() => controller.stepSource(s.id)}
              title={s.quoteKeys.length ? 'Show their quotes one by one' : undefined}
            >
              <span className="cd-source__name">{s.name}</span>
              {s.role ? <span className="cd-source__role">{s.role}</span> : null}
              <span className="cd-count">{s.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
