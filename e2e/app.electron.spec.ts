// Electron-only checks: the window is sandboxed and isolated, and only `window.copydesk` is exposed.
import { expect, test } from './fixtures';

test('the renderer is isolated and gets exactly the contract API', async ({ copydesk }) => {
  const { page } = copydesk;
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys((window as unknown as { copydesk: object }).copydesk).sort(),
    origin: location.origin,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'on'], origin: 'app://copydesk' });
  const info = await page.evaluate(() => (window as unknown as { copydesk: { invoke: (c: string, a: object) => Promise<unknown> } }).copydesk.invoke('app:info', {}));
  expect(info).toMatchObject({ platform: 'electron' });
});

test('window.open and navigation away are denied', async ({ copydesk }) => {
  const { page } = copydesk;
  const opened = await page.evaluate(() => window.open('https://example.com') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(300);
  expect(new URL(page.url()).origin).toBe('app://copydesk');
});
