// The renderer's one way to reach the platform. In Electron the preload provides
// `window.copydesk`; in the browser build the same contract goes over HTTP to the browser host
// (POST /api/invoke, Server-Sent Events on /api/events). Either way, calls reject with an
// ApiError whose message is one line to show and whose code says what went wrong.
import {
  ApiError,
  EVENT_CHANNELS,
  fromWireError,
  unpackError,
  type ArgsOf,
  type CopydeskApi,
  type EventChannel,
  type EventChannels,
  type InvokeChannel,
  type ResultOf,
} from '../../electron/ipc/contract';

declare global {
  interface Window {
    copydesk?: CopydeskApi;
  }
}

export { ApiError };
export type { CopydeskApi };

/** Rebuilds ApiErrors from the preload's messages (contextBridge keeps only an Error's message). */
function wrapPreload(bridge: CopydeskApi): CopydeskApi {
  return {
    async invoke<C extends InvokeChannel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      try {
        return await bridge.invoke(channel, args);
      } catch (error) {
        throw unpackError(error);
      }
    },
    on: (channel, listener) => bridge.on(channel, listener),
  };
}

type Listener = (payload: never) => void;

/** The contract over HTTP; the token travels in the HttpOnly cookie the host set on first load. */
export function createHttpApi(base = ''): CopydeskApi {
  const listeners = new Map<EventChannel, Set<Listener>>();
  let source: EventSource | null = null;

  function ensureEvents(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events`);
    for (const channel of EVENT_CHANNELS) {
      source.addEventListener(channel, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(channel) ?? []) (listener as (p: unknown) => void)(payload);
      });
    }
  }

  return {
    async invoke<C extends InvokeChannel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      let response: Response;
      try {
        response = await fetch(`${base}/api/invoke`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ channel, args }),
        });
      } catch {
        throw new ApiError('io', 'Copydesk is not running any more (the local server stopped)');
      }
      let reply: unknown;
      try {
        reply = await response.json();
      } catch {
        throw new ApiError('internal', `Copydesk's local server answered ${response.status} without a result`);
      }
      const body = reply as { ok?: unknown; result?: unknown; error?: unknown };
      if (body.ok === true) return body.result as ResultOf<C>;
      throw fromWireError(body.error);
    },
    on<E extends EventChannel>(channel: E, listener: (payload: EventChannels[E]) => void): () => void {
      ensureEvents();
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set);
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
  };
}

let api: CopydeskApi | null = null;

export function getApi(): CopydeskApi {
  if (!api) api = typeof window !== 'undefined' && window.copydesk ? wrapPreload(window.copydesk) : createHttpApi();
  return api;
}

/** A message to show for anything a call threw. */
export function errorMessage(error: unknown): string {
  return unpackError(error).message;
}
