// Who may talk to the browser host. It binds loopback only, but any local web page (or a DNS
// rebinding attack) could still reach the port, so: the Host header must name us, /api calls
// must carry the per-launch token (cookie or header), and must come from our own origin.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-copydesk-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies are shared across ports on one host, so each launch's cookie name has its port. */
export function cookieName(port: number): string {
  return `copydesk_token_${port}`;
}

export function sameToken(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes((req.headers.host ?? '').toLowerCase());
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function requestToken(req: IncomingMessage, port: number): string | undefined {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  return cookieValue(req, cookieName(port));
}

/**
 * Blocks cross-origin calls that still carry our cookie (cookies ignore ports, so a page on
 * another localhost port is "same-site"): browsers send Origin and Sec-Fetch-Site on them.
 */
export function sameOriginRequest(req: IncomingMessage, port: number): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin === `http://${host}`);
}

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
