// Typing latency in Debian's Chromium against the browser build: main-thread time per
// keystroke (CDP Performance.getMetrics TaskDuration; also ThreadTime, the main thread's CPU
// time, which other load on the machine inflates less) and keypress-to-next-frame latency, with
// the live checks on and off in the same run, plus launch to ready-to-type with a large file.
// On and off are measured in alternating rounds in two windows kept open side by side, and the
// ratio is of the pooled figures, so load that comes and goes on the machine skews both alike.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost, type RunningHost } from '../electron/host/server';
import { generateArticle } from './generate-article';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
/** Keys per side, typed in ROUNDS rounds per side that alternate between checks on and off. */
const KEYS = 200;
const ROUNDS = 4;
const WARMUP_KEYS = 20;
const SETTLE_MS = 1500;

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

interface Side {
  page: Page;
  cdp: CDPSession;
  busy: number;
  cpu: number;
  keys: number;
  latencies: number[];
  roundsMs: number[];
}

const TEXT = 'the quick brown fox jumps over the lazy dog and ';
const keyName = (i: number) => (TEXT[i % TEXT.length] === ' ' ? 'Space' : (TEXT[i % TEXT.length] as string));
const afterFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r))));
/** Long enough for the deferred work after a burst of typing (posting to the worker, applying its report, statistics) to run. */
const settle = (page: Page) => page.waitForTimeout(SETTLE_MS);

/** Opens a window with the article, checks on or off, caret mid-document, warmed up by a few keys. */
async function openSide(browser: Browser, host: RunningHost, text: string, size: number, on: boolean): Promise<Side> {
  const page = await openApp(browser, host);
  await page.evaluate(({ t, on }) => {
    window.__copydesk?.setChecksEnabled(on);
    window.__copydesk?.loadText(t);
  }, { t: text, on });
  await waitForParagraphs(page, size);
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
  await caretMidDocument(page);
  for (let i = 0; i < WARMUP_KEYS; i++) await page.keyboard.press(keyName(i));
  await afterFrame(page);
  await settle(page);
  return { page, cdp, busy: 0, cpu: 0, keys: 0, latencies: [], roundsMs: [] };
}

/** One round: caret back at the end of the middle paragraph, then `keys` keystrokes, each waited to the next frame. */
async function typeRound(side: Side, keys: number, offset: number): Promise<void> {
  const { page, cdp } = side;
  await caretMidDocument(page);
  await afterFrame(page);
  await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), cpu: value('ThreadTime') };
  };
  let busy = 0;
  for (let i = 0; i < keys; i++) {
    const before = await mainThread();
    await page.keyboard.press(keyName(offset + i));
    await afterFrame(page);
    const after = await mainThread();
    busy += after.task - before.task;
    side.cpu += after.cpu - before.cpu;
  }
  side.busy += busy;
  side.keys += keys;
  side.roundsMs.push(round((busy * 1000) / keys, 2));
  side.latencies.push(...(await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)));
  await settle(page);
}

function pooled(side: Side): TypingFigures {
  return {
    taskMsPerKey: round((side.busy * 1000) / side.keys, 2),
    cpuMsPerKey: round((side.cpu * 1000) / side.keys, 2),
    frameP50: round(quantile(side.latencies, 0.5)),
    frameP95: round(quantile(side.latencies, 0.95)),
  };
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
      // Both windows stay open; rounds alternate on, off, off, on, on, off … (ABBA, so a steady
      // drift in the machine's load falls on both sides alike), each side typing the same keys.
      const sides = { on: await openSide(browser, host, text, size, true), off: await openSide(browser, host, text, size, false) };
      const order = Array.from({ length: 2 * ROUNDS }, (_, i) => ((i + 1) >> 1) % 2 === 0 ? sides.on : sides.off);
      const typed = new Map<Side, number>();
      for (const side of order) {
        await typeRound(side, KEYS / ROUNDS, typed.get(side) ?? 0);
        typed.set(side, (typed.get(side) ?? 0) + KEYS / ROUNDS);
      }
      for (const side of [sides.on, sides.off]) {
        await side.cdp.detach();
        await side.page.close();
      }
      const on = pooled(sides.on);
      const off = pooled(sides.off);
      const ratio = round(on.taskMsPerKey / off.taskMsPerKey, 2);
      const cpuRatio = round(on.cpuMsPerKey / off.cpuMsPerKey, 2);
      console.log(
        `typing, ${String(size).padStart(6)} paragraphs: main thread per key ${on.taskMsPerKey} ms on / ${off.taskMsPerKey} ms off (ratio ${ratio}); ` +
          `its CPU ${on.cpuMsPerKey} / ${off.cpuMsPerKey} ms (ratio ${cpuRatio}); ` +
          `key to next frame p50/p95 ${on.frameP50}/${on.frameP95} ms on, ${off.frameP50}/${off.frameP95} ms off; ` +
          `per round ${sides.on.roundsMs.join(' ')} on, ${sides.off.roundsMs.join(' ')} off`,
      );
      figures[`p${size}`] = { checksOn: on, checksOff: off, ratio, cpuRatio, roundsTaskMsPerKey: { on: sides.on.roundsMs, off: sides.off.roundsMs } };
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
