// One table from invoke channel to service call, shared by Electron main and the browser host,
// so both validate the same way and differ only in the platform pieces they pass in.
import {
  ApiError,
  isInvokeChannel,
  toWireError,
  validateArgs,
  type AppInfo,
  type ArgsOf,
  type InvokeChannel,
  type ResultOf,
  type WireResult,
} from '../ipc/contract';
import { exportFile, listDir, openFile, saveFile } from './file-service';

/** What differs between Electron and the browser host. */
export interface PlatformHooks {
  appInfo(): AppInfo;
  showOpenDialog(): Promise<{ path: string } | null>;
  showSaveDialog(suggestedName: string): Promise<{ path: string } | null>;
  setTitle(title: string, dirty: boolean): void;
  /** Told after each successful open or save, e.g. to watch that file for outside changes. */
  fileTouched?(file: { path: string; mtimeMs: number }): void;
}

export type Handlers = { [C in InvokeChannel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

export function createHandlers(hooks: PlatformHooks): Handlers {
  const touched = <F extends { path: string; mtimeMs: number }>(file: F): F => {
    hooks.fileTouched?.(file);
    return file;
  };
  return {
    'app:info': async () => hooks.appInfo(),
    'dialog:open': () => hooks.showOpenDialog(),
    'dialog:save': ({ suggestedName }) => hooks.showSaveDialog(suggestedName),
    'file:open': async ({ path }) => touched(await openFile(path)),
    'file:save': async ({ path, content }) => touched(await saveFile(path, content)),
    // Not `touched`: the export is not the open document, so it is not watched for changes.
    'file:export': ({ path, content }) => exportFile(path, content),
    'fs:list': ({ dir }) => listDir(dir),
    'window:set-title': async ({ title, dirty }) => {
      hooks.setTitle(title, dirty);
      return null;
    },
  };
}

/** Validates the channel and its arguments, then runs the handler; throws ApiError on failure. */
export async function dispatch(handlers: Handlers, channel: unknown, args: unknown): Promise<unknown> {
  if (!isInvokeChannel(channel)) throw new ApiError('invalid-args', `Unknown channel: ${String(channel).slice(0, 80)}`);
  const run = handlers[channel] as (args: unknown) => Promise<unknown>;
  const validate = validateArgs[channel] as (args: unknown) => unknown;
  return run(validate(args));
}

/** dispatch() as a reply that never throws, for transports that carry errors as data. */
export async function dispatchToWire(handlers: Handlers, channel: unknown, args: unknown): Promise<WireResult<unknown>> {
  try {
    return { ok: true, result: await dispatch(handlers, channel, args) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}
