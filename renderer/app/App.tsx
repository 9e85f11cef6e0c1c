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
import { ExportConfirm, type ExportChoice } from './ExportConfirm';
import { PreviewPane, type PreviewWidth } from './PreviewPane';
import { copyHtml } from './clipboard';
import { exportName, flaggedToOmit, publish, publishFragment } from './publish';
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
  const [preview, setPreview] = useState<PreviewWidth | null>(null);
  const [lastWidth, setLastWidth] = useState<PreviewWidth>('desktop');
  const [confirm, setConfirm] = useState<{ target: 'file' | 'clipboard' } | null>(null);

  const openFind = () => setFind((f) => ({ signal: (f?.signal ?? 0) + 1 }));

  useEffect(() => {
    controller.setHooks({ onFind: openFind, onLinkRequest: (initial) => setLinkDialog({ initial }) });
  }, [controller]);

  useEffect(() => session.syncTitle(editor.dirty), [session, file.name, editor.dirty]);

  const togglePreview = () => {
    setPreview((open) => (open ? null : lastWidth));
    controller.focus();
  };

  /** Export HTML… and Copy HTML: the same page the preview shows, minus what the user skips. */
  const publishTo = async (target: 'file' | 'clipboard', choice: Exclude<ExportChoice, 'cancel'>) => {
    const omit = choice === 'skip' ? flaggedToOmit(controller.getSnapshot().findings) : undefined;
    if (target === 'file') return session.exportHtml(() => publish(controller.doc, omit).page, exportName(file.name));
    try {
      await copyHtml(publishFragment(controller.doc, omit));
      session.showNotice('Copied the article’s HTML.');
    } catch (error) {
      session.showError(`Could not copy the HTML: ${error instanceof Error ? error.message : String(error)}`);
    }
    controller.focus();
  };

  const startPublish = (target: 'file' | 'clipboard') => {
    const { findings } = controller.getSnapshot();
    if (findings.duplicates.length + findings.boilerplate.length + findings.quotes.length > 0) setConfirm({ target });
    else void publishTo(target, 'all');
  };

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
        return togglePreview();
      case 'export-html':
        return startPublish('file');
      case 'copy-html':
        return startPublish('clipboard');
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
      // e.code: with Alt held, macOS turns P into π.
      else if (isMod(e) && e.altKey && e.code === 'KeyP') command = 'toggle-preview';
      else if (isMod(e) && e.shiftKey && e.code === 'KeyE') command = 'export-html';
      if (!command) return;
      e.preventDefault();
      handle.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [file.platform]);

  return (
    <div className={`cd-app${sidebar ? '' : ' cd-app--no-sidebar'}${preview ? ' cd-app--preview' : ''}`}>
      <Toolbar
        controller={controller}
        session={session}
        onFind={openFind}
        onLink={() => setLinkDialog({ initial: null })}
        previewOpen={preview !== null}
        onCommand={(command) => handle.current(command)}
      />
      <ErrorBanner session={session} />
      {find ? <FindBar controller={controller} focusSignal={find.signal} onClose={() => setFind(null)} /> : null}
      <main className="cd-main">
        <EditorPane controller={controller} />
        {preview ? (
          <PreviewPane
            controller={controller}
            width={preview}
            onWidth={(width) => {
              setPreview(width);
              setLastWidth(width);
            }}
            onClose={togglePreview}
          />
        ) : null}
        {sidebar ? (
          <aside className="cd-sidebar">
            <FindingsPanel controller={controller} />
            <SourcesPanel controller={controller} />
          </aside>
        ) : null}
      </main>
      <StatusBar controller={controller} />
      {file.chooser ? <FileChooser key={`${file.chooser.mode}:${file.chooser.dir}`} session={session} request={file.chooser} /> : null}
      {confirm ? (
        <ExportConfirm
          findings={editor.findings}
          target={confirm.target}
          onChoose={(choice) => {
            setConfirm(null);
            if (choice === 'cancel') controller.focus();
            else void publishTo(confirm.target, choice);
          }}
        />
      ) : null}
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
