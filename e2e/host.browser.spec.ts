// The browser host's security as a real browser sees it; needs only a built renderer.
import { CONTENT_SECURITY_POLICY } from '../electron/security/csp';
import { expect, test } from './fixtures';

test('the token in the address becomes a cookie, and the address loses it', async ({ page, browserHost }) => {
  const response = await page.goto(browserHost.url);
  expect(response?.status()).toBe(200);
  expect(page.url()).toBe(`${browserHost.origin}/`);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const cookies = await page.context().cookies();
  expect(cookies).toContainEqual(
    expect.objectContaining({ name: `copydesk_token_${browserHost.port}`, httpOnly: true, sameSite: 'Strict' }),
  );
  // The page can call the API with its cookie, and cannot read the token.
  const info = await page.evaluate(async () => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'app:info', args: {} }),
    });
    return { body: (await res.json()) as unknown, cookie: document.cookie };
  });
  expect(info.body).toMatchObject({ ok: true, result: { platform: 'browser' } });
  expect(info.cookie).toBe('');
});

test('without the token there is no page and no API', async ({ page, browserHost }) => {
  const response = await page.goto(`${browserHost.origin}/`);
  expect(response?.status()).toBe(401);
  const status = await page.evaluate(async () => (await fetch('/api/invoke', { method: 'POST', body: '{}' })).status);
  expect(status).toBe(401);
});

test('a page on another local port cannot use the API, even though cookies ignore ports', async ({ page, browserHost, context }) => {
  await page.goto(browserHost.url);
  const other = await context.newPage();
  // localhost:PORT is another origin than 127.0.0.1:PORT, as a web app on another local port would be.
  await other.goto(`http://localhost:${browserHost.port}/`);
  const fromLocalhost = await other.evaluate(async (origin) => {
    try {
      const res = await fetch(`${origin}/api/invoke`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: 'app:info', args: {} }),
      });
      return res.status;
    } catch {
      return 'blocked';
    }
  }, browserHost.origin);
  expect(fromLocalhost).toBe('blocked');
});
