// The CLI reads files through the editor's own file service, so `copydesk check` accepts and
// refuses exactly what File ▸ Open does (folders, binary or non-UTF-8 content, oversized files),
// with the same one-line messages.
import { resolve } from 'node:path';
import { ApiError, MAX_OPEN_BYTES } from '../ipc/contract';
import { exportFile, openFile } from '../services/file-service';

export const MAX_INPUT_BYTES = MAX_OPEN_BYTES;

/** Unreadable input or unwritable output: exit status 2 with this one line. */
export class InputError extends Error {
  override name = 'InputError';
}

function asInputError(error: unknown): unknown {
  return error instanceof ApiError ? new InputError(error.message) : error;
}

export async function readTextInput(path: string): Promise<string> {
  try {
    return (await openFile(resolve(path))).content;
  } catch (error) {
    throw asInputError(error);
  }
}

/** Writes an exported page atomically (temp file beside it, then rename), like File ▸ Export HTML…. */
export async function writeExport(path: string, html: string): Promise<void> {
  try {
    await exportFile(resolve(path), html);
  } catch (error) {
    throw asInputError(error);
  }
}
