import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { ApiError, packErrorMessage, type CopydeskApi } from '../../electron/ipc/contract';
import { createHttpApi, errorMessage } from './api';

let dir: string;
let host: RunningHost;
const realFetch = globalThis.fetch;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-api-'));
  host = await startHost({ rootDir: dir, port: 0, startDir: dir });
  // Stand in for the browser: same-origin requests that carry the host's cookie.
  globalThis.fetch = (input, init) =>
    realFetch(new URL(String(input), host.origin), {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), cookie: `copydesk_token_${host.port}=${host.token}` },
    });
});

afterEach(async () => {
  globalThis.fetch = realFetch;
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('createHttpApi', () => {
  it('invokes channels on the browser host', async () => {
    const api: CopydeskApi = createHttpApi();
    expect(await api.invoke('app:info', {})).toMatchObject({ platform: 'browser', homeDir: dir });
    const path = join(dir, 'a.txt');
    await api.invoke('file:save', { path, content: 'Text.' });
    expect((await api.invoke('file:open', { path })).content).toBe('Text.');
  });

  it('rejects with ApiErrors carrying the code and a one-line message', async () => {
    const api = createHttpApi();
    const error = await api.invoke('file:open', { path: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'is-directory' });
    const dialog = await api.invoke('dialog:open', {}).catch((e: unknown) => e);
    expect(dialog).toMatchObject({ code: 'use-in-app-chooser' });
  });
});

describe('errorMessage', () => {
  it('unpacks messages the preload packed', () => {
    const bridged = new Error(`Error invoking remote method: ${packErrorMessage({ code: 'binary', message: 'x.txt is a binary file, not text' })}`);
    expect(errorMessage(bridged)).toBe('x.txt is a binary file, not text');
    expect(errorMessage(new Error('plain'))).toBe('plain');
  });
});
