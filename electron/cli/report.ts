// Renders a checker Report for pipelines (JSON, the schema the issue fixes) and for people
// (one linter-style line per finding: `file:¶: message`, paragraphs numbered from 1).
import type { QuoteFinding, Report } from '../../renderer/analysis/types';

export interface JsonReport {
  file: string;
  paragraphs: number;
  duplicates: { paragraph: number; of: number; kind: 'exact' | 'near'; similarity: number }[];
  boilerplate: { paragraph: number; reason: string }[];
  quotes: {
    paragraph: number;
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    status: QuoteFinding['status'];
    kind: QuoteFinding['kind'];
    note: string;
  }[];
  sources: { name: string; role: string | null; kind: string; quotes: number; firstParagraph: number }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function toJsonReport(file: string, report: Report): JsonReport {
  return {
    file,
    paragraphs: report.paragraphs,
    duplicates: report.duplicates.map((d) => ({ paragraph: d.index, of: d.ofIndex, kind: d.kind, similarity: round(d.similarity) })),
    boilerplate: report.boilerplate.map((b) => ({ paragraph: b.index, reason: b.reason })),
    quotes: report.quotes.map((q) => ({
      paragraph: q.index,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      status: q.status,
      kind: q.kind,
      note: q.note,
    })),
    sources: report.sources.map((s) => ({ name: s.name, role: s.role, kind: s.kind, quotes: s.quotes, firstParagraph: s.firstIndex })),
  };
}

/** How many findings need an editor's attention (duplicates, boilerplate, non-ok quotes). */
export function flaggedCount(report: Report): number {
  return report.duplicates.length + report.boilerplate.length + report.quotes.filter((q) => q.status !== 'ok').length;
}

interface Line {
  index: number;
  order: number;
  text: string;
}

const ANSI = { red: 31, yellow: 33, magenta: 35, dim: 2, bold: 1 } as const;

export function formatText(file: string, report: Report, color: boolean): string {
  const paint = (code: keyof typeof ANSI, s: string) => (color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const lines: Line[] = [];
  for (const d of report.duplicates) {
    const how = d.kind === 'exact' ? 'exact copy' : `near copy (${Math.round(d.similarity * 100)}% similar)`;
    lines.push({ index: d.index, order: 0, text: `${paint('yellow', 'duplicate')}: ${how} of ¶${d.ofIndex + 1}` });
  }
  for (const b of report.boilerplate) {
    lines.push({ index: b.index, order: 1, text: `${paint('magenta', 'boilerplate')}: ${b.reason}` });
  }
  for (const q of report.quotes) {
    if (q.status === 'ok') continue;
    lines.push({ index: q.index, order: 2 + q.start / 1e6, text: `${paint('red', 'quote')}: ${quoteMessage(q)}` });
  }
  lines.sort((a, b) => a.index - b.index || a.order - b.order);
  const out = lines.map((l) => `${paint('dim', `${file}:${l.index + 1}:`)} ${l.text}`);
  const speech = report.quotes.filter((q) => q.kind === 'speech').length;
  const flagged = lines.length;
  out.push(
    paint(
      'bold',
      `${file}: ${report.paragraphs} paragraphs, ${speech} quotes from ${report.sources.length} sources; ` +
        (flagged === 0 ? 'nothing flagged' : `${flagged} flagged`),
    ),
  );
  return out.join('\n') + '\n';
}

function quoteMessage(q: QuoteFinding): string {
  const shown = q.text.length > 48 ? `${q.text.slice(0, 47).trimEnd()}…` : q.text;
  switch (q.status) {
    case 'unattributed':
      return `“${shown}” is not attributed to anyone`;
    case 'unintroduced':
      return `“${shown}” is attributed to ${q.speaker ?? 'someone'}, who is never introduced by full name`;
    case 'unbalanced':
      return `“${shown}” opens a quotation that never closes`;
    default:
      return `“${shown}”`;
  }
}
