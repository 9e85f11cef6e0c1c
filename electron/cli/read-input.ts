// Reads a file the CLI was asked to check, turning every way it can be unreadable into one
// clear sentence (exit status 2) instead of a stack trace.
import { readFile, stat } from 'node:fs/promises';

/** Largest input accepted; a long feature is ~100 KB, so this only stops mistakes (logs, dumps). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

export async function readTextInput(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(`${path}: file is ${formatMiB(info.size)}, over the ${formatMiB(MAX_INPUT_BYTES)} limit`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
  }
  if (looksBinary(bytes)) throw new InputError(`${path}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text (save it as UTF-8 and try again)`);
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
