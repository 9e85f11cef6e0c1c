// Runs main.ts against a stand-in `electron` module: there is no Electron binary on CI, but the
// wiring (window options, IPC sender checks, app:// serving, navigation and permission rules,
// menu clicks) is plain code that can be checked here.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from './ipc/contract';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appEvents: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; sent: unknown[][]; title: string }[],
    ipc: new Map<string, Handler>(),
    protocolHandler: null as Handler | null,
    menu: [] as Record<string, unknown>[],
    permissionRequest: null as Handler | null,
  };
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    record: (typeof state.windows)[number];
    webContents: { send: (...args: unknown[]) => void };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], sent: [], title: '' };
      state.windows.push(this.record);
      this.webContents = { send: (...args) => this.record.sent.push(args) };
      BrowserWindow.all.push(this);
    }
    static getFocusedWindow() {
      return BrowserWindow.all[0] ?? null;
    }
    static getAllWindows() {
      return BrowserWindow.all;
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.record.title = title;
    }
    setDocumentEdited() {}
  }
  const electron = {
    app: {
      setName: () => {},
      setPath: () => {},
      getPath: () => '/tmp/copydesk-test-home',
      requestSingleInstanceLock: () => true,
      enableSandbox: () => {},
      quit: () => {},
      on: (event: string, fn: Handler) => state.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: () => {},
      handle: (_scheme: string, fn: Handler) => (state.protocolHandler = fn),
    },
    ipcMain: { handle: (channel: string, fn: Handler) => state.ipc.set(channel, fn) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    Menu: {
      buildFromTemplate: (template: Record<string, unknown>[]) => template,
      setApplicationMenu: (menu: Record<string, unknown>[]) => (state.menu = menu),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (state.permissionRequest = fn),
        setPermissionCheckHandler: () => {},
      },
    },
    shell: { openExternal: vi.fn(async () => {}) },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state, electron } = fake;

beforeAll(async () => {
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 10));
});

function invoke(channel: string, args: unknown, frame: { url: string; parent: unknown } | null) {
  return state.ipc.get(channel)!({ senderFrame: frame }, args);
}

describe('main process wiring', () => {
  it('opens one isolated, sandboxed window on the app:// page', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(state.windows[0]!.loaded).toEqual(['app://copydesk/index.html']);
  });

  it('handles every invoke channel, only for the app\'s own top frame', async () => {
    expect([...state.ipc.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const own = { url: 'app://copydesk/index.html', parent: null };
    expect(await invoke('app:info', {}, own)).toMatchObject({ ok: true, result: { platform: 'electron' } });
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Not the Copydesk window' } };
    expect(await invoke('app:info', {}, { url: 'https://evil.example/', parent: null })).toEqual(forbidden);
    expect(await invoke('app:info', {}, { url: 'app://copydesk/index.html', parent: {} })).toEqual(forbidden);
    expect(await invoke('app:info', {}, null)).toEqual(forbidden);
    expect(await invoke('file:open', { path: 7 }, own)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('sets the title through window:set-title', async () => {
    await invoke('window:set-title', { title: 'story.txt', dirty: false }, { url: 'app://copydesk/', parent: null });
    expect(state.windows[0]!.title).toBe('story.txt — Copydesk');
    await invoke('window:set-title', { title: 'story.txt', dirty: true }, { url: 'app://copydesk/', parent: null });
    expect(state.windows[0]!.title).toMatch(/^(• )?story\.txt — Copydesk$/);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = state.protocolHandler!;
    const page = (await handler(new Request('app://copydesk/index.html'))) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const outside = (await handler(new Request('app://copydesk/../package.json'))) as Response;
    expect(outside.status).toBe(404);
    const otherHost = (await handler(new Request('app://elsewhere/index.html'))) as Response;
    expect(otherHost.status).toBe(404);
  });

  it('denies navigation away, new windows and permissions', () => {
    const events = new Map<string, Handler>();
    let openHandler: Handler | null = null;
    const contents = {
      on: (event: string, fn: Handler) => events.set(event, fn),
      setWindowOpenHandler: (fn: Handler) => (openHandler = fn),
    };
    state.appEvents.get('web-contents-created')!({}, contents);
    const navigate = { preventDefault: vi.fn() };
    events.get('will-navigate')!(navigate, 'https://evil.example/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const internal = { preventDefault: vi.fn() };
    events.get('will-navigate')!(internal, 'app://copydesk/index.html');
    expect(internal.preventDefault).not.toHaveBeenCalled();
    const frame = { url: 'https://evil.example/', preventDefault: vi.fn() };
    events.get('will-frame-navigate')!(frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/story');
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    const callback = vi.fn();
    state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('sends menu commands to the window', () => {
    const items = (state.menu as { submenu?: { command?: string; click?: Handler; label?: string }[] }[]).flatMap((m) => m.submenu ?? []);
    const save = items.find((item) => item.label === 'Save')!;
    save.click!({}, undefined);
    expect(state.windows[0]!.sent).toContainEqual(['menu:command', { command: 'save' }]);
  });
});
