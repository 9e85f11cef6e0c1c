// The whole flow on the shared seed article: a story pasted twice with a comments block.
// ../shared is beside CI's clone but not a user's: there the test is skipped, saying why.
import { copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorParagraphs, expect, test } from './fixtures';

const SEED = fileURLToPath(new URL('../../shared/samples/seed-article.txt', import.meta.url));

test.skip(!existsSync(SEED), `the shared seed article is not beside this clone (${SEED})`);

test('seed article: findings, remove all, undo, a new unattributed quote, save and reopen', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  const path = join(workspace.dir, 'seed-article.txt');
  await copyFile(SEED, path);
  await copydesk.open(path);

  const group = (check: string) => page.locator(`[data-testid="findings-group"][data-check="${check}"]`);
  const paragraphs = page.getByTestId('status-paragraphs');
  await expect(paragraphs).toHaveText('27');
  await expect(group('duplicates')).toHaveAttribute('data-count', '10');
  await expect(group('boilerplate')).toHaveAttribute('data-count', '6');
  await expect(group('quotes')).toHaveAttribute('data-total', '16');
  await expect(group('quotes')).toHaveAttribute('data-count', '0');
  await expect(page.locator('.cd-quote[data-status="ok"]')).toHaveCount(16);
  const source = (name: RegExp) => page.getByTestId('source').filter({ hasText: name });
  await expect(source(/Khafaji/)).toHaveAttribute('data-count', '8');
  await expect(source(/Pompeo/)).toHaveAttribute('data-count', '2');
  await expect(source(/statement/i)).toHaveAttribute('data-count', '2');
  await expect(source(/^(?!.*statement).*Trump/i)).toHaveAttribute('data-count', '4');

  await page.getByTestId('remove-all-duplicates').click();
  await expect(paragraphs).toHaveText('17');
  await page.getByTestId('remove-all-boilerplate').click();
  await expect(paragraphs).toHaveText('11');
  await expect(group('duplicates')).toHaveAttribute('data-count', '0');
  await expect(group('boilerplate')).toHaveAttribute('data-count', '0');

  // Each fix is one undo step.
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Control+z');
  await expect(paragraphs).toHaveText('17');
  await page.keyboard.press('Control+z');
  await expect(paragraphs).toHaveText('27');
  await expect(group('duplicates')).toHaveAttribute('data-count', '10');

  // A floating quote typed after the fifth paragraph is flagged as unattributed.
  await page.locator('.ProseMirror > *').nth(4).evaluate((block) => {
    const range = document.createRange();
    range.selectNodeContents(block);
    range.collapse(false);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('"Nobody has told us when the last convoy leaves."');
  await expect(paragraphs).toHaveText('28');
  await expect(group('quotes')).toHaveAttribute('data-count', '1');
  await expect(page.locator('.cd-quote[data-status="unattributed"]')).toHaveText('Nobody has told us when the last convoy leaves.');

  const before = await editorParagraphs(page);
  await copydesk.save();
  await expect.poll(async () => (await readFile(path, 'utf8')).includes('Nobody has told us when the last convoy leaves.')).toBe(true);
  const onDisk = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  expect(onDisk).toEqual(before);

  await copydesk.open(join(workspace.dir, 'harbour-bridge.md'));
  await expect(paragraphs).not.toHaveText('28');
  await copydesk.open(path);
  await expect(paragraphs).toHaveText('28');
  expect(await editorParagraphs(page)).toEqual(before);
});
