// Electron main: one hardened window showing the built renderer over app://, the IPC contract
// served by the shared handlers, and the native menu. Kept thin: the logic lives in services/.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { installMenu } from './main-process/app-menu';
import { APP_URL, registerAppScheme, serveRenderer } from './main-process/app-protocol';
import { hardenApp } from './main-process/harden';
import { registerIpc } from './main-process/ipc-main';
import { guardUnsavedChanges } from './main-process/unsaved-guard';

// Bundled as dist/electron/main.cjs beside preload.cjs; the renderer is built to dist/renderer.
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
const DEV = process.env.COPYDESK_DEV === '1';

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Copydesk',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The title comes from window:set-title alone, not from whatever <title> the page has.
  win.on('page-title-updated', (event) => event.preventDefault());
  guardUnsavedChanges(win);
  void win.loadURL(APP_URL);
  return win;
}

// Launched as `electron dist/electron/main.cjs` there is no package.json beside main to name
// the app, so name it and its profile folder here. Tests pass their own profile (and so get
// their own single-instance lock) to run in parallel.
app.setName('Copydesk');
app.setPath('userData', process.env.COPYDESK_USER_DATA_DIR ?? join(app.getPath('appData'), 'Copydesk'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp();
  app.enableSandbox();
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    serveRenderer(RENDERER_DIR);
    registerIpc();
    installMenu(DEV);
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
