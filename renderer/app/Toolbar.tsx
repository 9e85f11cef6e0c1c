import type { MenuCommand } from '../../electron/ipc/contract';
import type { EditorController } from '../editor/controller';
import { setBlock, toggleBlockquote, toggleBulletList, toggleEm, toggleStrong } from '../editor/commands';
import type { BlockName } from '../editor/schema';
import type { DocumentSession } from './document-session';
import { useEditorSnapshot, useSessionSnapshot } from './stores';

const BLOCKS: { name: BlockName; label: string; keys: string }[] = [
  { name: 'paragraph', label: 'Body', keys: 'Mod-Alt-0' },
  { name: 'headline', label: 'Headline', keys: 'Mod-Alt-1' },
  { name: 'subhead', label: 'Subhead', keys: 'Mod-Alt-2' },
  { name: 'standfirst', label: 'Standfirst', keys: 'Mod-Alt-3' },
  { name: 'byline', label: 'Byline', keys: 'Mod-Alt-4' },
  { name: 'dateline', label: 'Dateline', keys: 'Mod-Alt-5' },
];

interface Props {
  controller: EditorController;
  session: DocumentSession;
  onLink: () => void;
  onFind: () => void;
  previewOpen: boolean;
  /** Preview, Export HTML… and Copy HTML go through the app's menu-command handler. */
  onCommand: (command: MenuCommand) => void;
}

export function Toolbar({ controller, session, onLink, onFind, previewOpen, onCommand }: Props) {
  const editor = useEditorSnapshot(controller);
  const file = useSessionSnapshot(session);
  return (
    <header className="cd-toolbar" role="toolbar" aria-label="Document">
      <div className="cd-toolbar__group">
        <button type="button" data-testid="action-new" onClick={() => session.newDocument()} title="New (Mod-N)">
          New
        </button>
        <button type="button" data-testid="action-open" onClick={() => void session.open()} title="Open… (Mod-O)">
          Open…
        </button>
        <button type="button" data-testid="action-save" onClick={() => void session.save()} title="Save (Mod-S)" disabled={file.busy}>
          Save
        </button>
        <button type="button" data-testid="action-save-as" onClick={() => void session.saveAs()} title="Save As… (Shift-Mod-S)" disabled={file.busy}>
          Save As…
        </button>
      </div>
      <div className="cd-toolbar__group" aria-label="Formatting">
        <select
          aria-label="Block type"
          defaultValue=""
          onChange={(e) => {
            const name = e.target.value as BlockName;
            e.target.value = '';
            if (name) controller.run(setBlock(name));
          }}
        >
          <option value="" disabled>
            Block…
          </option>
          {BLOCKS.map((b) => (
            <option key={b.name} value={b.name}>
              {b.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => controller.run(toggleStrong)} title="Bold (Mod-B)" aria-label="Bold">
          <b>B</b>
        </button>
        <button type="button" onClick={() => controller.run(toggleEm)} title="Italic (Mod-I)" aria-label="Italic">
          <i>I</i>
        </button>
        <button type="button" onClick={onLink} title="Link (Mod-K)">
          Link
        </button>
        <button type="button" onClick={() => controller.run(toggleBlockquote)} title="Block quote (Mod-Shift-.)">
          Quote
        </button>
        <button type="button" onClick={() => controller.run(toggleBulletList)} title="Bullet list (Ctrl-Shift-8)">
          List
        </button>
        <button type="button" onClick={onFind} title="Find & replace (Mod-F)">
          Find
        </button>
      </div>
      <div className="cd-toolbar__group" aria-label="Publishing">
        <button type="button" data-testid="action-preview" aria-pressed={previewOpen} onClick={() => onCommand('toggle-preview')} title="Preview as published (Mod-Alt-P)">
          Preview
        </button>
        <button type="button" data-testid="action-export" onClick={() => onCommand('export-html')} title="Export HTML… (Shift-Mod-E)" disabled={file.busy}>
          Export HTML…
        </button>
        <button type="button" data-testid="action-copy-html" onClick={() => onCommand('copy-html')} title="Copy the article’s HTML">
          Copy HTML
        </button>
      </div>
      <h1 className="cd-title" data-testid="doc-title" title={file.path ?? 'Not saved yet'}>
        {file.name}
        {editor.dirty ? <span className="cd-title__dirty" aria-label="unsaved changes"> •</span> : null}
      </h1>
    </header>
  );
}
