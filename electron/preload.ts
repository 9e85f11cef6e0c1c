// The renderer's only door to main: `window.copydesk`, a CopydeskApi limited to the contract's
// channels. Bundled as CommonJS (sandboxed preloads cannot be ESM); the event object never
// crosses to the page, and errors carry their code in the message (contextBridge drops fields).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isEventChannel,
  isInvokeChannel,
  packErrorMessage,
  type CopydeskApi,
  type EventChannel,
  type EventChannels,
  type WireResult,
} from './ipc/contract';

const api: CopydeskApi = {
  async invoke(channel, args) {
    if (!isInvokeChannel(channel)) {
      throw new Error(packErrorMessage({ code: 'invalid-args', message: `Unknown channel: ${String(channel)}` }));
    }
    const reply = (await ipcRenderer.invoke(channel, args)) as WireResult<never>;
    if (reply.ok) return reply.result;
    throw new Error(packErrorMessage(reply.error));
  },
  on<E extends EventChannel>(channel: E, listener: (payload: EventChannels[E]) => void) {
    if (!isEventChannel(channel)) throw new Error(`Unknown event channel: ${String(channel)}`);
    const forward = (_event: IpcRendererEvent, payload: EventChannels[E]) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('copydesk', api);
