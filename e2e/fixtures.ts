// Shared e2e fixtures. Each test gets a fresh temp folder of real article files and Copydesk
// running on it, either in Debian's Chromium against the browser host ('browser' project) or
// in Electron ('electron' project, skipped with the reason when there is no Electron binary).
// Specs drive the UI through the data-testid names agreed with the renderer.
import { test as base, expect, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, type RunningHost } from '../electron/host/server';
import { findElectronBinary, missingDisplayReason } from '../scripts/electron-binary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_DIR = resolve(ROOT, 'dist/renderer');
export const ELECTRON_MAIN = resolve(ROOT, 'dist/electron/main.cjs');
const ARTICLES_DIR = resolve(ROOT, 'e2e/articles');

export type HostKind = 'browser' | 'electron';

/** Why the Electron project cannot run here, or null when it can. */
export function electronUnavailable(): string | null {
  const binary = findElectronBinary();
  if (!binary.ok) return binary.reason;
  if (!existsSync(ELECTRON_MAIN)) return `${ELECTRON_MAIN} is missing: run npm run build`;
  return missingDisplayReason();
}

function requireRenderer(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run \`npx vite build\` (npm run test:e2e does) before the e2e tests`);
  }
}

/** The temp folder each test works in: the articles from e2e/articles plus awkward entries. */
export interface Workspace {
  dir: string;
  path(name: string): string;
}

async function makeWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
  for (const name of await readdir(ARTICLES_DIR)) await copyFile(join(ARTICLES_DIR, name), join(dir, name));
  await mkdir(join(dir, 'Archive.md'));
  await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await writeFile(join(dir, '.hidden-draft.txt'), 'not listed');
  return { dir, path: (name) => join(dir, name) };
}

/** UI steps that differ between the hosts: file dialogs are native in Electron, in-app in the browser. */
export interface CopydeskDriver {
  page: Page;
  kind: HostKind;
  /** File ▸ Open, choosing `path`. */
  open(path: string): Promise<void>;
  /** File ▸ Save As…, choosing `path`. */
  saveAs(path: string): Promise<void>;
  save(): Promise<void>;
}

async function chooseInApp(page: Page, path: string): Promise<void> {
  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toBeVisible();
  await chooser.getByTestId('file-chooser-path').fill(path);
  await chooser.getByTestId('file-chooser-ok').click();
}

/** Makes Electron's next native open/save dialog answer `path` without showing anything. */
async function stubNativeDialog(app: ElectronApplication, kind: 'open' | 'save', path: string): Promise<void> {
  await app.evaluate(
    ({ dialog }, { kind, path }) => {
      if (kind === 'open') dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
      else dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    },
    { kind, path },
  );
}

export interface Fixtures {
  hostKind: HostKind;
  workspace: Workspace;
  /** The browser host serving dist/renderer, its chooser starting in the workspace. */
  browserHost: RunningHost;
  copydesk: CopydeskDriver;
}

export interface WorkerFixtures {
  /** Launches the project's Chromium on first use only, so Electron runs never start one. */
  lazyChromium: () => Promise<Browser>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  lazyChromium: [
    async ({ playwright, launchOptions }, use) => {
      const state: { launched?: Promise<Browser> } = {};
      await use(() => (state.launched ??= playwright.chromium.launch(launchOptions)));
      if (state.launched) await (await state.launched).close();
    },
    { scope: 'worker' },
  ],

  hostKind: ['browser', { option: true }],

  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const workspace = await makeWorkspace();
    await use(workspace);
    await rm(workspace.dir, { recursive: true, force: true });
  },

  browserHost: async ({ workspace }, use) => {
    requireRenderer();
    const host = await startHost({ rootDir: RENDERER_DIR, port: 0, startDir: workspace.dir });
    await use(host);
    await host.close();
  },

  copydesk: async ({ hostKind, lazyChromium, workspace }, use, testInfo) => {
    if (hostKind === 'electron') {
      const reason = electronUnavailable();
      testInfo.skip(reason !== null, reason ?? '');
      requireRenderer();
      const userData = join(workspace.dir, '.electron-profile');
      const app = await _electron.launch({
        args: [ELECTRON_MAIN],
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', COPYDESK_USER_DATA_DIR: userData } as Record<string, string>,
        executablePath: (findElectronBinary() as { path: string }).path,
      });
      const page = await app.firstWindow();
      await page.getByTestId('editor').waitFor();
      await use({
        page,
        kind: 'electron',
        open: async (path) => {
          await stubNativeDialog(app, 'open', path);
          await page.getByTestId('action-open').click();
        },
        saveAs: async (path) => {
          await stubNativeDialog(app, 'save', path);
          await page.getByTestId('action-save-as').click();
        },
        save: () => page.getByTestId('action-save').click(),
      });
      // Answer "Discard Changes" if a test leaves the article unsaved.
      await app.evaluate(({ dialog }) => {
        dialog.showMessageBoxSync = (() => 0) as typeof dialog.showMessageBoxSync;
      });
      await app.close();
      return;
    }

    requireRenderer();
    // Started here rather than through the browserHost fixture so Electron runs never start one.
    const host = await startHost({ rootDir: RENDERER_DIR, port: 0, startDir: workspace.dir });
    const context = await (await lazyChromium()).newContext();
    const page = await context.newPage();
    // The app must run under its own CSP: a violation or an uncaught error fails the test.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(host.url);
    await page.getByTestId('editor').waitFor();
    await use({
      page,
      kind: 'browser',
      open: async (path) => {
        await page.getByTestId('action-open').click();
        await chooseInApp(page, path);
      },
      saveAs: async (path) => {
        await page.getByTestId('action-save-as').click();
        await chooseInApp(page, path);
      },
      save: () => page.getByTestId('action-save').click(),
    });
    await context.close();
    await host.close();
    expect(problems, 'CSP violations or uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** The editor's text, paragraph by paragraph, as the user sees it. */
export async function editorParagraphs(page: Page): Promise<string[]> {
  return page
    .getByTestId('editor')
    .locator('.ProseMirror > *')
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').trim()).filter(Boolean));
}
