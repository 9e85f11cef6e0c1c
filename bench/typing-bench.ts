// Typing latency in Debian's Chromium against the browser build: main-thread time per
// keystroke (CDP Performance.getMetrics TaskDuration; also ThreadTime, the main thread's CPU
// time, which other load on the machine inflates less) and keypress-to-next-frame latency, with
// the live checks on and off in the same run, plus launch to ready-to-type with a large file.
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost, type RunningHost } from '../electron/host/server';
import { generateArticle } from './generate-article';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const KEYS = 200;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const round = (x: number, d = 1) => Number(x.toFixed(d));

interface TypingFigures {
  taskMsPerKey: number;
  cpuMsPerKey: number;
  frameP50: number;
  frameP95: number;
}

async function openApp(browser: Browser, host: RunningHost): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(host.url);
  await page.waitForFunction(() => window.__copydesk?.ready === true);
  return page;
}

async function waitForParagraphs(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="status-paragraphs"]')?.textContent?.replace(/\D/g, '') === String(n), count, { timeout: 120_000 });
}

/** Puts the caret at the end of the middle paragraph. */
async function caretMidDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const blocks = document.querySelectorAll('.ProseMirror > *');
    const mid = blocks[Math.floor(blocks.length / 2)] as HTMLElement;
    mid.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(mid);
    range.collapse(false);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    (document.querySelector('.ProseMirror') as HTMLElement).focus();
  });
}

async function typeAndMeasure(page: Page): Promise<TypingFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), cpu: value('ThreadTime') };
  };
  const afterFrame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r))));
  const text = 'the quick brown fox jumps over the lazy dog and ';
  // Warm up, then measure.
  for (let i = 0; i < 20; i++) await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : (text[i % text.length] as string));
  await afterFrame();
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
  let busy = 0;
  let cpu = 0;
  for (let i = 0; i < KEYS; i++) {
    const ch = text[i % text.length] as string;
    const before = await mainThread();
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await afterFrame();
    const after = await mainThread();
    busy += after.task - before.task;
    cpu += after.cpu - before.cpu;
  }
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  await cdp.detach();
  return { taskMsPerKey: round((busy * 1000) / KEYS, 2), cpuMsPerKey: round((cpu * 1000) / KEYS, 2), frameP50: round(quantile(latencies, 0.5)), frameP95: round(quantile(latencies, 0.95)) };
}

export async function runTypingBench(sizes = [50, 500, 2000, 10_000]): Promise<Record<string, unknown> | { skipped: string }> {
  const rendererDir = resolve('dist/renderer');
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!existsSync(join(rendererDir, 'index.html'))) return { skipped: 'dist/renderer is not built (npm run build)' };
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-typing-'));
  const host = await startHost({ rootDir: rendererDir, port: 0, startDir: dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const figures: Record<string, unknown> = {};
  try {
    for (const size of sizes) {
      const text = generateArticle(size).join('\n');
      const row: Record<string, TypingFigures> = {};
      for (const checks of [true, false]) {
        const page = await openApp(browser, host);
        await page.evaluate(({ t, on }) => {
          window.__copydesk?.setChecksEnabled(on);
          window.__copydesk?.loadText(t);
        }, { t: text, on: checks });
        await waitForParagraphs(page, size);
        await caretMidDocument(page);
        row[checks ? 'on' : 'off'] = await typeAndMeasure(page);
        await page.close();
      }
      const on = row.on as TypingFigures;
      const off = row.off as TypingFigures;
      const ratio = round(on.taskMsPerKey / off.taskMsPerKey, 2);
      const cpuRatio = round(on.cpuMsPerKey / off.cpuMsPerKey, 2);
      console.log(
        `typing, ${String(size).padStart(6)} paragraphs: main thread per key ${on.taskMsPerKey} ms on / ${off.taskMsPerKey} ms off (ratio ${ratio}); ` +
          `its CPU ${on.cpuMsPerKey} / ${off.cpuMsPerKey} ms (ratio ${cpuRatio}); ` +
          `key to next frame p50/p95 ${on.frameP50}/${on.frameP95} ms on, ${off.frameP50}/${off.frameP95} ms off`,
      );
      figures[`p${size}`] = { checksOn: on, checksOff: off, ratio, cpuRatio };
    }

    // Launch to ready-to-type: a new window opens a 10,000-paragraph file through File ▸ Open.
    const big = join(dir, 'long-read.txt');
    await writeFile(big, generateArticle(10_000).join('\n') + '\n');
    const started = performance.now();
    const page = await openApp(browser, host);
    await page.keyboard.press('Control+o');
    await page.getByTestId('file-chooser-path').fill(big);
    await page.getByTestId('file-chooser-ok').click();
    await waitForParagraphs(page, 10_000);
    await page.locator('.ProseMirror').click();
    const launchMs = performance.now() - started;
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="findings-group"][data-check="duplicates"]')?.getAttribute('data-count') ?? 0) > 0, null, { timeout: 120_000 });
    const findingsMs = performance.now() - started;
    await page.close();
    console.log(`launch to ready-to-type with 10,000 paragraphs: ${round(launchMs)} ms (findings shown after ${round(findingsMs)} ms)`);
    figures.launchToReadyMs = round(launchMs);
    figures.launchToFindingsMs = round(findingsMs);
  } finally {
    await browser.close();
    await host.close();
  }
  return figures;
}
