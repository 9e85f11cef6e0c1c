// Who is quoted, in order of first appearance. Clicking a source steps through their quotes.
import type { EditorController } from '../editor/controller';
import type { SourceItem } from '../editor/findings-model';
import { useEditorSnapshot } from './stores';
import { WindowedList } from './WindowedList';

const sourceKey = (s: SourceItem) => s.id;
/** A block formatting context, so the button's bottom margin counts in the item's measured height. */
const ITEM_STYLE = { display: 'flow-root' } as const;

export function SourcesPanel({ controller }: { controller: EditorController }) {
  const { findings, checksEnabled } = useEditorSnapshot(controller);
  if (!checksEnabled) return null;
  return (
    <section className="cd-panel" aria-label="Sources">
      <h2>Sources</h2>
      {findings.sources.length === 0 ? <p className="cd-muted">Nobody is quoted yet.</p> : null}
      <WindowedList
        className="cd-sources"
        items={findings.sources}
        itemKey={sourceKey}
        estimate={46}
        renderItem={(s, position) => (
          <li key={s.id} style={ITEM_STYLE} {...position}>
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
        )}
      />
    </section>
  );
}
