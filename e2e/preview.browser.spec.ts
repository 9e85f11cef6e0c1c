// Preview and Export HTML… through the UI (browser host: the in-app chooser answers the save
// dialog). The preview's srcdoc is the exported file, byte for byte; skipping findings leaves
// them out of the file; typing updates the preview without taking focus from the editor; and
// the shared seed article's preview matches committed screenshots at desktop and mobile widths.
import { copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEED = fileURLToPath(new URL('../../shared/samples/seed-article.txt', import.meta.url));

/** The page's <article> only (the JSON-LD in <head> repeats the text). */
const articleOf = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>'));
const frame = (page: Page) => page.getByTestId('preview-frame');
const srcdoc = async (page: Page) => (await frame(page).getAttribute('srcdoc')) ?? '';

/** File ▸ Export HTML… answered in the chooser; `choice` answers the findings dialog if it shows. */
async function exportTo(page: Page, path: string, choice: 'all' | 'skip' = 'all') {
  await page.getByTestId('action-export').click();
  const chooser = page.getByTestId('file-chooser');
  const confirm = page.getByTestId('export-confirm');
  await expect(chooser.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByTestId(`export-confirm-${choice}`).click();
  await expect(chooser).toBeVisible();
  await expect(chooser).toContainText('Export the published page as');
  await chooser.getByTestId('file-chooser-path').fill(path);
  await chooser.getByTestId('file-chooser-ok').click();
  await expect(page.getByTestId('notice-message')).toContainText(`Exported ${path.split('/').pop()}`);
}

test('the preview shows the page Export HTML… writes, byte for byte', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('ferry-timetable.md'));
  await expect(page.getByTestId('editor')).toContainText('Night ferry returns');
  await expect(frame(page)).toHaveCount(0);

  await page.getByTestId('action-preview').click();
  await expect(frame(page)).toBeVisible();
  await expect(frame(page)).toHaveAttribute('sandbox', 'allow-same-origin');
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('h1')).toHaveText('Night ferry returns to the Kilvane run');
  await expect(preview.locator('.dateline')).toHaveText('KILVANE');
  await expect(preview.locator('figcaption')).toHaveText('Harbour board statement');
  await expect(preview.locator('a[href="https://example.org/timetable"]')).toHaveText('board’s website'.replace('’', "'"));

  // The suggested name is the document's, as .html.
  await page.getByTestId('action-export').click();
  const chooser = page.getByTestId('file-chooser');
  const confirm = page.getByTestId('export-confirm');
  await expect(chooser.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByTestId('export-confirm-all').click();
  await expect(chooser.getByTestId('file-chooser-path')).toHaveValue(workspace.path('ferry-timetable.html'));
  await chooser.getByTestId('file-chooser-ok').click();
  await expect(page.getByTestId('notice-message')).toContainText('Exported ferry-timetable.html');

  const exported = await readFile(workspace.path('ferry-timetable.html'), 'utf8');
  expect(exported.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(await srcdoc(page)).toBe(exported);
  // Saving the article is untouched by the export.
  expect(await readFile(workspace.path('ferry-timetable.md'), 'utf8')).toContain('# Night ferry returns');
  await expect(page.getByTestId('doc-title')).toContainText('ferry-timetable.md');
});

test('export asks about open findings; "leave out" drops the duplicate and the boilerplate', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('harbour-bridge.md'));
  await expect(page.locator('[data-testid="findings-group"][data-check="duplicates"]')).toHaveAttribute('data-count', '1');
  await expect(page.locator('[data-testid="findings-group"][data-check="boilerplate"]')).toHaveAttribute('data-count', /^[1-9]/);

  // Cancel writes nothing.
  await page.getByTestId('action-export').click();
  await expect(page.getByTestId('export-confirm')).toContainText('1 duplicate paragraph');
  await page.getByTestId('export-confirm-cancel').click();
  await expect(page.getByTestId('export-confirm')).toHaveCount(0);
  await expect(page.getByTestId('file-chooser')).toHaveCount(0);

  const path = workspace.path('bridge-skip.html');
  await exportTo(page, path, 'skip');
  const html = articleOf(await readFile(path, 'utf8'));
  expect(html.split('Buses will divert over the Millbrook crossing').length - 1).toBe(1);
  expect(html).not.toContain('Sign up for our morning newsletter');
  expect(await readFile(path, 'utf8')).not.toContain('Sign up for our morning newsletter');
  expect(html).toContain('<h1>Harbour bridge to close for six weeks of repairs</h1>');

  const all = workspace.path('bridge-all.html');
  await exportTo(page, all, 'all');
  const everything = articleOf(await readFile(all, 'utf8'));
  expect(everything.split('Buses will divert over the Millbrook crossing').length - 1).toBe(2);
  expect(everything).toContain('Sign up for our morning newsletter');
  // The editor still has everything: skipping is for the export only.
  await expect(page.locator('[data-testid="findings-group"][data-check="duplicates"]')).toHaveAttribute('data-count', '1');
});

