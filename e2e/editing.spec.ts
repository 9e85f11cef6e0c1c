// The editing tools an editor uses all day, on the project's own articles: find and replace,
// pasting from a web page, stepping through findings, ignoring one (kept with the file), the
// sources panel and the status bar.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateArticle } from '../bench/generate-article';
import { editorParagraphs, expect, test } from './fixtures';

const group = (page: Page, check: string) => page.locator(`[data-testid="findings-group"][data-check="${check}"]`);

/** Puts the caret at the end of the editor's nth block. */
async function caretAtEndOf(page: Page, n: number): Promise<void> {
  // The editor takes a DOM selection on the next `selectionchange` and only while focused:
  // wait for that event (it is handled before ours), so a paste right after lands at the caret.
  await page.locator('.ProseMirror > *').nth(n).evaluate(
    (block) =>
      new Promise<void>((resolve) => {
        (block.closest('.ProseMirror') as HTMLElement).focus();
        const range = document.createRange();
        range.selectNodeContents(block);
        range.collapse(false);
        document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true });
        setTimeout(resolve, 1000); // (no event if the caret was already there)
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }),
  );
}

/** The text the editor has selected now. */
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('find and replace: case and whole-word options, replace all is one undo step', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-input');
  await expect(find).toBeFocused();

  await find.fill('the');
  const count = page.getByTestId('find-count');
  const any = Number((await count.textContent())?.match(/\d+/)?.[0]);
  await page.getByLabel('Whole words').check();
  const whole = Number((await count.textContent())?.match(/\d+/)?.[0]);
  // "the" inside "other", "there"... is no longer counted, but "The" at a sentence start still is.
  expect(whole).toBeGreaterThan(0);
  expect(whole).toBeLessThanOrEqual(any);
  await page.getByLabel('Match case').check();
  await expect(count).not.toHaveText(`${whole} found`);

  await page.getByLabel('Match case').uncheck();
  await page.getByLabel('Whole words').uncheck();
  await find.fill('Sunday');
  await expect(count).toHaveText('2 found');
  await page.getByTestId('replace-input').fill('Saturday');
  await page.getByTestId('replace-all').click();
  await expect(count).toHaveText('0 found');
  await expect(page.getByTestId('editor')).toContainText('open on Saturdays from next month');
  await expect(page.getByTestId('editor')).toContainText('every Saturday morning');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor')).toContainText('open on Sundays from next month');
  await expect(page.getByTestId('editor')).toContainText('every Sunday morning');
});

test('pasting a web page gives clean paragraphs: no styles, no scripts, no empty blocks', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  const before = await editorParagraphs(page);
  await caretAtEndOf(page, before.length - 1);
  await page.locator('.ProseMirror').evaluate((editor) => {
    const html =
      '<div style="font-family: Comic Sans"><p style="color:red">Opening times will be posted at the <b>front desk</b>.</p>' +
      '<p>&nbsp;</p><script>window.pasted = true</script><p class="story-body">Staff will also run <a href="https://library.example/events">evening events</a>.</p>' +
      '<p></p></div>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Opening times will be posted at the front desk.\n\nStaff will also run evening events.');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('editor')).toContainText('Staff will also run evening events.');
  const after = await editorParagraphs(page);
  // The empty paragraph is dropped, so the pasted blocks stand as paragraphs of their own.
  expect(after).toEqual([...before, 'Opening times will be posted at the front desk.', 'Staff will also run evening events.']);
  const editor = page.locator('.ProseMirror');
  await expect(editor.locator('[style]')).toHaveCount(0);
  await expect(editor.locator('script, [class="story-body"]')).toHaveCount(0);
  await expect(editor.locator('strong', { hasText: 'front desk' })).toHaveCount(1);
  await expect(editor.locator('a[href="https://library.example/events"]')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { pasted?: boolean }).pasted)).toBeUndefined();
});

test('F8 steps through findings, clicking one selects it, and an ignored finding stays ignored after save and reopen', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  const path = workspace.path('harbour-bridge.md');
  await copydesk.open(path);
  await expect(group(page, 'duplicates')).toHaveAttribute('data-count', '1');
  const open = Number(await page.getByTestId('status-findings').textContent().then((t) => t?.match(/\d+/)?.[0]));
  expect(open).toBeGreaterThanOrEqual(2);

  // Clicking the duplicate finding selects the repeated paragraph.
  await group(page, 'duplicates').getByTestId('finding').locator('.cd-finding__main').click();
  await expect.poll(() => selectedText(page)).toContain('Buses will divert over the Millbrook crossing');

  // F8 from the top of the story visits findings in document order, and wraps.
  await page.locator('.ProseMirror').focus();
  await caretAtEndOf(page, 0);
  const visited: string[] = [];
  for (let i = 0; i < open + 1; i++) {
    await page.keyboard.press('F8');
    await expect.poll(() => selectedText(page)).not.toBe('');
    visited.push(await selectedText(page));
  }
  expect(visited.some((t) => t.includes('Millbrook'))).toBe(true);
  expect(visited.some((t) => t.includes('newsletter'))).toBe(true);
  expect(visited[open]).toBe(visited[0]);
  await page.keyboard.press('Shift+F8');
  await expect.poll(() => selectedText(page)).toBe(visited[open - 1]);

  // Ignore the duplicate: it leaves the list, the paragraph stays, and the file remembers.
  await group(page, 'duplicates').getByTestId('finding').getByRole('button', { name: 'Ignore' }).click();
  await expect(group(page, 'duplicates')).toHaveAttribute('data-count', '0');
  const text = await editorParagraphs(page);
  expect(text.filter((p) => p.startsWith('Buses will divert'))).toHaveLength(2);
  await copydesk.save();
  await expect.poll(() => readFile(path, 'utf8')).toContain('copydesk:ignore');

  await copydesk.open(workspace.path('library-hours.txt'));
  await expect(group(page, 'duplicates')).toHaveAttribute('data-count', '0');
  await copydesk.open(path);
  await expect(page.getByTestId('editor')).toContainText('Buses will divert');
  await expect(group(page, 'boilerplate')).not.toHaveAttribute('data-count', '0');
  await expect(group(page, 'duplicates')).toHaveAttribute('data-count', '0');
  expect(await editorParagraphs(page)).toEqual(text);
});

