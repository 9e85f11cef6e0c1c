// The open document's file side: which file it is, New/Open/Save/Save As through the platform
// API, the in-app chooser in browser mode (no native dialogs there), and the error banner.
// A plain store (subscribe/getSnapshot) like the editor controller, so menu events, toolbar
// buttons and keyboard shortcuts all call the same methods without stale React closures.
import { EXPORT_EXTENSION, type AppInfo, type CopydeskApi, type FileFormat } from '../../electron/ipc/contract';
import { errorMessage } from '../platform/api';
import type { EditorController } from '../editor/controller';
import { emptyDoc, formatOfPath, parseContent, serializeContent, type TextFormat } from '../editor/serialize';

export interface ChooserRequest {
  mode: 'open' | 'save';
  /** Folder first listed. */
  dir: string;
  /** Initial text of the path box. */
  path: string;
  /** Export HTML… uses the save chooser for a page, not the article. */
  purpose?: 'export';
}

export interface SessionSnapshot {
  /** Full path, or null for an unsaved new document (or an imported .docx). */
  path: string | null;
  name: string;
  /** Format the file is saved in; null until it has a path. */
  format: TextFormat | null;
  error: string | null;
  notice: string | null;
  chooser: ChooserRequest | null;
  platform: AppInfo['platform'] | null;
  busy: boolean;
}

const UNTITLED = 'Untitled';

function dirOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : cut === 0 ? path.slice(0, 1) : '';
}

function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function savableFormat(format: FileFormat): TextFormat | null {
  return format === 'docx' ? null : format;
}

export class DocumentSession {
  private snapshot: SessionSnapshot = {
    path: null,
    name: UNTITLED,
    format: null,
    error: null,
    notice: null,
    chooser: null,
    platform: null,
    busy: false,
  };
  private listeners = new Set<() => void>();
  private info: Promise<AppInfo | null>;
  private chooserResolve: ((path: string | null) => void) | null = null;

