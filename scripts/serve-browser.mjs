#!/usr/bin/env node
// `npm run start:browser`: serves the built renderer and the file API on 127.0.0.1 for any
// browser, when Electron is not available. Usage:
//   node scripts/serve-browser.mjs [--port N] [--dir <folder the file chooser starts in>] [--no-open]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_DIR = resolve(ROOT, 'dist/renderer');
const HOST_BUNDLE = resolve(ROOT, 'dist/host.mjs');

/** Opens the URL in the user's browser when there is a screen to show it on; never fails. */
function openInBrowser(url) {
  if (process.env.CI) return;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Printing the URL is enough.
  }
}

/**
 * Starts the host and returns it; `reason` (why Electron is not used) goes in the one line
 * printed with the URL.
 * @param {{ port?: number, dir?: string, open?: boolean, reason?: string }} options
 */
export async function serveBrowser(options = {}) {
  if (!existsSync(HOST_BUNDLE) || !existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error('not built yet: run `npm run build` and `npx vite build` first (or `npm start`)');
  }
  const { startHost } = await import(pathToFileURL(HOST_BUNDLE).href);
  const host = await startHost({ rootDir: RENDERER_DIR, port: options.port ?? 0, startDir: options.dir ? resolve(options.dir) : undefined });
  const prefix = options.reason ? `copydesk: Electron could not start (${options.reason}); serving the browser build at` : 'copydesk: serving the browser build at';
  process.stdout.write(`${prefix} ${host.url} (Ctrl+C stops it)\n`);
  if (options.open !== false) openInBrowser(host.url);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

export function parseServeArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, dir: { type: 'string' }, 'no-open': { type: 'boolean' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
  if (values.dir !== undefined && !existsSync(values.dir)) throw new Error(`--dir ${values.dir} does not exist`);
  return { port, dir: values.dir, open: !values['no-open'] };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseServeArgs(process.argv.slice(2));
    await serveBrowser(options);
  } catch (error) {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
