import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { startHost, type RunningHost } from './server';

let work: string;
let root: string;
let docs: string;
let host: RunningHost;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-host-'));
  root = join(work, 'renderer');
  docs = join(work, 'docs');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(docs);
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(work, 'secret.txt'), 'outside the renderer');
  host = await startHost({ rootDir: root, port: 0, startDir: docs });
});

afterEach(async () => {
  await host.close();
  await rm(work, { recursive: true, force: true });
});

function api(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token, ...headers },
    body: JSON.stringify(body),
  });
}

/** fetch() will not send a forged Host header, so this goes through node:http. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('binds to loopback and prints a URL with the token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('trades the token in the URL for a strict HttpOnly cookie, then serves the page with the CSP', async () => {
    const first = await fetch(host.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`copydesk_token_${host.port}=${host.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await fetch(`${host.origin}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Copydesk</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses pages and API calls without the token, or with a wrong one', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    expect((await fetch(`${host.origin}/?token=nope`)).status).toBe(401);
    const noToken = await fetch(`${host.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'app:info', args: {} }),
    });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api({ channel: 'app:info', args: {} }, { 'x-copydesk-token': 'x'.repeat(43) })).status).toBe(401);
  });

  it('rejects a foreign Host header (DNS rebinding)', async () => {
    const evil = await rawGet(`/?token=${host.token}`, { host: `evil.example:${host.port}` });
    expect(evil.status).toBe(421);
    const otherPort = await rawGet('/api/events', { host: '127.0.0.1:1', 'x-copydesk-token': host.token });
    expect(otherPort.status).toBe(421);
    const ok = await rawGet('/', { host: `localhost:${host.port}`, 'x-copydesk-token': host.token });
    expect(ok.status).toBe(200);
  });

  it('rejects cross-origin API calls even with the cookie', async () => {
    const res = await api({ channel: 'app:info', args: {} }, { origin: 'http://127.0.0.1:9999', 'sec-fetch-site': 'same-site' });
    expect(res.status).toBe(403);
  });

  it('answers app:info as the browser platform, starting in the chosen folder', async () => {
    const res = await api({ channel: 'app:info', args: {} });
    expect(await res.json()).toEqual({ ok: true, result: { platform: 'browser', version: 'dev', homeDir: docs } });
  });

  it('rejects invalid arguments and unknown channels with a clear error', async () => {
    expect(await (await api({ channel: 'file:open', args: { path: 1 } })).json()).toEqual({
      ok: false,
      error: { code: 'invalid-args', message: 'file:open: "path" must be a string' },
    });
    expect(await (await api({ channel: 'fs:rm', args: {} })).json()).toMatchObject({
      ok: false,
      error: { code: 'invalid-args', message: 'Unknown channel: fs:rm' },
    });
    const notJson = await fetch(`${host.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('tells the renderer to use its in-app chooser instead of native dialogs', async () => {
    expect(await (await api({ channel: 'dialog:open', args: {} })).json()).toMatchObject({
      ok: false,
      error: { code: 'use-in-app-chooser' },
    });
    expect(await (await api({ channel: 'dialog:save', args: { suggestedName: 'a.txt' } })).json()).toMatchObject({
      ok: false,
      error: { code: 'use-in-app-chooser' },
    });
  });

  it('round-trips file:save and file:open, and lists the folder', async () => {
    const path = join(docs, 'story.md');
    const saved = await (await api({ channel: 'file:save', args: { path, content: '# Héadline\n\nBody “quoted”.\n' } })).json();
    expect(saved).toMatchObject({ ok: true, result: { path, name: 'story.md' } });
    expect(await readFile(path, 'utf8')).toBe('# Héadline\n\nBody “quoted”.\n');
    const opened = await (await api({ channel: 'file:open', args: { path } })).json();
    expect(opened).toMatchObject({ ok: true, result: { content: '# Héadline\n\nBody “quoted”.\n', format: 'md' } });
    const listed = await (await api({ channel: 'fs:list', args: { dir: docs } })).json();
    expect(listed).toMatchObject({ ok: true, result: { dir: docs, entries: [{ name: 'story.md', kind: 'file' }] } });
  });

  it('reports file errors as one-line messages', async () => {
    expect(await (await api({ channel: 'file:open', args: { path: docs } })).json()).toEqual({
      ok: false,
      error: { code: 'is-directory', message: 'docs is a folder, not a file' },
    });
  });

  it('never serves files outside the renderer folder', async () => {
    const headers = { 'x-copydesk-token': host.token };
    await symlink(join(work, 'secret.txt'), join(root, 'leak.txt'));
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/leak.txt', '/..%5csecret.txt']) {
      const res = await rawGet(path, { ...headers, host: `127.0.0.1:${host.port}` });
      expect(res.body).not.toContain('outside the renderer');
    }
    const js = await fetch(`${host.origin}/assets/app.js`, { headers });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${host.origin}/assets/missing.js`, { headers })).status).toBe(404);
    // Paths without an extension are app routes: they get the page.
    expect(await (await fetch(`${host.origin}/some/route`, { headers })).text()).toContain('Copydesk');
  });

  it('tells the page over SSE when the open file changes on disk', async () => {
    const path = join(docs, 'story.txt');
    await api({ channel: 'file:save', args: { path, content: 'Ours.\n' } });
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/api/events`, { headers: { 'x-copydesk-token': host.token }, signal: controller.signal });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('connected')) text += new TextDecoder().decode((await reader.read()).value);
    await writeFile(path, 'Someone else wrote this.\n');
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    while (!text.includes('file:changed-externally')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain(`"path":${JSON.stringify(path)},"exists":true`);
    controller.abort();
  });

  it('streams events over SSE', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/api/events`, { headers: { 'x-copydesk-token': host.token }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('connected')) text += new TextDecoder().decode((await reader.read()).value);
    host.send('menu:command', { command: 'save' });
    while (!text.includes('"command":"save"')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: menu:command\ndata: {"command":"save"}\n\n');
    controller.abort();
  });
});
