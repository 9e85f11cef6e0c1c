import { mkdtemp, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveFile } from './file-service';
import { ExternalChangeWatcher, type ExternalChange } from './file-watcher';

let dir: string;
let changes: ExternalChange[];
let watcher: ExternalChangeWatcher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-watch-'));
  changes = [];
  watcher = new ExternalChangeWatcher((change) => changes.push(change), 50);
});
afterEach(async () => {
  watcher.stop();
  await rm(dir, { recursive: true, force: true });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('ExternalChangeWatcher', () => {
  it('reports another program rewriting the file, once per change', async () => {
    const path = join(dir, 'story.txt');
    const saved = await saveFile(path, 'Ours.\n');
    watcher.track(path, saved.mtimeMs);
    await settle();
    expect(changes).toEqual([]);
    await writeFile(path, 'Theirs.\n');
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path, exists: true });
  });

  it('ignores our own atomic saves when they are tracked', async () => {
    const path = join(dir, 'story.txt');
    watcher.track(path, (await saveFile(path, 'One.\n')).mtimeMs);
    for (const text of ['Two.\n', 'Three.\n']) {
      const saved = await saveFile(path, text);
      watcher.track(path, saved.mtimeMs);
    }
    await settle();
    expect(changes).toEqual([]);
  });

  it('reports deletion, and ignores other files in the folder', async () => {
    const path = join(dir, 'story.txt');
    watcher.track(path, (await saveFile(path, 'Text.\n')).mtimeMs);
    await writeFile(join(dir, 'other.txt'), 'unrelated');
    await settle();
    expect(changes).toEqual([]);
    await unlink(path);
    await settle();
    expect(changes).toEqual([{ path, exists: false, mtimeMs: null }]);
  });
});
