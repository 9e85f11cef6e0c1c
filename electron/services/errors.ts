// Turns Node's filesystem errors into the contract's one-line ApiErrors the renderer shows.
import { basename } from 'node:path';
import { ApiError } from '../ipc/contract';

export function fsError(error: unknown, path: string, doing: string): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = basename(path) || path;
  switch (code) {
    case 'ENOENT':
      return new ApiError('not-found', `${name} does not exist (${path})`);
    case 'ENOTDIR':
      return new ApiError('not-found', `A folder in the path to ${name} is a file (${path})`);
    case 'EACCES':
    case 'EPERM':
      return new ApiError('permission-denied', `Copydesk is not allowed to ${doing} ${name}`);
    case 'EISDIR':
      return new ApiError('is-directory', `${name} is a folder, not a file`);
    case 'ENOSPC':
      return new ApiError('io', `The disk is full: could not ${doing} ${name}`);
    case 'EROFS':
      return new ApiError('permission-denied', `${name} is on a read-only disk`);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new ApiError('io', `Could not ${doing} ${name}: ${message.split('\n')[0]}`);
    }
  }
}
