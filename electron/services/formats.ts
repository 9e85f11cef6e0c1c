// Which files Copydesk opens, decided by extension alone: content sniffing would make the same
// file open differently depending on its first bytes, which surprises an editor's users.
import { extname } from 'node:path';
import type { FileFormat } from '../ipc/contract';

const BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** The format a path names, or null when Copydesk does not handle that extension. */
export function detectFormat(path: string): FileFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Formats Copydesk can read and write as text today (docx import comes later). */
export function isTextFormat(format: FileFormat | null): format is 'txt' | 'md' | 'html' {
  return format === 'txt' || format === 'md' || format === 'html';
}

export const TEXT_EXTENSIONS_LABEL = '.txt, .md or .html';
