#!/usr/bin/env node
// `npm start`: builds the renderer and the Node bundles, then opens Copydesk in Electron. When
// Electron cannot run here (no binary after an offline install, no display, or it dies at once),
// it says why in one line and serves the browser build on 127.0.0.1 instead.
// Options: --no-build, --browser (skip Electron), and serve-browser's --port, --dir, --no-open.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findElectronBinary, missingDisplayReason } from './electron-binary.mjs';
import { serveBrowser } from './serve-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = resolve(ROOT, 'dist/electron/main.cjs');
/** An Electron that exits with an error this soon never showed the app. */
const EARLY_EXIT_MS = 5000;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(`copydesk: \`${[command, ...args].join(' ')}\` failed; not starting\n`);
    process.exit(result.status ?? 1);
  }
}

/** Resolves with null once Electron has run for a while (or exited cleanly), else with why it failed. */
function launchElectron(binary) {
  return new Promise((resolveLaunch) => {
    const child = spawn(binary, [MAIN], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    let stderr = '';
    let settled = false;
    const settle = (reason) => {
      if (settled) return;
      settled = true;
      resolveLaunch(reason);
    };
    child.stderr.on('data', (chunk) => {
      if (settled) process.stderr.write(chunk);
      else stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      process.stderr.write(stderr);
      settle(null);
    }, EARLY_EXIT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      settle(`could not run ${binary}: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!settled && (code !== 0 || signal)) {
        const firstLine = stderr.split('\n').find((line) => line.trim()) ?? '';
        settle(`it exited with ${signal ?? `code ${code}`}${firstLine ? `: ${firstLine.trim().slice(0, 160)}` : ''}`);
      } else {
        settle(null);
        if (settled) process.exitCode = code ?? 0;
      }
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
  });
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    'no-build': { type: 'boolean' },
    browser: { type: 'boolean' },
    port: { type: 'string' },
    dir: { type: 'string' },
    'no-open': { type: 'boolean' },
  },
  strict: true,
});

if (!values['no-build']) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run(process.execPath, ['scripts/build-node.mjs']);
}

let reason = null;
if (!values.browser) {
  const binary = findElectronBinary();
  reason = binary.ok ? missingDisplayReason() : binary.reason;
  if (!reason && binary.ok) reason = await launchElectron(binary.path);
}

if (values.browser || reason) {
  const port = values.port === undefined ? 0 : Number(values.port);
  try {
    await serveBrowser({ port, dir: values.dir, open: !values['no-open'], reason: reason ?? undefined });
  } catch (error) {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