test('the sources panel counts quotes per person and steps through them; the status bar counts the story', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  const path = workspace.path('council-vote.txt');
  await writeFile(
    path,
    [
      'Council backs new cycle lanes',
      '"This is the safest route we could find," said Priya Raman, the council\'s head of transport.',
      'Opponents said the lanes would take parking from shops on the high street.',
      '"We will lose customers," said Owen Pryce, who chairs the traders\' association.',
      '"People park here because there is nowhere else," Pryce added.',
      '"The lanes will be finished before winter," Raman said.',
    ].join('\n'),
  );
  await copydesk.open(path);
  const source = (name: string) => page.getByTestId('source').filter({ hasText: name });
  await expect(source('Priya Raman')).toHaveAttribute('data-count', '2');
  await expect(source('Owen Pryce')).toHaveAttribute('data-count', '2');
  await expect(source('Priya Raman')).toContainText("council's head of transport");

  await source('Owen Pryce').click();
  await expect.poll(() => selectedText(page)).toBe('We will lose customers,');
  await source('Owen Pryce').click();
  await expect.poll(() => selectedText(page)).toBe('People park here because there is nowhere else,');

  const words = (await readFile(path, 'utf8')).split(/\s+/).filter(Boolean).length;
  await expect(page.getByTestId('status-paragraphs')).toHaveText('6');
  await expect(page.getByTestId('status-words')).toContainText(String(words));
  await expect(page.getByTestId('status-findings')).toContainText('0');
});

test('a long sources list renders only the items near the view, yet scrolling reaches the last one', async ({ copydesk, workspace }) => {
  test.setTimeout(90_000);
  const { page } = copydesk;
  const path = workspace.path('long-read.txt');
  await writeFile(path, generateArticle(2000).join('\n') + '\n');
  await copydesk.open(path);
  await expect(page.getByTestId('status-paragraphs')).toHaveText(/^2,?000$/, { timeout: 30_000 });

  const sources = page.locator('ul.cd-sources');
  await expect.poll(async () => Number(await sources.getAttribute('data-items')), { timeout: 60_000 }).toBeGreaterThan(100);
  const total = Number(await sources.getAttribute('data-items'));
  // The sidebar holds far more items than it renders.
  expect(await page.locator('.cd-sidebar li').count()).toBeLessThan(80);

  // Scrolling the sidebar to the bottom brings in the last source (heights are measured as items
  // appear, so the bottom may move a little: keep scrolling until it settles).
  const sidebar = page.locator('.cd-sidebar');
  const last = sources.locator(`li[aria-posinset="${total}"]`);
  await expect
    .poll(async () => {
      await sidebar.evaluate((el) => (el.scrollTop = el.scrollHeight));
      return last.isVisible();
    })
    .toBe(true);
  expect(await page.getByTestId('source').count()).toBeLessThan(80);
  await expect(sources.locator('li[aria-posinset="1"]')).toHaveCount(0);
  await last.getByTestId('source').click();
  await expect.poll(() => selectedText(page)).not.toBe('');

  // Scrolling back to the top shows the first again.
  await sidebar.evaluate((el) => (el.scrollTop = 0));
  await expect(page.locator('[data-testid="findings-group"] li[aria-posinset="1"]').first()).toBeVisible();
});

test('a long findings list renders only the items near the view; the last one can be reached, selected and removed', async ({ copydesk, workspace }) => {
  test.setTimeout(90_000);
  const { page } = copydesk;
  const path = workspace.path('pasted-twice.txt');
  const paragraphs = generateArticle(120).filter((p, i, all) => all.indexOf(p) === i);
  await writeFile(path, [...paragraphs, ...paragraphs].join('\n') + '\n');
  await copydesk.open(path);
  const duplicates = group(page, 'duplicates');
  await expect.poll(async () => Number(await duplicates.getAttribute('data-count')), { timeout: 60_000 }).toBeGreaterThan(80);
  const total = Number(await duplicates.getAttribute('data-count'));
  const list = duplicates.locator('ul.cd-findings');
  await expect(list).toHaveAttribute('data-items', String(total));
  expect(await page.locator('.cd-sidebar li').count()).toBeLessThan(80);

  const sidebar = page.locator('.cd-sidebar');
  const last = list.locator(`li[aria-posinset="${total}"]`);
  await expect
    .poll(async () => {
      await list.evaluate((ul) => {
        const scroller = ul.closest('.cd-sidebar') as HTMLElement;
        scroller.scrollTop += ul.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
      });
      return last.isVisible();
    })
    .toBe(true);
  expect(await page.locator('.cd-sidebar li').count()).toBeLessThan(80);
  await expect(list.locator('li[aria-posinset="1"]')).toHaveCount(0);

  // Clicking it selects a repeated paragraph; Remove deletes that copy.
  await last.locator('.cd-finding__main').click();
  await expect.poll(async () => paragraphs.includes(await selectedText(page))).toBe(true);
  await last.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(duplicates).toHaveAttribute('data-count', String(total - 1));
  await expect(list.locator(`li[aria-posinset="${total - 1}"]`)).toBeVisible();
  await sidebar.evaluate((el) => (el.scrollTop = 0));
  await expect(list.locator('li[aria-posinset="1"]')).toBeVisible();
});
