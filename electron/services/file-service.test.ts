import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../ipc/contract';
import { listDir, openFile, saveFile } from './file-service';
import { detectFormat } from './formats';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.message).not.toContain('\n');
  return apiError;
}

describe('detectFormat', () => {
  it('goes by extension, case-insensitively', () => {
    expect(detectFormat('/a/story.TXT')).toBe('txt');
    expect(detectFormat('/a/story.md')).toBe('md');
    expect(detectFormat('/a/story.markdown')).toBe('md');
    expect(detectFormat('/a/story.htm')).toBe('html');
    expect(detectFormat('/a/story.docx')).toBe('docx');
    expect(detectFormat('/a/story.pdf')).toBeNull();
    expect(detectFormat('/a/README')).toBeNull();
  });
});

describe('openFile', () => {
  it('reads UTF-8 text with its name, format and mtime, dropping a BOM', async () => {
    const path = join(dir, 'Council vote.md');
    await writeFile(path, '\uFEFF# Council votes\n\nThe council voted 7–2 on Tuesday.\n');
    const opened = await openFile(path);
    expect(opened).toMatchObject({ path, name: 'Council vote.md', format: 'md' });
    expect(opened.content).toBe('# Council votes\n\nThe council voted 7–2 on Tuesday.\n');
    expect(opened.mtimeMs).toBeGreaterThan(0);
  });

  it('rejects a missing file, a folder and a relative path', async () => {
    expect((await rejection(openFile(join(dir, 'gone.txt')))).code).toBe('not-found');
    await mkdir(join(dir, 'drafts.txt'));
    const folder = await rejection(openFile(join(dir, 'drafts.txt')));
    expect(folder.code).toBe('is-directory');
    expect(folder.message).toBe('drafts.txt is a folder, not a file');
    expect((await rejection(openFile('story.txt'))).code).toBe('invalid-args');
  });

  it('rejects binary and non-UTF-8 content', async () => {
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]));
    expect((await rejection(openFile(join(dir, 'photo.txt')))).code).toBe('binary');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society', 'latin1'));
    const latin1 = await rejection(openFile(join(dir, 'latin1.txt')));
    expect(latin1.code).toBe('binary');
    expect(latin1.message).toContain('not UTF-8');
  });

  it('rejects files over the size limit before reading them', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2048));
    expect((await rejection(openFile(join(dir, 'big.txt'), { maxBytes: 1024 }))).code).toBe('too-large');
    await expect(openFile(join(dir, 'big.txt'), { maxBytes: 4096 })).resolves.toBeTruthy();
  });

  it('says .docx is not supported yet and other extensions are not handled', async () => {
    await writeFile(join(dir, 'story.docx'), 'PK');
    expect((await rejection(openFile(join(dir, 'story.docx')))).code).toBe('not-supported-yet');
    await writeFile(join(dir, 'story.pdf'), '%PDF');
    expect((await rejection(openFile(join(dir, 'story.pdf')))).code).toBe('unsupported-format');
  });
});

describe('saveFile', () => {
  it('writes a new file and replaces an existing one', async () => {
    const path = join(dir, 'story.txt');
    const saved = await saveFile(path, 'First draft.\n');
    expect(saved).toMatchObject({ path, name: 'story.txt' });
    await saveFile(path, 'Second draft.\n');
    expect(await readFile(path, 'utf8')).toBe('Second draft.\n');
    expect((await openFile(path)).content).toBe('Second draft.\n');
  });

  it('writes a temp file beside the target and renames it, leaving the old file intact on failure', async () => {
    const path = join(dir, 'story.txt');
    await writeFile(path, 'The old text.\n');
    let seenTemp = '';
    const failed = await rejection(
      saveFile(path, 'The new text.\n', {
        onTempFile: async (temp) => {
          seenTemp = temp;
          // The new content is on disk in the temp file while the target still has the old one.
          expect(await readFile(path, 'utf8')).toBe('The old text.\n');
          throw new Error('disk unplugged');
        },
      }),
    );
    expect(failed.code).toBe('io');
    expect(seenTemp.startsWith(path)).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('The old text.\n');
    expect(await readdir(dir)).toEqual(['story.txt']);
  });

  it('refuses folders, missing parents and formats it cannot write', async () => {
    await mkdir(join(dir, 'folder.txt'));
    expect((await rejection(saveFile(join(dir, 'folder.txt'), 'x'))).code).toBe('is-directory');
    expect((await rejection(saveFile(join(dir, 'nope', 'story.txt'), 'x'))).code).toBe('not-found');
    expect((await rejection(saveFile(join(dir, 'story.docx'), 'x'))).code).toBe('unsupported-format');
    expect((await rejection(saveFile(join(dir, 'story.exe'), 'x'))).code).toBe('unsupported-format');
  });
});

describe('listDir', () => {
  it('hides dotfiles, puts folders first and sorts naturally', async () => {
    await mkdir(join(dir, 'zeta'));
    await mkdir(join(dir, 'Archive'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.DS_Store'), '');
    await writeFile(join(dir, 'story10.txt'), '');
    await writeFile(join(dir, 'story2.txt'), '');
    await writeFile(join(dir, 'b.md'), '');
    await symlink(join(dir, 'zeta'), join(dir, 'link-to-zeta'));
    await symlink(join(dir, 'missing'), join(dir, 'broken'));
    const listing = await listDir(dir);
    expect(listing.dir).toBe(dir);
    expect(listing.parent).toBe(join(dir, '..'));
    expect(listing.entries.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'dir:Archive',
      'dir:link-to-zeta',
      'dir:zeta',
      'file:b.md',
      'file:story2.txt',
      'file:story10.txt',
    ]);
    expect(listing.entries[0]?.path).toBe(join(dir, 'Archive'));
  });

  it('has no parent at the root and rejects files and missing folders', async () => {
    expect((await listDir('/')).parent).toBeNull();
    await writeFile(join(dir, 'a.txt'), '');
    expect((await rejection(listDir(join(dir, 'a.txt')))).code).toBe('not-a-directory');
    expect((await rejection(listDir(join(dir, 'nope')))).code).toBe('not-found');
  });
});
