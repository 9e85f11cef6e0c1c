// Opening, saving and listing files for the editor. Plain Node: main and the browser host both
// call it through handlers.ts, and its tests run against real files in temp folders.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ApiError, EXPORT_EXTENSION, MAX_OPEN_BYTES, type DirListing, type OpenedFile, type SavedFile } from '../ipc/contract';
import { fsError } from './errors';
import { detectFormat, isTextFormat, TEXT_EXTENSIONS_LABEL } from './formats';

function requireAbsolute(path: string): string {
  if (!isAbsolute(path)) throw new ApiError('invalid-args', `Not a full path: ${path}`);
  return resolve(path);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes strict UTF-8, refusing NUL bytes: both mean a binary file or another encoding. */
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ApiError('binary', `${name} is a binary file, not text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError('binary', `${name} is not UTF-8 text (save it as UTF-8 and try again)`);
  }
}

export interface OpenOptions {
  maxBytes?: number;
}

export async function openFile(rawPath: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const path = requireAbsolute(rawPath);
  const name = basename(path);
  const maxBytes = options.maxBytes ?? MAX_OPEN_BYTES;
  const info = await stat(path).catch((error: unknown) => {
    throw fsError(error, path, 'open');
  });
  if (info.isDirectory()) throw new ApiError('is-directory', `${name} is a folder, not a file`);
  if (!info.isFile()) throw new ApiError('not-a-file', `${name} is not a regular file`);
  const format = detectFormat(path);
  if (format === 'docx') throw new ApiError('not-supported-yet', `Word files (.docx) are not supported yet: ${name}`);
  if (!isTextFormat(format)) {
    throw new ApiError('unsupported-format', `Copydesk opens ${TEXT_EXTENSIONS_LABEL} files, not ${name}`);
  }
  if (info.size > maxBytes) {
    throw new ApiError('too-large', `${name} is ${megabytes(info.size)}; Copydesk opens files up to ${megabytes(maxBytes)}`);
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fsError(error, path, 'open');
  });
  // Re-check after reading: the file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) {
    throw new ApiError('too-large', `${name} is larger than ${megabytes(maxBytes)}`);
  }
  return { path, name, format, content: decodeText(bytes, name), mtimeMs: info.mtimeMs };
}

export interface SaveOptions {
  /** Test hook: runs once the temp file is written, before it replaces the target. */
  onTempFile?: (tempPath: string) => void | Promise<void>;
}

/** Writes the whole document to a temp file beside the target, then renames it over the target. */
export async function saveFile(rawPath: string, content: string, options: SaveOptions = {}): Promise<SavedFile> {
  const path = requireAbsolute(rawPath);
  const name = basename(path);
  const format = detectFormat(path);
  if (!isTextFormat(format)) {
    throw new ApiError('unsupported-format', `Copydesk saves ${TEXT_EXTENSIONS_LABEL} files, not ${name}`);
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new ApiError('is-directory', `${name} is a folder, not a file`);
  const parent = await stat(dirname(path)).catch((error: unknown) => {
    throw fsError(error, dirname(path), 'save into');
  });
  if (!parent.isDirectory()) throw new ApiError('not-a-directory', `${dirname(path)} is not a folder`);
  try {
    await writeFileAtomic(path, content, {
      encoding: 'utf8',
      ...(options.onTempFile ? { tmpfileCreated: options.onTempFile } : {}),
    });
  } catch (error) {
    throw fsError(error, path, 'save');
  }
  const saved = await stat(path);
  return { path, name, mtimeMs: saved.mtimeMs };
}

/**
 * File ▸ Export HTML…: the published page, written like a save (temp file, then rename, so a
 * crash never leaves half a page), but only ever to a .html or .htm file.
 */
export async function exportFile(rawPath: string, content: string, options: SaveOptions = {}): Promise<SavedFile> {
  const path = requireAbsolute(rawPath);
  if (!EXPORT_EXTENSION.test(path)) throw new ApiError('unsupported-format', `Export writes .html files, not ${basename(path)}`);
  return saveFile(path, content, options);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A folder's visible entries for the in-app chooser: no dotfiles, folders first, natural order. */
export async function listDir(rawDir: string): Promise<DirListing> {
  const dir = requireAbsolute(rawDir);
  const info = await stat(dir).catch((error: unknown) => {
    throw fsError(error, dir, 'list');
  });
  if (!info.isDirectory()) throw new ApiError('not-a-directory', `${basename(dir) || dir} is not a folder`);
  const dirents = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw fsError(error, dir, 'list');
  });
  const entries: DirListing['entries'] = [];
  for (const dirent of dirents) {
    if (dirent.name.startsWith('.')) continue;
    const path = join(dir, dirent.name);
    let kind: 'file' | 'dir' | null = dirent.isDirectory() ? 'dir' : dirent.isFile() ? 'file' : null;
    if (dirent.isSymbolicLink()) {
      // Follow links so they list as what they point to; broken links are left out.
      const target = await stat(path).catch(() => null);
      kind = target?.isDirectory() ? 'dir' : target?.isFile() ? 'file' : null;
    }
    if (kind) entries.push({ name: dirent.name, path, kind });
  }
  entries.sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'dir' ? -1 : 1));
  const parent = dirname(dir);
  return { dir, parent: parent === dir ? null : parent, entries };
}
