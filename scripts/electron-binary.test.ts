import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, missingDisplayReason } from './electron-binary.mjs';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('findElectronBinary', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds a binary, without downloading anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
    try {
      process.env.ELECTRON_OVERRIDE_DIST_PATH = dir;
      expect(findElectronBinary()).toMatchObject({ ok: false });
      await writeFile(join(dir, 'electron'), '#!/bin/sh\n');
      await chmod(join(dir, 'electron'), 0o755);
      expect(findElectronBinary()).toEqual({ ok: true, path: join(dir, 'electron') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives a one-line reason when the binary is missing', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const result = findElectronBinary();
    if (!result.ok) expect(result.reason).toMatch(/^no Electron binary: [^\n]+$/);
  });
});

describe('missingDisplayReason', () => {
  it('needs a display on Linux only', () => {
    delete process.env.DISPLAY;
    delete process.env.WAYLAND_DISPLAY;
    expect(missingDisplayReason()).toBe(process.platform === 'linux' ? 'no display: DISPLAY and WAYLAND_DISPLAY are not set' : null);
    process.env.DISPLAY = ':0';
    expect(missingDisplayReason()).toBeNull();
  });
});
