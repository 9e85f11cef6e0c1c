// Wires each invoke channel to the shared handlers, answering only our own top frame, and
// replying with a WireResult so the preload can rebuild a typed error.
import { BrowserWindow, dialog, ipcMain, app, type IpcMainInvokeEvent } from 'electron';
import { basename, dirname, join } from 'node:path';
import { INVOKE_CHANNELS, type WireResult } from '../ipc/contract';
import { ExternalChangeWatcher } from '../services/file-watcher';
import { createHandlers, dispatchToWire } from '../services/handlers';
import { COPYDESK_VERSION } from '../version';
import { isAppUrl } from './app-protocol';
import { markDirty } from './unsaved-guard';

const ARTICLE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

export function registerIpc(): void {
  // Dialogs start where the last file was opened or saved, as editors usually do.
  let lastDir: string | null = null;
  const startDir = () => lastDir ?? documentsDir();
  const windowOf = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const watcher = new ExternalChangeWatcher((change) => BrowserWindow.getAllWindows()[0]?.webContents.send('file:changed-externally', change));
  app.on('will-quit', () => watcher.stop());
  const handlers = createHandlers({
    appInfo: () => ({ platform: 'electron', version: COPYDESK_VERSION, homeDir: documentsDir() }),
    showOpenDialog: async () => {
      const win = windowOf();
      const options = { properties: ['openFile' as const], filters: ARTICLE_FILTERS, defaultPath: startDir() };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      return result.canceled || !path ? null : { path };
    },
    showSaveDialog: async (suggestedName) => {
      const win = windowOf();
      const options = { defaultPath: join(startDir(), basename(suggestedName)), filters: ARTICLE_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : { path: result.filePath };
    },
    setTitle: (title, dirty) => {
      const win = windowOf();
      if (!win) return;
      // macOS shows the unsaved state in the close button (setDocumentEdited); elsewhere, a dot.
      const marker = dirty && process.platform !== 'darwin' ? '• ' : '';
      win.setTitle(title ? `${marker}${title} — Copydesk` : 'Copydesk');
      win.setDocumentEdited(dirty);
      markDirty(win, dirty);
    },
    fileTouched: ({ path, mtimeMs }) => watcher.track(path, mtimeMs),
  });

  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown): Promise<WireResult<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'Not the Copydesk window' } };
      const reply = await dispatchToWire(handlers, channel, args);
      if (reply.ok && (channel === 'file:open' || channel === 'file:save')) lastDir = dirname((reply.result as { path: string }).path);
      return reply;
    });
  }
}
