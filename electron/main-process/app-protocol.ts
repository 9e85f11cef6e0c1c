// Serves the built renderer as app://copydesk/…: a real origin (so 'self' in the CSP means
// only the app), no file:// access to the rest of the disk, and the CSP sent as a header.
import { protocol } from 'electron';
import { readStaticFile } from '../host/static-files';
import { SECURITY_HEADERS } from '../security/csp';

export const APP_SCHEME = 'app';
const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const file = await readStaticFile(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
    });
  });
}

/** True for a frame showing our own page (not a navigated-away or injected frame). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    // Not URL.origin: Node's URL gives 'null' as the origin of schemes it does not know.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
