// The built bundles, not the sources: esbuild's ESM output must still give bundled CommonJS
// dependencies (write-file-atomic) their require() and __filename, or saving fails at run time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('dist/host.mjs (what npm start serves the browser build with)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root });
  }, 60_000);

  it('saves a file through the API', async () => {
    const { startHost } = await import(pathToFileURL(join(root, 'dist/host.mjs')).href);
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'));
    const host = await startHost({ rootDir: join(root, 'renderer'), port: 0, startDir: dir, token: 't0ken-for-tests' });
    try {
      const path = join(dir, 'story.txt');
      const response = await fetch(`${host.origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': host.token, Origin: host.origin },
        body: JSON.stringify({ channel: 'file:save', args: { path, content: 'Saved by the bundle.\n' } }),
      });
      const body = await response.json();
      expect(body).toMatchObject({ ok: true });
      expect(readFileSync(path, 'utf8')).toBe('Saved by the bundle.\n');
    } finally {
      await host.close();
    }
  });
});
