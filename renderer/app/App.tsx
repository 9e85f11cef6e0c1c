// The window: toolbar, editor, findings sidebar, status bar, and the dialogs. Everything reads
// the controller's and the session's snapshots; commands go through their methods.
import { useEffect, useRef, useState } from 'react';
import type { CopydeskApi, MenuCommand } from '../../electron/ipc/contract';
import type { EditorController } from '../editor/controller';
import { setLink } from '../editor/commands';
import { removeAllBoilerplate, removeAllDuplicates } from '../editor/fix-commands';
import type { DocumentSession } from './document-session';
import { EditorPane } from './EditorPane';
import { ErrorBanner } from './ErrorBanner';
import { FileChooser } from './FileChooser';
import { FindBar } from './FindBar';
import { FindingsPanel } from './FindingsPanel';
import { LinkDialog } from './LinkDialog';
import { SourcesPanel } from './SourcesPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useEditorSnapshot, useSessionSnapshot } from './stores';

interface Props {
  api: CopydeskApi;
  controller: EditorController;
  session: DocumentSession;
}

const isMod = (e: KeyboardEvent) => (navigator.platform.startsWith('Mac') ? e.metaKey : e.ctrlKey);

export function App({ api, controller, session }: Props) {
  const editor = useEditorSnapshot(controller);
  const file = useSessionSnapshot(session);
  const [find, setFind] = useState<{ signal: number } | null>(null);
  const [link, setLinkDialog] = useState<{ initial: string | null } | null>(null);
  const [sidebar, setSidebar] = useState(true);

  const openFind = () => setFind((f) => ({ signal: (f?.signal ?? 0) + 1 }));

  useEffect(() => {
    controller.setHooks({ onFind: openFind, onLinkRequest: (initial) => setLinkDialog({ initial }) });
  }, [controller]);

  useEffect(() => session.syncTitle(editor.dirty), [session, file.name, editor.dirty]);

  // One handler for menu commands, toolbar-less shortcuts and tests; kept in a ref so the
  // subscriptions below never see stale state.
  const handle = useRef<(command: MenuCommand) => void>(() => {});
  handle.current = (command: MenuCommand) => {
    switch (command) {
      case 'new':
        return session.newDocument();
      case 'open':
        return void session.open();
      case 'save':
        return void session.save();
      case 'save-as':
        return void session.saveAs();
      case 'find':
        return openFind();
      case 'next-finding':
        return void controller.stepFinding(1);
      case 'previous-finding':
        return void controller.stepFinding(-1);
      case 'remove-duplicates':
        return void controller.run(removeAllDuplicates());
      case 'remove-boilerplate':
        return void controller.run(removeAllBoilerplate());
      case 'toggle-sidebar':
        return setSidebar((s) => !s);
      case 'toggle-preview':
        return session.showNotice('There is no preview in this window yet; use File ▸ Export.');
      case 'about':
        return session.showNotice('Copydesk — an offline editor for newsroom copy.');
    }
  };

  useEffect(() => api.on('menu:command', ({ command }) => handle.current(command)), [api]);

  // In Electron the menu's accelerators send these as menu commands; in the browser, keys.
  useEffect(() => {
    if (file.platform !== 'browser') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const key = e.key.toLowerCase();
      let command: MenuCommand | null = null;
      if (e.key === 'F8') command = e.shiftKey ? 'previous-finding' : 'next-finding';
      else if (isMod(e) && key === 's') command = e.shiftKey ? 'save-as' : 'save';
      else if (isMod(e) && key === 'o') command = 'open';
      else if (isMod(e) && key === 'f') command = 'find';
      if (!command) return;
      e.preventDefault();
      handle.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [file.platform]);

  return (
    <div className={sidebar ? 'cd-app' : 'cd-app cd-app--no-sidebar'}>
      <Toolbar controller={controller} session={session} onFind={openFind} onLink={() => setLinkDialog({ initial: null })} />
      <ErrorBanner session={session} />
      {find ? <FindBar controller={controller} focusSignal={find.signal} onClose={() => setFind(null)} /> : null}
      <main className="cd-main">
        <EditorPane controller={controller} />
        {sidebar ? (
          <aside className="cd-sidebar">
            <FindingsPanel controller={controller} />
            <SourcesPanel controller={controller} />
          </aside>
        ) : null}
      </main>
      <StatusBar controller={controller} />
      {file.chooser ? <FileChooser key={`${file.chooser.mode}:${file.chooser.dir}`} session={session} request={file.chooser} /> : null}
      {link ? (
        <LinkDialog
          initial={link.initial}
          onSubmit={(href) => controller.run(setLink(href))}
          onClose={() => {
            setLinkDialog(null);
            controller.focus();
          }}
        />
      ) : null}
    </div>
  );
}
