// Browser mode only: the in-app chooser over fs:list, and the keyboard shortcuts that open it.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('the chooser starts in the folder it was given, folders first, no dotfiles', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await page.getByTestId('action-open').click();
  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toBeVisible();
  await expect(chooser).toContainText(workspace.dir);
  const entries = chooser.getByRole('list').getByRole('button');
  await expect(entries.first()).toContainText('Archive.md');
  await expect(chooser).toContainText('library-hours.txt');
  await expect(chooser).not.toContainText('.hidden-draft.txt');
  await expect(chooser).not.toContainText('.electron-profile');

  await chooser.getByRole('button', { name: 'library-hours.txt' }).dblclick();
  await expect(chooser).toBeHidden();
  await expect(page.getByTestId('editor')).toContainText('The central library will open on Sundays');
});

test('Ctrl+O opens the chooser and Ctrl+S saves', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await page.getByTestId('editor').locator('.ProseMirror').click();
  await page.keyboard.press('Control+o');
  const chooser = page.getByTestId('file-chooser');
  await chooser.getByTestId('file-chooser-path').fill(workspace.path('school-garden.html'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toContainText('Forty apple and pear trees');

  await page.getByTestId('editor').getByText('The orchard should bear').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Parents helped water them.');
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(workspace.path('school-garden.html'), 'utf8')).toContain('Parents helped water them.');
});
