// The preview pane's setup, in Chromium: the exported page as the srcdoc of an <iframe
// sandbox=""> inside a page served with the app's own CSP (electron/security/csp.ts). The
// house style must apply there (the inline <style> is allowed by both policies) and nothing
// may run or load, whatever the story holds.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/security/csp';
import { escapeHtml } from './escape';
import { LONG_ARTICLE } from './fixtures/long-article';
import { XSS_ARTICLE } from './fixtures/xss-corpus';
import { renderArticleDocument } from './render';
import type { Article } from './article';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const title = present ? 'preview pane in Chromium' : `preview pane in Chromium (skipped: ${CHROMIUM} does not exist)`;
const APP = 'https://copydesk.test/';

describe.skipIf(!present)(title, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The app page holding the preview iframe, as the editor will build it. */
  async function preview(article: Article, width: number) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const called: string[] = [];
    await context.exposeBinding('pwned', (_source, id: unknown) => void called.push(String(id)));
    await context.route('**/*', (route) => {
      if (route.request().url() === APP) {
        const body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Copydesk</title></head><body style="margin:0">
<iframe sandbox="" title="Published preview" style="border:0;width:100%;height:850px" srcdoc="${escapeHtml(renderArticleDocument(article))}"></iframe></body></html>`;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: SECURITY_HEADERS, body });
      }
      requests.push(route.request().url());
      return route.fulfill({ status: 204, body: '' });
    });
    const page = await context.newPage();
    await page.goto(APP, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('the preview iframe did not load');
    return { context, page, frame, requests, called };
  }

  it('applies the house style inside the sandboxed srcdoc under the app CSP, at desktop, tablet and mobile widths', async () => {
    const sizes: Record<string, number> = {};
    for (const width of [1280, 800, 390]) {
      const { context, frame, requests } = await preview(LONG_ARTICLE, width);
      const style = await frame.locator('h1').evaluate((h1) => {
        const s = getComputedStyle(h1);
        return { font: s.fontFamily, size: parseFloat(s.fontSize), measure: (h1.closest('article') as HTMLElement).getBoundingClientRect().width };
      });
      expect(style.font).toMatch(/Georgia|serif/);
      expect(style.measure).toBeLessThanOrEqual(640 + 1);
      sizes[width] = style.size;
      expect(requests).toEqual([]);
      await context.close();
    }
    expect(sizes[1280]).toBeGreaterThan(sizes[800] as number);
    expect(sizes[800]).toBeGreaterThan(sizes[390] as number);
  }, 120_000);

  it('runs no script in the preview, even from the XSS corpus, and shows it as text', async () => {
    const { context, frame, page, requests, called } = await preview(XSS_ARTICLE, 1280);
    expect(await frame.locator('h1').textContent()).toBe(XSS_ARTICLE.headline.replace('\u0000', ''));
    for (const box of await frame.locator('article *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      if (box.y < 850) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
    await page.waitForTimeout(300);
    expect(called).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  }, 120_000);
});
