import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../ipc/contract';
import { exportFile } from './file-service';
import { createHandlers, dispatchToWire, type PlatformHooks } from './handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function hooks(): PlatformHooks {
  return {
    appInfo: () => ({ platform: 'browser', version: 'test', homeDir: dir }),
    showOpenDialog: async () => ({ path: join(dir, 'picked.txt') }),
    showSaveDialog: async (name) => ({ path: join(dir, name) }),
    setTitle: vi.fn(),
    fileTouched: vi.fn(),
  };
}

describe('handlers', () => {
  it('covers every invoke channel', () => {
    expect(Object.keys(createHandlers(hooks())).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('validates arguments before calling a service', async () => {
    const handlers = createHandlers(hooks());
    expect(await dispatchToWire(handlers, 'file:open', { path: 42 })).toEqual({
      ok: false,
      error: { code: 'invalid-args', message: 'file:open: "path" must be a string' },
    });
    expect(await dispatchToWire(handlers, 'file:open', { path: '/x.txt', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
    expect(await dispatchToWire(handlers, 'shell:exec', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-args', message: 'Unknown channel: shell:exec' },
    });
  });

  it('opens, saves and lists through the file service', async () => {
    const handlers = createHandlers(hooks());
    const path = join(dir, 'story.txt');
    await writeFile(path, 'Lede.\n');
    expect(await dispatchToWire(handlers, 'file:open', { path })).toMatchObject({ ok: true, result: { content: 'Lede.\n' } });
    expect(await dispatchToWire(handlers, 'file:save', { path, content: 'New lede.\n' })).toMatchObject({ ok: true });
    expect(await dispatchToWire(handlers, 'fs:list', { dir })).toMatchObject({
      ok: true,
      result: { entries: [{ name: 'story.txt', kind: 'file' }] },
    });
  });

  it('reports each opened and saved file', async () => {
    const h = hooks();
    const handlers = createHandlers(h);
    const path = join(dir, 'story.txt');
    await dispatchToWire(handlers, 'file:save', { path, content: 'x' });
    await dispatchToWire(handlers, 'file:open', { path });
    await dispatchToWire(handlers, 'file:open', { path: join(dir, 'missing.txt') });
    expect(h.fileTouched).toHaveBeenCalledTimes(2);
    expect(h.fileTouched).toHaveBeenCalledWith(expect.objectContaining({ path }));
  });

  it('passes platform calls to the hooks', async () => {
    const h = hooks();
    const handlers = createHandlers(h);
    expect(await dispatchToWire(handlers, 'window:set-title', { title: 'story.txt', dirty: true })).toEqual({
      ok: true,
      result: null,
    });
    expect(h.setTitle).toHaveBeenCalledWith('story.txt', true);
    expect(await dispatchToWire(handlers, 'dialog:save', { suggestedName: 'a.md' })).toEqual({
      ok: true,
      result: { path: join(dir, 'a.md') },
    });
    expect(await dispatchToWire(handlers, 'app:info', undefined)).toMatchObject({ ok: true, result: { platform: 'browser' } });
  });
});

describe('file:export', () => {
  it('writes the page atomically, does not watch it, and refuses other extensions', async () => {
    const h = hooks();
    const handlers = createHandlers(h);
    const path = join(dir, 'story.html');
    const page = '<!DOCTYPE html>\n<html lang="en"></html>\n';
    expect(await dispatchToWire(handlers, 'file:export', { path, content: page })).toMatchObject({ ok: true, result: { path, name: 'story.html' } });
    expect(await readFile(path, 'utf8')).toBe(page);
    expect(h.fileTouched).not.toHaveBeenCalled();
    expect(await dispatchToWire(handlers, 'file:export', { path: join(dir, 'story.md'), content: page })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
    expect(await dispatchToWire(handlers, 'file:export', { path: 'story.html', content: page })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    await expect(exportFile(join(dir, 'story.txt'), page)).rejects.toMatchObject({ code: 'unsupported-format' });
  });
});
