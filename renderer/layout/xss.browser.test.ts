// Browser-level XSS check: the exported page, with the XSS corpus in every field, opened in
// Chromium with JavaScript on. Every payload would call window.pwned(id); the test hovers and
// focuses every element and clicks every link, then asserts nothing was called and nothing was
// fetched. Besides the page as exported, it opens the same page without its CSP and the bare
// fragment in a page with no CSP (a CMS), so that escaping, not CSP, is what is tested.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_ARTICLE } from './fixtures/xss-corpus';
import { renderArticleDocument, renderArticleFragment } from './render';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const title = present ? 'XSS corpus in Chromium' : `XSS corpus in Chromium (skipped: ${CHROMIUM} does not exist)`;

describe.skipIf(!present)(title, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-xss-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  interface Visit {
    called: string[];
    requests: string[];
    dialogs: string[];
    page: Page;
    context: BrowserContext;
    url: string;
  }

  /** Opens `html` from a file with JS on, recording payload calls, dialogs and any request. */
  async function open(name: string, html: string): Promise<Visit> {
    const path = join(dir, name);
    writeFileSync(path, html);
    const url = pathToFileURL(path).href;
    const context = await browser.newContext({ javaScriptEnabled: true });
    const visit: Visit = { called: [], requests: [], dialogs: [], page: undefined as unknown as Page, context, url };
    // A binding on the context reaches every page and frame, popups and srcdoc iframes included.
    await context.exposeBinding('pwned', (_source, id: unknown) => void visit.called.push(String(id)));
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested === url) return route.continue();
      visit.requests.push(requested);
      // 204 No Content: a browser stays on the page, so clicking a link needs no way back.
      return route.fulfill({ status: 204, body: '' });
    });
    context.on('page', (page) => page.on('dialog', (dialog) => void (visit.dialogs.push(dialog.message()), dialog.dismiss())));
    visit.page = await context.newPage();
    await visit.page.goto(url, { waitUntil: 'load' });
    return visit;
  }

  /** Hovers, focuses and clicks what a reader could, coming back after each link navigation. */
  async function interact(visit: Visit): Promise<number> {
    const { page, url } = visit;
    // The real mouse over the middle of every element (mouseover/mouseenter), then Tab through
    // everything focusable: the events a reader's hand and keyboard cause.
    const count = await page.locator('body *').count();
    for (let i = 0; i < count; i++) {
      const box = await page.evaluate((index) => {
        const el = document.querySelectorAll('body *')[index] as HTMLElement | undefined;
        el?.scrollIntoView({ block: 'center' });
        const rect = el?.getBoundingClientRect();
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      }, i);
      if (box) await page.mouse.move(box.x, box.y, { steps: 2 });
    }
    for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
    const links = await page.locator('a').count();
    for (let i = 0; i < links; i++) {
      await page.locator('a').nth(i).click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
      await page.waitForTimeout(20);
      if (page.url() !== url) await page.goto(url, { waitUntil: 'load' });
    }
    await page.waitForTimeout(300); // let onerror/onload/ontoggle handlers fire, were there any
    return links;
  }

  /** What the parsed DOM holds: elements that could run script or load something. */
  async function dangerousNodes(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['iframe', 'img', 'svg', 'math', 'object', 'embed', 'input', 'details', 'base', 'textarea', 'link'].includes(tag)) found.push(tag);
        if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json') found.push('script');
        if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('meta refresh');
        for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('on') || attr.name === 'srcdoc') found.push(`${tag}[${attr.name}]`);
      }
      for (const a of Array.from(document.querySelectorAll('a'))) {
        if (!['http:', 'https:', 'mailto:'].includes(a.protocol)) found.push(`a[href=${a.getAttribute('href')}]`);
      }
      return found;
    });
  }

  const page = renderArticleDocument(XSS_ARTICLE);
  const cases: [string, string][] = [
    ['the exported page', page],
    ['the exported page without its CSP', page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')],
    ['the fragment in a page with no CSP, as in a CMS', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CMS</title></head><body>\n${renderArticleFragment(XSS_ARTICLE)}\n</body></html>`],
  ];

  it('control: the harness does see a payload that runs', async () => {
    const visit = await open('control.html', `<!DOCTYPE html><html><body><svg onload="window.pwned('control')"></svg><a href="javascript:window.pwned('link')">x</a></body></html>`);
    await interact(visit);
    expect(visit.called.sort()).toEqual(['control', 'link']);
    await visit.context.close();
  }, 60_000);

  it.each(cases)('%s: no payload runs, nothing is fetched, the text shows as written', async (name, html) => {
    const visit = await open(`${name.replace(/\W+/g, '-')}.html`, html);
    expect(await dangerousNodes(visit.page)).toEqual([]);
    const headline = await visit.page.locator('h1').textContent();
    expect(headline).toBe(XSS_ARTICLE.headline.replace('\u0000', ''));
    const links = await interact(visit);
    expect(links).toBeGreaterThanOrEqual(2);
    expect(visit.called).toEqual([]);
    expect(visit.dialogs).toEqual([]);
    // Clicking the safe links asks for their pages (answered 204 here); nothing else is requested.
    expect(visit.requests.filter((r) => !/^https:\/\/example\.org\/|^mailto:/.test(r))).toEqual([]);
    expect(visit.requests.some((r) => r.startsWith('https://example.org/'))).toBe(true); // the clicks did land
    await visit.context.close();
  }, 120_000);

  it('the exported page loads nothing by itself', async () => {
    const visit = await open('quiet.html', page);
    await visit.page.waitForTimeout(300);
    expect(visit.requests).toEqual([]);
    await visit.context.close();
  }, 60_000);
});
