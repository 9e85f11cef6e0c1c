// Finds the Electron binary without ever downloading it. `require('electron')` runs the
// installer when the binary is missing, which hangs or fails on an offline machine, so this
// reads the package's path.txt and checks the file itself.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'no Electron binary: the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path) ? { ok: true, path } : { ok: false, reason: `no Electron binary at ELECTRON_OVERRIDE_DIST_PATH (${path})` };
  }
  if (!relative) {
    return { ok: false, reason: 'no Electron binary: node_modules/electron has no dist/, offline install?' };
  }
  const path = join(packageDir, 'dist', relative);
  if (!existsSync(path)) return { ok: false, reason: `no Electron binary: ${path} is missing, offline install?` };
  return { ok: true, path };
}

/** Why Electron cannot show a window here, before trying: no display on Linux. */
export function missingDisplayReason() {
  if (process.platform !== 'linux') return null;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'no display: DISPLAY and WAYLAND_DISPLAY are not set';
}
