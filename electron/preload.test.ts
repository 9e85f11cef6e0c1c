// The preload against a stand-in electron: exactly one API object, known channels only, errors
// packed so their codes survive contextBridge, and listeners never see the IPC event.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { unpackError, type CopydeskApi } from './ipc/contract';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string) =>
        channel === 'app:info'
          ? { ok: true, result: { platform: 'electron', version: 'x', homeDir: '/home/x' } }
          : { ok: false, error: { code: 'not-found', message: 'gone.txt does not exist' } },
      ),
      on: (channel: string, fn: Listener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(fn);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, fn: Listener) => listeners.get(channel)?.delete(fn),
    },
  };
  return { exposed, listeners, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let api: CopydeskApi;
beforeAll(async () => {
  await import('./preload');
  api = fake.exposed.get('copydesk') as CopydeskApi;
});

describe('preload', () => {
  it('exposes one object with invoke and on', () => {
    expect([...fake.exposed.keys()]).toEqual(['copydesk']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('resolves results and rejects with packed error codes', async () => {
    expect(await api.invoke('app:info', {})).toMatchObject({ platform: 'electron' });
    const error = await api.invoke('file:open', { path: '/gone.txt' }).catch((e: unknown) => e);
    expect(unpackError(error)).toMatchObject({ code: 'not-found', message: 'gone.txt does not exist' });
  });

  it('refuses channels outside the contract without calling main', async () => {
    fake.electron.ipcRenderer.invoke.mockClear();
    const error = await api.invoke('shell:exec' as 'app:info', {}).catch((e: unknown) => e);
    expect(unpackError(error).code).toBe('invalid-args');
    expect(fake.electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(() => api.on('ipc:anything' as 'menu:command', () => {})).toThrow();
  });

  it('passes event payloads without the event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.on('menu:command', (...args: unknown[]) => seen.push(args));
    for (const fn of fake.listeners.get('menu:command') ?? []) fn({ sender: 'secret' }, { command: 'save' });
    expect(seen).toEqual([[{ command: 'save' }]]);
    off();
    expect(fake.listeners.get('menu:command')?.size).toBe(0);
  });
});
