// Turns a file's text into the analysis' paragraphs, by format.
import MarkdownIt from 'markdown-it';
import type { Paragraph } from '../../renderer/analysis/types';
import { InputError } from './read-input';

export type InputFormat = 'txt' | 'md';

const NOT_YET: Record<string, string> = {
  '.html': 'HTML',
  '.htm': 'HTML',
  '.docx': 'Word',
  '.doc': 'Word',
  '.pdf': 'PDF',
  '.rtf': 'RTF',
  '.odt': 'OpenDocument',
};

/** Markdown by extension; every other text file is read as plain text, one paragraph a line. */
export function formatOf(path: string): InputFormat {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
  const unsupported = NOT_YET[ext];
  if (unsupported) throw new InputError(`${path}: ${unsupported} files are not supported yet (copydesk check reads .txt and .md)`);
  return ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
}

/** Plain text: each non-empty line is a paragraph (indices count non-empty lines only). */
export function paragraphsFromText(text: string): Paragraph[] {
  return toParagraphs(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
}

let markdown: MarkdownIt | null = null;

/** Markdown: each block (heading, paragraph, list item, quote) is a paragraph of its visible text. */
export function paragraphsFromMarkdown(source: string): Paragraph[] {
  markdown ??= new MarkdownIt('commonmark', { html: false });
  const blocks: string[] = [];
  for (const token of markdown.parse(source.replace(/^\uFEFF/, ''), {})) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') blocks.push(...token.content.split('\n'));
  }
  return toParagraphs(blocks);
}

function inlineText(children: { type: string; content: string }[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'image') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text;
}

function toParagraphs(lines: string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (text) paragraphs.push({ id: `p${paragraphs.length}`, text });
  }
  return paragraphs;
}

export function paragraphsFromFile(path: string, content: string): Paragraph[] {
  return formatOf(path) === 'md' ? paragraphsFromMarkdown(content) : paragraphsFromText(content);
}
