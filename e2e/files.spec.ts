// File flows through the UI, on real files in a fresh temp folder, in both hosts.
import { readFile } from 'node:fs/promises';
import { editorParagraphs, expect, test } from './fixtures';

test('opening an article shows its paragraphs, title and paragraph count', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('harbour-bridge.md'));
  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('The Eastgate harbour bridge will close to traffic from Monday');
  await expect(editor).toContainText('Sign up for our morning newsletter');
  await expect(page.getByTestId('doc-title')).toContainText('harbour-bridge.md');
  const paragraphs = await editorParagraphs(page);
  expect(paragraphs).toContain("The council approved the 4.2 million repair budget in March after an inspection found cracks in three support beams.");
  const count = Number(await page.getByTestId('status-paragraphs').textContent());
  expect(count).toBeGreaterThanOrEqual(7);
});

test('opening a text file and an HTML file', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  await expect(page.getByTestId('editor')).toContainText('The central library will open on Sundays');
  await copydesk.open(workspace.path('school-garden.html'));
  await expect(page.getByTestId('editor')).toContainText('Forty apple and pear trees');
  await expect(page.getByTestId('editor')).not.toContainText('<p>');
  await expect(page.getByTestId('doc-title')).toContainText('school-garden.html');
});

test('edit, save, reopen: the same text, on disk too', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  const path = workspace.path('library-hours.txt');
  await copydesk.open(path);
  const title = page.getByTestId('doc-title');
  await expect(title).toContainText('library-hours.txt');
  const cleanTitle = await title.textContent();

  await page.getByTestId('editor').getByText('Volunteers will run a reading club').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Places are free.');
  await expect(title).not.toHaveText(cleanTitle ?? '');

  await copydesk.save();
  await expect(title).toHaveText(cleanTitle ?? '');
  await expect.poll(() => readFile(path, 'utf8')).toContain('every Sunday morning. Places are free.');
  const onDisk = await readFile(path, 'utf8');
  expect(onDisk).toContain('"Families asked us for this more than anything else in the survey," said Aiyana Clarke, head librarian.');

  await copydesk.open(workspace.path('harbour-bridge.md'));
  await expect(page.getByTestId('editor')).toContainText('Eastgate');
  await copydesk.open(path);
  await expect(page.getByTestId('editor')).toContainText('every Sunday morning. Places are free.');
});

test('save as writes a new file and the title follows it', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  await expect(page.getByTestId('editor')).toContainText('central library');
  const copy = workspace.path('library-hours-final.txt');
  await copydesk.saveAs(copy);
  await expect(page.getByTestId('doc-title')).toContainText('library-hours-final.txt');
  await expect.poll(() => readFile(copy, 'utf8').catch(() => '')).toContain('The central library will open on Sundays');
});

test('opening a binary file, a folder or a missing file says why, and keeps the current article', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('library-hours.txt'));
  await expect(page.getByTestId('editor')).toContainText('central library');
  const alert = page.getByRole('alert');

  await copydesk.open(workspace.path('photo.txt'));
  await expect(alert).toContainText('photo.txt is a binary file, not text');
  await expect(page.getByTestId('editor')).toContainText('central library');
  await expect(page.getByTestId('doc-title')).toContainText('library-hours.txt');

  await copydesk.open(workspace.path('Archive.md'));
  await expect(alert).toContainText('Archive.md is a folder, not a file');

  await copydesk.open(workspace.path('gone.txt'));
  await expect(alert).toContainText('gone.txt does not exist');
  await expect(page.getByTestId('editor')).toContainText('central library');
});

test('findings for a pasted-together article, and removing them before saving', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  const path = workspace.path('harbour-bridge.md');
  await copydesk.open(path);
  const duplicates = page.locator('[data-testid="findings-group"][data-check="duplicates"]');
  const boilerplate = page.locator('[data-testid="findings-group"][data-check="boilerplate"]');
  await expect(duplicates).toHaveAttribute('data-count', '1');
  await expect(boilerplate).toHaveAttribute('data-count', /^[1-9]/);
  const before = Number(await page.getByTestId('status-paragraphs').textContent());

  await page.getByTestId('remove-all-duplicates').click();
  await expect(duplicates).toHaveAttribute('data-count', '0');
  await page.getByTestId('remove-all-boilerplate').click();
  await expect(boilerplate).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('status-paragraphs')).not.toHaveText(String(before));
  await expect(page.getByTestId('editor')).not.toContainText('Sign up for our morning newsletter');

  await copydesk.save();
  await expect.poll(() => readFile(path, 'utf8')).not.toContain('Sign up for our morning newsletter');
  const saved = await readFile(path, 'utf8');
  expect(saved.split('Buses will divert over the Millbrook crossing').length - 1).toBe(1);
  expect(saved).toContain('The Eastgate harbour bridge will close');
});

test('quotes are marked with their speakers', async ({ copydesk, workspace }) => {
  const { page } = copydesk;
  await copydesk.open(workspace.path('harbour-bridge.md'));
  const quotes = page.getByTestId('editor').locator('.cd-quote');
  await expect(quotes.first()).toBeVisible();
  await expect(page.locator('.cd-quote[data-speaker="Mirela Santos"]').first()).toHaveAttribute('data-status', 'ok');
});
