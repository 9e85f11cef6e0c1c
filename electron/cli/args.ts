// Parses `copydesk` command lines. Pure: no I/O, so every usage error is unit-testable.
import { parseExportArgs, type ExportCommand } from './export-args';

export type OutputFormat = 'text' | 'json';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: OutputFormat; files: string[]; color: boolean | null }
  | ExportCommand;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: copydesk check [--format text|json] [--color|--no-color] FILE...

Checks news copy for duplicate paragraphs, pasted website boilerplate and quote attribution.
Reads .txt (one paragraph per non-empty line) and .md files.

Exit status: 0 nothing flagged, 1 something flagged, 2 bad usage or unreadable input.

Usage: copydesk export FILE -o OUT.html [--fragment] [--skip-flagged]

Renders a story as published, in the house style, as one self-contained HTML page
(--fragment: only its <article> markup, for a CMS; -o - writes to standard output).
--skip-flagged leaves out duplicate and boilerplate paragraphs; without it they are
exported and a warning counts them.

Exit status: 0 exported, 2 bad usage, unreadable input or unwritable output.`;

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given (try `copydesk check FILE`)');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command === 'export') return parseExportArgs(rest) ?? { kind: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try \`copydesk check FILE\`)`);

  let format: OutputFormat = 'text';
  let color: boolean | null = null;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        throw new UsageError(`--format takes "text" or "json"${value === undefined ? '' : `, not "${value}"`}`);
      }
      format = value;
    } else if (arg === '--color') {
      color = true;
    } else if (arg === '--no-color') {
      color = false;
    } else {
      throw new UsageError(`unknown option "${arg}"`);
    }
  }
  if (files.length === 0) throw new UsageError('no file given (try `copydesk check FILE`)');
  if (files.includes('-')) throw new UsageError('reading from standard input is not supported; name a file');
  return { kind: 'check', format, files, color };
}
