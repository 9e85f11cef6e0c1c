// `copydesk export`: the story as published, in the house style, as the preview pane shows it.
// Exit 0 when written (findings only warn), 2 on unreadable input or unwritable output.
import { analyze } from '../../renderer/analysis/analyzer';
import type { Report } from '../../renderer/analysis/types';
import type { Article } from '../../renderer/layout/article';
import { articleFromMarkdown } from '../../renderer/layout/from-markdown';
import { articleFromParagraphs } from '../../renderer/layout/from-paragraphs';
import { renderArticleDocument, renderArticleFragment } from '../../renderer/layout/render';
import type { ExportCommand } from './export-args';
import type { CliIo } from './main';
import { formatOf, paragraphsFromFile } from './paragraphs';
import { InputError, readTextInput, writeExport } from './read-input';

export async function runExport(command: ExportCommand, io: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  let source: string;
  let report: Report;
  let article: Article;
  try {
    source = await readTextInput(command.file);
    const paragraphs = paragraphsFromFile(command.file, source);
    report = analyze(paragraphs);
    const skipped = command.skipFlagged ? flaggedParagraphs(report) : new Set<number>();
    article =
      formatOf(command.file) === 'md'
        ? articleFromMarkdown(source, { skip: (index) => skipped.has(index) })
        : articleFromParagraphs(paragraphs.filter((_, index) => !skipped.has(index)).map((p) => p.text));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`copydesk: ${error.message}\n`);
    return 2;
  }

  const html = command.fragment ? `${renderArticleFragment(article)}\n` : renderArticleDocument(article);
  if (command.out === '-') {
    io.stdout.write(html);
  } else {
    try {
      await writeExport(command.out, html);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`copydesk: ${error.message}\n`);
      return 2;
    }
  }
  const warning = findingsWarning(command, report);
  if (warning) io.stderr.write(`copydesk: warning: ${command.file}: ${warning}\n`);
  return 0;
}

/** The paragraphs --skip-flagged leaves out: later copies of duplicates, and boilerplate. */
export function flaggedParagraphs(report: Report): Set<number> {
  return new Set([...report.duplicates.map((d) => d.index), ...report.boilerplate.map((b) => b.index)]);
}

/** One line counting what the checker flagged and the export still contains, or null. */
export function findingsWarning(command: Pick<ExportCommand, 'skipFlagged'>, report: Report): string | null {
  const skipped = command.skipFlagged ? flaggedParagraphs(report) : new Set<number>();
  const quotes = report.quotes.filter((q) => q.status !== 'ok' && !skipped.has(q.index)).length;
  const parts: string[] = [];
  if (!command.skipFlagged) {
    if (report.duplicates.length > 0) parts.push(count(report.duplicates.length, 'duplicate paragraph'));
    if (report.boilerplate.length > 0) parts.push(count(report.boilerplate.length, 'boilerplate paragraph'));
  }
  if (quotes > 0) parts.push(count(quotes, 'quote problem'));
  if (parts.length === 0) return null;
  const hint = command.skipFlagged || (parts.length === 1 && quotes > 0) ? '' : ' (--skip-flagged leaves out duplicates and boilerplate)';
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
  return `exported with ${listed} flagged by the checker${hint}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
