// Findings grouped by check, with counts and one-click fixes. Clicking a finding selects it in
// the text; F8 / Shift-F8 step through them from the editor.
import type { EditorController } from '../editor/controller';
import type { CheckName, FindingItem } from '../editor/findings-model';
import { ignoreFinding, removeAllBoilerplate, removeAllDuplicates, removeDuplicate } from '../editor/fix-commands';
import { useEditorSnapshot } from './stores';
import { WindowedList, type ItemPosition } from './WindowedList';

const TITLES: Record<CheckName, string> = {
  duplicates: 'Duplicate paragraphs',
  boilerplate: 'Boilerplate',
  quotes: 'Quote attribution',
};

const findingKey = (item: FindingItem) => item.key;

function Item({ item, controller, position }: { item: FindingItem; controller: EditorController; position: ItemPosition }) {
  const removable = item.check !== 'quotes';
  return (
    <li className={`cd-finding cd-finding--${item.check}`} data-testid="finding" data-key={item.key} {...position}>
      <button type="button" className="cd-finding__main" onClick={() => controller.selectFinding(item.key)}>
        <span className="cd-finding__label">{item.label}</span>
        <span className="cd-finding__detail">{item.detail}</span>
      </button>
      <span className="cd-finding__actions">
        {removable ? (
          <button type="button" onClick={() => controller.run(removeDuplicate(item.blockId))} title="Delete this paragraph">
            Remove
          </button>
        ) : null}
        <button type="button" onClick={() => controller.run(ignoreFinding(item.blockId, item.ignoreKey))} title="Keep it; stop flagging it">
          Ignore
        </button>
      </span>
    </li>
  );
}

export function FindingsPanel({ controller }: { controller: EditorController }) {
  const { findings, checksEnabled } = useEditorSnapshot(controller);
  if (!checksEnabled) {
    return (
      <section className="cd-panel">
        <h2>Checks</h2>
        <p className="cd-muted">Checks are off.</p>
      </section>
    );
  }
  const groups: { check: CheckName; items: FindingItem[]; total?: number; fixAll?: () => void; fixId?: string }[] = [
    {
      check: 'duplicates',
      items: findings.duplicates,
      fixAll: () => controller.run(removeAllDuplicates()),
      fixId: 'remove-all-duplicates',
    },
    {
      check: 'boilerplate',
      items: findings.boilerplate,
      fixAll: () => controller.run(removeAllBoilerplate()),
      fixId: 'remove-all-boilerplate',
    },
    { check: 'quotes', items: findings.quotes, total: findings.quotesTotal },
  ];
  return (
    <section className="cd-panel" aria-label="Findings">
      <h2>Checks</h2>
      {groups.map((g) => (
        <details
          key={g.check}
          open
          className="cd-group"
          data-testid="findings-group"
          data-check={g.check}
          data-count={g.items.length}
          {...(g.total !== undefined ? { 'data-total': g.total } : {})}
        >
          <summary>
            <span>{TITLES[g.check]}</span>
            <span className={g.items.length ? 'cd-count cd-count--open' : 'cd-count'}>
              {g.total !== undefined ? `${g.items.length} of ${g.total}` : g.items.length}
            </span>
          </summary>
          {g.fixId ? (
            <button type="button" className="cd-fix-all" data-testid={g.fixId} disabled={g.items.length === 0} onClick={g.fixAll}>
              Remove all
            </button>
          ) : null}
          {g.items.length ? (
            <WindowedList
              className="cd-findings"
              items={g.items}
              itemKey={findingKey}
              estimate={62}
              renderItem={(item, position) => <Item key={item.key} item={item} controller={controller} position={position} />}
            />
          ) : (
            <p className="cd-muted">{g.check === 'quotes' ? 'No quote problems.' : 'None found.'}</p>
          )}
        </details>
      ))}
    </section>
  );
}
