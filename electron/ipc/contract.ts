// The one IPC contract, shared by the main process, the preload, the browser host and the
// renderer (the electron/fiddle pattern): each channel maps to its argument and result types,
// and to a validator that main and the browser host run on every incoming message.
// Pure TypeScript: no Node or Electron imports, so the renderer can import it too.

export class ContractError extends Error {
  override name = 'ContractError';
}

export type FileFormat = 'txt' | 'md' | 'html' | 'docx';

export interface OpenedFile {
  path: string;
  name: string;
  format: FileFormat;
  /** Text for txt/md/html; for docx, the HTML the importer produced. */
  content: string;
  mtimeMs: number;
}

export interface SavedFile {
  path: string;
  name: string;
  mtimeMs: number;
}

export interface DirListing {
  dir: string;
  parent: string | null;
  entries: { name: string; path: string; kind: 'file' | 'dir' }[];
}

export interface AppInfo {
  platform: 'electron' | 'browser';
  version: string;
  /** Where the in-app file chooser starts (the user's documents or home folder). */
  homeDir: string;
}

/** Channels the renderer invokes; each maps its argument to its result. */
export interface InvokeChannels {
  'app:info': { args: Record<string, never>; result: AppInfo };
  'dialog:open': { args: Record<string, never>; result: { path: string } | null };
  'dialog:save': { args: { suggestedName: string }; result: { path: string } | null };
  'file:open': { args: { path: string }; result: OpenedFile };
  'file:save': { args: { path: string; content: string }; result: SavedFile };
  /** Writes the published page (File ▸ Export HTML…) atomically; only to .html or .htm paths. */
  'file:export': { args: { path: string; content: string }; result: SavedFile };
  'fs:list': { args: { dir: string }; result: DirListing };
  'window:set-title': { args: { title: string; dirty: boolean }; result: null };
}

export type InvokeChannel = keyof InvokeChannels;
export type ArgsOf<C extends InvokeChannel> = InvokeChannels[C]['args'];
export type ResultOf<C extends InvokeChannel> = InvokeChannels[C]['result'];

/** Commands the native menu (or a shortcut handled by main) sends to the renderer. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'find'
  | 'next-finding'
  | 'previous-finding'
  | 'remove-duplicates'
  | 'remove-boilerplate'
  | 'toggle-sidebar'
  | 'toggle-preview'
  | 'export-html'
  | 'copy-html'
  | 'about';

/** Events main sends to the renderer. */
export interface EventChannels {
  'menu:command': { command: MenuCommand };
  /**
   * The open file changed on disk since Copydesk last opened or saved it (another program
   * wrote it, or it was deleted: exists false). The renderer may offer to reload.
   */
  'file:changed-externally': { path: string; exists: boolean; mtimeMs: number | null };
}
export type EventChannel = keyof EventChannels;

export const EVENT_CHANNELS: readonly EventChannel[] = ['menu:command', 'file:changed-externally'];

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}

/** The API object the preload exposes as `window.copydesk` (and the browser client mirrors). */
export interface CopydeskApi {
  invoke<C extends InvokeChannel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventChannel>(channel: E, listener: (payload: EventChannels[E]) => void): () => void;
}

/** Largest document the renderer may send for saving (bytes of UTF-16 text, roughly). */
export const MAX_CONTENT_LENGTH = 50 * 1024 * 1024;
/** Largest file `file:open` reads: bigger files are not articles, and would stall the editor. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

/**
 * Why a call failed, for the renderer to branch on; the message is one line to show as is.
 * `use-in-app-chooser`: the browser build has no native dialogs, so dialog:open/dialog:save
 * fail with it and the renderer shows its own chooser over fs:list (also told by
 * `app:info` → platform 'browser').
 */
export type ApiErrorCode =
  | 'invalid-args'
  | 'not-found'
  | 'is-directory'
  | 'not-a-directory'
  | 'not-a-file'
  | 'too-large'
  | 'binary'
  | 'unsupported-format'
  | 'not-supported-yet'
  | 'permission-denied'
  | 'use-in-app-chooser'
  | 'forbidden'
  | 'io'
  | 'internal';

const API_ERROR_CODES: readonly ApiErrorCode[] = [
  'invalid-args', 'not-found', 'is-directory', 'not-a-directory', 'not-a-file', 'too-large', 'binary',
  'unsupported-format', 'not-supported-yet', 'permission-denied', 'use-in-app-chooser', 'forbidden', 'io', 'internal',
];

/** What `invoke` rejects with (through `getApi()` in renderer/platform/api.ts). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The serializable form of an ApiError, as the browser host's JSON and main's IPC replies carry it. */
export interface WireError {
  code: ApiErrorCode;
  message: string;
}

