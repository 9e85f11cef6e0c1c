// `copydesk check`: runs the editor's checks headless, for newsroom pipelines.
// Exit 0 when nothing is flagged, 1 when something is, 2 on bad usage or unreadable input.
import { analyze } from '../../renderer/analysis/analyzer';
import { parseArgs, USAGE, UsageError } from './args';
import { runExport } from './export';
import { paragraphsFromFile } from './paragraphs';
import { InputError, readTextInput } from './read-input';
import { flaggedCount, formatText, toJsonReport, type JsonReport } from './report';

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Colour the text output (a TTY without NO_COLOR); --color/--no-color override it. */
  color: boolean;
}

declare const __COPYDESK_VERSION__: string | undefined;
const VERSION = typeof __COPYDESK_VERSION__ === 'string' ? __COPYDESK_VERSION__ : 'dev';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`copydesk: ${error.message}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout.write(`copydesk ${VERSION}\n`);
    return 0;
  }
  if (command.kind === 'export') return runExport(command, io);

  const color = command.color ?? io.color;
  const json: JsonReport[] = [];
  let flagged = 0;
  let unreadable = false;
  for (const file of command.files) {
    try {
      const paragraphs = paragraphsFromFile(file, await readTextInput(file));
      const report = analyze(paragraphs);
      flagged += flaggedCount(report);
      if (command.format === 'json') json.push(toJsonReport(file, report));
      else io.stdout.write(formatText(file, report, color));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`copydesk: ${error.message}\n`);
      unreadable = true;
    }
  }
  if (command.format === 'json' && json.length > 0) {
    io.stdout.write(`${JSON.stringify(command.files.length === 1 ? json[0] : json, null, 2)}\n`);
  }
  if (unreadable) return 2;
  return flagged > 0 ? 1 : 0;
}
