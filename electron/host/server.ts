// The browser host: serves the built renderer and the IPC contract over HTTP on 127.0.0.1, for
// machines where Electron cannot start. Same handlers as main; native dialogs become an error
// that tells the renderer to use its in-app chooser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import {
  ApiError,
  MAX_CONTENT_LENGTH,
  type EventChannel,
  type EventChannels,
  type WireResult,
} from '../ipc/contract';
import { SECURITY_HEADERS } from '../security/csp';
import { ExternalChangeWatcher } from '../services/file-watcher';
import { createHandlers, dispatchToWire, type Handlers } from '../services/handlers';
import { COPYDESK_VERSION } from '../version';
import { hostAllowed, newToken, requestToken, sameOriginRequest, sameToken, tokenCookie } from './auth';
import { EventHub } from './events';
import { readStaticFile } from './static-files';

export interface HostOptions {
  /** The built renderer (dist/renderer). */
  rootDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where the in-app chooser starts; the home folder by default. */
  startDir?: string;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface RunningHost {
  origin: string;
  /** The address to open: it carries the token, which the page then keeps as a cookie. */
  url: string;
  port: number;
  token: string;
  send<E extends EventChannel>(channel: E, payload: EventChannels[E]): void;
  close(): Promise<void>;
}

/** UTF-8 can take three bytes per UTF-16 unit; plus room for the JSON around the content. */
const MAX_BODY_BYTES = MAX_CONTENT_LENGTH * 3 + 64 * 1024;

const NO_STORE = { 'Cache-Control': 'no-store' };

function sendJson(res: ServerResponse, status: number, body: WireResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ApiError['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('too-large', 'The document is too large to save'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleInvoke(req: IncomingMessage, res: ServerResponse, handlers: Handlers): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'invalid-args', 'Use POST for /api/invoke');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, 'invalid-args', 'Send JSON (Content-Type: application/json)');
  }
  let message: unknown;
  try {
    message = JSON.parse(await readBody(req));
  } catch (error) {
    if (error instanceof ApiError) return sendError(res, 413, error.code, error.message);
    return sendError(res, 400, 'invalid-args', 'The request body is not valid JSON');
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return sendError(res, 400, 'invalid-args', 'Send {"channel": …, "args": …}');
  }
  const { channel, args } = message as Record<string, unknown>;
  sendJson(res, 200, await dispatchToWire(handlers, channel, args));
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const rootDir = resolve(options.rootDir);
  const startDir = resolve(options.startDir ?? homedir());
  const token = options.token ?? newToken();
  const hub = new EventHub();
  const watcher = new ExternalChangeWatcher((change) => hub.send('file:changed-externally', change));
  const handlers = createHandlers({
    appInfo: () => ({ platform: 'browser', version: COPYDESK_VERSION, homeDir: startDir }),
    showOpenDialog: () => {
      throw new ApiError('use-in-app-chooser', 'No native file dialog in the browser: use the in-app chooser');
    },
    showSaveDialog: () => {
      throw new ApiError('use-in-app-chooser', 'No native file dialog in the browser: use the in-app chooser');
    },
    // The page sets document.title itself; there is no window to mark as edited.
    setTitle: () => {},
    fileTouched: ({ path, mtimeMs }) => watcher.track(path, mtimeMs),
  });
  let port = 0;

  const server = createServer((req, res) => {
    void route(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'Copydesk hit an internal error');
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return sendText(res, 421, 'Wrong Host header');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isApi = url.pathname.startsWith('/api/');

    // First load: trade the token in the address for a cookie, and drop it from the address.
    const queryToken = url.searchParams.get('token');
    if (!isApi && queryToken !== null && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!sameToken(token, queryToken)) return sendText(res, 401, 'Wrong token: open the address Copydesk printed');
      url.searchParams.delete('token');
      res.writeHead(303, { ...SECURITY_HEADERS, ...NO_STORE, 'Set-Cookie': tokenCookie(port, token), Location: url.pathname + url.search });
      res.end();
      return;
    }

    if (!sameToken(token, requestToken(req, port))) {
      if (isApi) return sendError(res, 401, 'forbidden', 'Missing or wrong Copydesk token');
      return sendText(res, 401, 'Open Copydesk with the address it printed when it started (it carries a token)');
    }

    if (isApi) {
      if (!sameOriginRequest(req, port)) return sendError(res, 403, 'forbidden', 'Cross-origin requests are not allowed');
      if (url.pathname === '/api/invoke') return handleInvoke(req, res, handlers);
      if (url.pathname === '/api/events' && req.method === 'GET') return hub.add(res, SECURITY_HEADERS);
      return sendError(res, 404, 'invalid-args', `No such endpoint: ${url.pathname}`);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    const file = await readStaticFile(rootDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found');
    const html = file.contentType.startsWith('text/html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': html ? 'no-store' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}/?token=${token}`,
    port,
    token,
    send: (channel, payload) => hub.send(channel, payload),
    close: () =>
      new Promise<void>((resolveClose) => {
        hub.close();
        watcher.stop();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