test('typing updates the preview after a pause, and the editor keeps the focus', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('ferry-timetable.md'));
  await page.keyboard.press('Control+Alt+p');
  await expect(frame(page)).toBeVisible();
  const preview = page.frameLocator('[data-testid="preview-frame"]');
  await expect(preview.locator('h1')).toBeVisible();

  await page.getByTestId('editor').getByText('Ticket offices will stay open').click();
  // The last paragraph; End alone would stop at the end of a wrapped line.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Cafés reopen too.');
  await expect.poll(() => srcdoc(page)).toContain('Lindqvist said. Cafés reopen too.</p>');
  await expect(preview.locator('article')).toContainText('Cafés reopen too.');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);

  // The block under the cursor is in view in the preview, at a phone's width too.
  await page.getByTestId('preview-width-mobile').click();
  await expect(frame(page)).toHaveAttribute('data-width', 'mobile');
  expect((await frame(page).boundingBox())?.width).toBe(375);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
  await page.keyboard.type(' More soon.');
  await expect.poll(() => srcdoc(page)).toContain('More soon.');
  const last = preview.locator('article > p').last();
  await expect(last).toContainText('More soon.');
  await expect(last).toBeInViewport();

  // The shortcut closes it again.
  await page.keyboard.press('Control+Alt+p');
  await expect(frame(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
});

test('Copy HTML puts the article fragment on the clipboard', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await copydesk.open(workspace.path('ferry-timetable.md'));
  await expect(page.getByTestId('editor')).toContainText('Night ferry');
  await page.getByTestId('action-copy-html').click();
  const confirm = page.getByTestId('export-confirm');
  const notice = page.getByTestId('notice-message');
  await expect(notice.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByTestId('export-confirm-all').click();
  await expect(notice).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('<article class="story">')).toBe(true);
  expect(copied.endsWith('</article>')).toBe(true);
  await page.getByTestId('action-preview').click();
  await expect.poll(() => srcdoc(page)).toContain(copied);
});

test.describe('seed article screenshots', () => {
  test.skip(!existsSync(SEED), `the shared seed article is not beside this clone (${SEED})`);

  test('the preview of the seed article at desktop and mobile widths', async ({ copydesk, workspace }) => {
    const { page } = copydesk;
    await page.setViewportSize({ width: 1700, height: 1000 });
    const path = join(workspace.dir, 'seed-article.txt');
    await copyFile(SEED, path);
    await copydesk.open(path);
    await expect(page.getByTestId('status-paragraphs')).toHaveText('27');
    await page.getByTestId('action-preview').click();
    const preview = page.frameLocator('[data-testid="preview-frame"]');
    await expect(preview.locator('article')).toBeVisible();
    await expect(frame(page)).toHaveScreenshot('seed-desktop.png');
    await page.getByTestId('preview-width-mobile').click();
    await expect(frame(page)).toHaveAttribute('data-width', 'mobile');
    await expect(frame(page)).toHaveScreenshot('seed-mobile.png');
  });
});

test('export refuses a name that is not .html and adds .html to a bare one', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  await expect(page.getByTestId('editor')).toContainText('central library');
  const answer = async (path: string) => {
    await page.getByTestId('action-export').click();
    const chooser = page.getByTestId('file-chooser');
    const confirm = page.getByTestId('export-confirm');
    await expect(chooser.or(confirm)).toBeVisible();
    if (await confirm.isVisible()) await confirm.getByTestId('export-confirm-all').click();
    await chooser.getByTestId('file-chooser-path').fill(path);
    await chooser.getByTestId('file-chooser-ok').click();
  };
  await answer(workspace.path('library-hours.md'));
  await expect(page.getByTestId('error-message')).toContainText('choose a name ending in .html');
  expect(await readFile(workspace.path('library-hours.md'), 'utf8').catch(() => null)).toBeNull();
  await answer(workspace.path('library-page'));
  await expect(page.getByTestId('notice-message')).toContainText('Exported library-page.html');
  expect(await readFile(workspace.path('library-page.html'), 'utf8')).toContain('The central library will open on Sundays');
});