  constructor(
    private api: CopydeskApi,
    private editor: EditorController,
  ) {
    this.info = api.invoke('app:info', {}).then(
      (info) => {
        this.set({ platform: info.platform });
        return info;
      },
      (error: unknown) => {
        this.set({ error: errorMessage(error) });
        return null;
      },
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  dismissError(): void {
    this.set({ error: null, notice: null });
  }

  showError(message: string): void {
    this.set({ error: message });
  }

  showNotice(message: string): void {
    this.set({ notice: message });
  }

  /** Tells main (window title, close guard) and the page what is open and whether it's saved. */
  syncTitle(dirty: boolean): void {
    const { name } = this.snapshot;
    document.title = `${dirty ? '• ' : ''}${name} — Copydesk`;
    this.api.invoke('window:set-title', { title: name, dirty }).catch(() => {
      // Browser hosts may not have a window to title; the page title is enough.
    });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.set({ busy: true, error: null, notice: null });
    try {
      return await work();
    } catch (error) {
      this.set({ error: errorMessage(error) });
      return undefined;
    } finally {
      this.set({ busy: false });
    }
  }

  // ------------------------------------------------------------ chooser (browser mode)

  private async usesNativeDialogs(): Promise<boolean> {
    const info = await this.info;
    return info?.platform === 'electron';
  }

  private async choose(mode: 'open' | 'save', suggestedName: string, purpose?: 'export'): Promise<string | null> {
    const info = await this.info;
    const dir = this.snapshot.path ? dirOf(this.snapshot.path) : info?.homeDir ?? '';
    const path = mode === 'save' ? joinPath(dir, suggestedName) : '';
    this.chooserResolve?.(null);
    return new Promise((resolve) => {
      this.chooserResolve = resolve;
      this.set({ chooser: purpose ? { mode, dir, path, purpose } : { mode, dir, path } });
    });
  }

  /** The chooser's answer: a full path, or null when cancelled. */
  resolveChooser(path: string | null): void {
    const resolve = this.chooserResolve;
    this.chooserResolve = null;
    this.set({ chooser: null });
    resolve?.(path && path.trim() ? path.trim() : null);
  }

  listDir(dir: string) {
    return this.api.invoke('fs:list', { dir });
  }

  // ------------------------------------------------------------ file actions

  private confirmDiscard(): boolean {
    if (!this.editor.getSnapshot().dirty) return true;
    try {
      return window.confirm(`Discard the unsaved changes to ${this.snapshot.name}?`);
    } catch {
      return true;
    }
  }

  newDocument(): void {
    if (!this.confirmDiscard()) return;
    this.editor.load(emptyDoc());
    this.set({ path: null, name: UNTITLED, format: null, error: null, notice: null });
    this.editor.focus();
  }

  async open(): Promise<void> {
    if (!this.confirmDiscard()) return;
    const path = (await this.usesNativeDialogs())
      ? await this.guard(async () => (await this.api.invoke('dialog:open', {}))?.path ?? null)
      : await this.choose('open', '');
    if (path) await this.openPath(path);
  }

  async openPath(path: string): Promise<void> {
    await this.guard(async () => {
      const file = await this.api.invoke('file:open', { path });
      // Parse before replacing anything, so a bad file keeps the current article.
      const doc = parseContent(file.content, file.format);
      const format = savableFormat(file.format);
      this.editor.load(doc);
      this.set({
        path: format ? file.path : null,
        name: format ? file.name : file.name.replace(/\.docx$/i, '.md'),
        format,
      });
      if (!format) this.set({ notice: `${file.name} was imported; Save writes a new Markdown file.` });
      this.editor.focus();
    });
  }

  async save(): Promise<void> {
    const { path, format } = this.snapshot;
    if (!path || !format) return this.saveAs();
    await this.write(path, format);
  }

  async saveAs(): Promise<void> {
    const suggested = this.snapshot.path ? this.snapshot.name : `${this.snapshot.name === UNTITLED ? 'untitled' : this.snapshot.name.replace(/\.[^.]+$/, '')}.md`;
    const path = (await this.usesNativeDialogs())
      ? await this.guard(async () => (await this.api.invoke('dialog:save', { suggestedName: suggested }))?.path ?? null)
      : await this.choose('save', suggested);
    if (!path) return;
    await this.write(path, formatOfPath(path));
  }

  /**
   * File ▸ Export HTML…: asks where (native dialog, or the in-app chooser in browser mode),
   * suggesting `<doc name>.html`, and writes `page` there atomically. A path typed without an
   * extension gets `.html`. The document's own path, name and dirty flag do not change.
   */
  async exportHtml(page: () => string, suggestedName: string): Promise<void> {
    const chosen = (await this.usesNativeDialogs())
      ? await this.guard(async () => (await this.api.invoke('dialog:save', { suggestedName }))?.path ?? null)
      : await this.choose('save', suggestedName, 'export');
    if (!chosen) return this.editor.focus();
    const path = /\.[^./\\]+$/.test(chosen) ? chosen : `${chosen}.html`;
    if (!EXPORT_EXTENSION.test(path)) {
      this.set({ error: `Export writes a web page: choose a name ending in .html, not ${path.replace(/^.*[/\\]/, '')}` });
      return this.editor.focus();
    }
    await this.guard(async () => {
      const saved = await this.api.invoke('file:export', { path, content: page() });
      this.set({ notice: `Exported ${saved.name}` });
    });
    this.editor.focus();
  }

  private async write(path: string, format: TextFormat): Promise<void> {
    await this.guard(async () => {
      const doc = this.editor.doc;
      const content = serializeContent(doc, format, headlineOf(doc) ?? this.snapshot.name);
      const saved = await this.api.invoke('file:save', { path, content });
      // Only what was written counts as saved: edits made during the write stay dirty.
      this.editor.markSaved(doc);
      this.set({ path: saved.path, name: saved.name, format });
    });
  }
}

function headlineOf(doc: EditorController['doc']): string | null {
  let found: string | null = null;
  doc.descendants((node) => {
    if (found !== null) return false;
    if (node.type.name === 'headline' && node.textContent.trim()) found = node.textContent.trim();
    return !node.isTextblock;
  });
  return found;
}
