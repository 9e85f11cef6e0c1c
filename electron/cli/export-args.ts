// Parses `copydesk export FILE -o OUT.html [--fragment] [--skip-flagged]` (usage text in args.ts).
// Pure, like args.ts, which calls it; UsageError is only used at call time, so the import cycle is safe.
import { resolve } from 'node:path';
import { UsageError } from './args';

export interface ExportCommand {
  kind: 'export';
  file: string;
  /** Where to write the HTML; "-" is standard output. */
  out: string;
  /** Only the <article> markup, for pasting into a CMS. */
  fragment: boolean;
  /** Leave out the paragraphs the checker flags as duplicates or boilerplate. */
  skipFlagged: boolean;
}

const TRY = 'try `copydesk export FILE -o OUT.html`';

/** `rest` is the command line after the word "export". Returns null when help was asked for. */
export function parseExportArgs(rest: readonly string[]): ExportCommand | null {
  let out: string | null = null;
  let fragment = false;
  let skipFlagged = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--help' || arg === '-h') {
      return null;
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const value = arg.startsWith('--output=') ? arg.slice('--output='.length) : rest[++i];
      if (!value) throw new UsageError(`${arg.replace(/=.*/, '')} takes an output file name`);
      out = value;
    } else if (arg === '--fragment') {
      fragment = true;
    } else if (arg === '--skip-flagged') {
      skipFlagged = true;
    } else {
      throw new UsageError(`unknown option "${arg}"`);
    }
  }
  const [file, ...extra] = files;
  if (file === undefined) throw new UsageError(`no file given (${TRY})`);
  if (extra.length > 0) throw new UsageError(`export takes one file, not ${files.length}`);
  if (file === '-') throw new UsageError('reading from standard input is not supported; name a file');
  if (out === null) throw new UsageError(`no output file given (${TRY})`);
  if (out !== '-' && resolve(out) === resolve(file)) throw new UsageError(`${out}: writing there would overwrite the story`);
  return { kind: 'export', file, out, fragment, skipFlagged };
}