export type WireResult<T> = { ok: true; result: T } | { ok: false; error: WireError };

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** Any thrown value as a WireError; unknown failures keep their message but become 'internal'. */
export function toWireError(error: unknown): WireError {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof ContractError) return { code: 'invalid-args', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message.split('\n')[0] ?? 'Unexpected error' };
}

export function fromWireError(value: unknown): ApiError {
  if (typeof value === 'object' && value !== null) {
    const { code, message } = value as Record<string, unknown>;
    if (typeof message === 'string') return new ApiError(isApiErrorCode(code) ? code : 'internal', message);
  }
  return new ApiError('internal', 'Unexpected reply from Copydesk');
}

/**
 * contextBridge copies only an Error's message, so the preload packs the code into it
 * ("[code] message") and getApi() unpacks it back into an ApiError.
 */
export function packErrorMessage(error: WireError): string {
  return `[${error.code}] ${error.message}`;
}

export function unpackError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const match = /\[([a-z-]+)\] (.*)$/s.exec(raw);
  if (match && isApiErrorCode(match[1])) return new ApiError(match[1], match[2] ?? '');
  return new ApiError('internal', raw);
}
const MAX_PATH_LENGTH = 4096;
/** What File ▸ Export HTML… may write. */
export const EXPORT_EXTENSION = /\.html?$/i;


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(args: Record<string, unknown>, keys: string[], channel: string): void {
  for (const key of Object.keys(args)) {
    if (!keys.includes(key)) throw new ContractError(`${channel}: unexpected argument "${key}"`);
  }
}

function str(args: Record<string, unknown>, key: string, channel: string, max: number, allowEmpty = false): string {
  const value = args[key];
  if (typeof value !== 'string') throw new ContractError(`${channel}: "${key}" must be a string`);
  if (!allowEmpty && value.length === 0) throw new ContractError(`${channel}: "${key}" must not be empty`);
  if (value.length > max) throw new ContractError(`${channel}: "${key}" is too long`);
  if (value.includes('\0')) throw new ContractError(`${channel}: "${key}" contains a NUL character`);
  return value;
}

type Validators = { [C in InvokeChannel]: (args: unknown) => ArgsOf<C> };

function noArgs<C extends InvokeChannel>(channel: C) {
  return (args: unknown): ArgsOf<C> => {
    if (args !== undefined && args !== null && !(isRecord(args) && Object.keys(args).length === 0)) {
      throw new ContractError(`${channel}: takes no arguments`);
    }
    return {} as ArgsOf<C>;
  };
}

function withRecord<C extends InvokeChannel>(channel: C, keys: string[], read: (args: Record<string, unknown>) => ArgsOf<C>) {
  return (args: unknown): ArgsOf<C> => {
    if (!isRecord(args)) throw new ContractError(`${channel}: arguments must be an object`);
    onlyKeys(args, keys, channel);
    return read(args);
  };
}

/** Validates and narrows each channel's arguments; throws ContractError on anything else. */
export const validateArgs: Validators = {
  'app:info': noArgs('app:info'),
  'dialog:open': noArgs('dialog:open'),
  'dialog:save': withRecord('dialog:save', ['suggestedName'], (a) => ({
    suggestedName: str(a, 'suggestedName', 'dialog:save', 255),
  })),
  'file:open': withRecord('file:open', ['path'], (a) => ({ path: str(a, 'path', 'file:open', MAX_PATH_LENGTH) })),
  'file:save': withRecord('file:save', ['path', 'content'], (a) => ({
    path: str(a, 'path', 'file:save', MAX_PATH_LENGTH),
    content: str(a, 'content', 'file:save', MAX_CONTENT_LENGTH, true),
  })),
  'file:export': withRecord('file:export', ['path', 'content'], (a) => {
    const path = str(a, 'path', 'file:export', MAX_PATH_LENGTH);
    // The export is a web page: refuse to overwrite an article or anything else with one.
    if (!EXPORT_EXTENSION.test(path)) throw new ContractError('file:export: "path" must end in .html or .htm');
    return { path, content: str(a, 'content', 'file:export', MAX_CONTENT_LENGTH, true) };
  }),
  'fs:list': withRecord('fs:list', ['dir'], (a) => ({ dir: str(a, 'dir', 'fs:list', MAX_PATH_LENGTH) })),
  'window:set-title': withRecord('window:set-title', ['title', 'dirty'], (a) => {
    if (typeof a.dirty !== 'boolean') throw new ContractError('window:set-title: "dirty" must be a boolean');
    return { title: str(a, 'title', 'window:set-title', 512, true), dirty: a.dirty };
  }),
};

export const INVOKE_CHANNELS = Object.keys(validateArgs) as InvokeChannel[];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as string[]).includes(value);
}
