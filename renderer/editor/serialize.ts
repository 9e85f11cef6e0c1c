// Converting articles from and to files.
//
// .txt  — lossless for text: every non-empty line is a body paragraph; saving writes one line per
//         textblock (structure such as headline or list is not kept in plain text).
// .md   — CommonMark via prosemirror-markdown: `# ` headline, `## ` subhead (deeper levels read
//         as subheads too), `> ` block quote, `* ` bullet list (ordered lists read as bullets),
//         `[text](href)`, `*em*`, `**strong**`. Standfirst, byline and dateline have no Markdown
//         syntax, so they are written as labelled paragraphs — `Standfirst: …`, `Byline: …`,
//         `Dateline: …` — which read well anywhere; a body paragraph that happens to start with
//         such a label is written with an escaped colon (`Byline\: …`) so it reads back as body.
//         Findings the editor chose to ignore are kept in a last-line comment,
//         `<!-- copydesk:ignore {"<paragraph number>":["duplicate",…]} -->`, which Markdown
//         viewers hide and which is read back onto the same paragraphs.
// .html — import only through the schema's parse rules (styles, scripts and unknown markup are
//         dropped, empty paragraphs removed); export is a plain semantic HTML document.
import MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { MarkdownParser, MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { DOMParser as PMDOMParser, Fragment, type Mark, type Node } from 'prosemirror-model';
import { safeHref, schema } from './schema';
import { assignIds } from './ids';

export type TextFormat = 'txt' | 'md' | 'html';

/** An empty article: one empty body paragraph. */
export function emptyDoc(): Node {
  return assignIds(schema.node('doc', null, [schema.node('paragraph')]));
}

// ---------------------------------------------------------------- plain text

export function fromPlainText(text: string): Node {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => schema.node('paragraph', null, schema.text(line)));
  if (paragraphs.length === 0) return emptyDoc();
  return assignIds(schema.node('doc', null, paragraphs));
}

export function toPlainText(doc: Node): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    // Soft line breaks inside a paragraph cannot exist in .txt; keep the paragraph on one line.
    const text = node.textContent.replace(/[\r\n]+/g, ' ');
    if (text.trim() !== '') lines.push(text);
    return false;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

// ---------------------------------------------------------------- Markdown

const LABELS: Record<string, 'standfirst' | 'byline' | 'dateline'> = {
  Standfirst: 'standfirst',
  Byline: 'byline',
  Dateline: 'dateline',
};
const LABEL_RE = /^(Standfirst|Byline|Dateline): ?/;

/** Renames markdown-it tokens to our node names before prosemirror-markdown sees them. */
function articleBlocks(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const side = token.type.endsWith('_open') ? '_open' : '_close';
      // Headings nested in quotes or lists become paragraphs: the schema keeps those simple.
      const name = token.level > 0 ? 'paragraph' : token.tag === 'h1' ? 'headline' : 'subhead';
      token.type = name + side;
    } else if (token.type === 'paragraph_open' && token.level === 0) {
      const inline = tokens[i + 1];
      const close = tokens[i + 2];
      const match = inline && inline.type === 'inline' ? LABEL_RE.exec(inline.content) : null;
      if (!match || !inline || !close) continue;
      const name = LABELS[match[1]!]!;
      inline.content = inline.content.slice(match[0].length);
      token.type = name + '_open';
      close.type = name + '_close';
    }
  }
}

const markdownIt = new MarkdownIt('commonmark', { html: false, linkify: false })
  .disable(['image', 'code', 'fence', 'hr', 'html_block', 'html_inline', 'backticks', 'entity'])
  .use((md: MarkdownIt) => md.core.ruler.after('block', 'copydesk_blocks', articleBlocks));
// Only web and mail links become links; anything else stays as literal text.
markdownIt.validateLink = (url: string) => safeHref(url) !== null;

const markdownParser = new MarkdownParser(schema, markdownIt, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  headline: { block: 'headline' },
  subhead: { block: 'subhead' },
  standfirst: { block: 'standfirst' },
  byline: { block: 'byline' },
  dateline: { block: 'dateline' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list' },
  ordered_list: { block: 'bullet_list' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: {
    mark: 'link',
    getAttrs: (tok) => ({ href: safeHref(tok.attrGet('href')) ?? '', title: tok.attrGet('title') || null }),
  },
  hardbreak: { ignore: true, noCloseToken: true },
});

const IGNORE_COMMENT = /\n?<!-- copydesk:ignore (\{.*\}) -->\s*$/;

export function fromMarkdown(markdown: string): Node {
  const comment = IGNORE_COMMENT.exec(markdown);
  const doc = withoutEmptyBlocks(markdownParser.parse(comment ? markdown.slice(0, comment.index) : markdown)) ?? emptyDoc();
  return comment ? withIgnores(doc, comment[1]!) : doc;
}

/** Puts ignore lists from the comment back on the non-empty textblocks they were saved from. */
function withIgnores(doc: Node, json: string): Node {
  let ignores: Record<string, unknown>;
  try {
    ignores = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return doc;
  }
  let index = 0;
  const visit = (node: Node): Node => {
    if (node.isTextblock) {
      const list = ignores[String(index++)];
      const valid = Array.isArray(list) && list.every((k) => typeof k === 'string');
      return valid ? node.type.create({ ...node.attrs, ignore: list }, node.content, node.marks) : node;
    }
    const children: Node[] = [];
    node.forEach((child) => children.push(visit(child)));
    return node.copy(Fragment.from(children));
  };
  return visit(doc);
}

function ignoreComment(doc: Node): string {
  const ignores: Record<string, string[]> = {};
  let index = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    if (node.textContent.trim() === '') return false;
    const list = node.attrs.ignore as string[];
    if (list.length) ignores[String(index)] = list;
    index += 1;
    return false;
  });
  if (Object.keys(ignores).length === 0) return '';
  // "--" cannot appear inside an HTML comment.
  return `\n<!-- copydesk:ignore ${JSON.stringify(ignores).replace(/--/g, '-\\u002d')} -->\n`;
}

function inlineBlock(prefix: string) {
  return (state: MarkdownSerializerState, node: Node) => {
    state.write(prefix);
    state.renderInline(node, false);
    state.closeBlock(node);
  };
}

const markdownSerializer = new MarkdownSerializer(
  {
    headline: inlineBlock('# '),
    subhead: inlineBlock('## '),
    standfirst: inlineBlock('Standfirst: '),
    byline: inlineBlock('Byline: '),
    dateline: inlineBlock('Dateline: '),
    paragraph(state, node) {
      const text = node.textContent;
      const label = LABEL_RE.exec(text);
      if (label && node.firstChild?.isText && node.firstChild.text!.length >= label[1]!.length + 1) {
        // Write the label with an escaped colon so it reads back as a body paragraph.
        state.write(label[1] + '\\:');
        const rest = node.content.cut(label[1]!.length + 1);
        state.renderInline(node.copy(rest), false);
      } else {
        state.renderInline(node);
      }
      state.closeBlock(node);
    },
    blockquote(state, node) {
      state.wrapBlock('> ', null, node, () => state.renderContent(node));
    },
    bullet_list(state, node) {
      state.renderList(node, '  ', () => '* ');
    },
    list_item(state, node) {
      state.renderContent(node);
    },
    text(state, node) {
      state.text(node.text ?? '');
    },
  },
  {
    em: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
    strong: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
    link: {
      open: '[',
      close(_state: MarkdownSerializerState, mark: Mark) {
        const title = mark.attrs.title ? ` "${String(mark.attrs.title).replace(/"/g, '\\"')}"` : '';
        return `](${String(mark.attrs.href).replace(/[()"]/g, '\\$&')}${title})`;
      },
      mixable: false,
    },
  },
);

export function toMarkdown(doc: Node): string {
  const out = markdownSerializer.serialize(doc, { tightLists: true });
  return (out.endsWith('\n') ? out : out + '\n') + ignoreComment(doc);
}

// ---------------------------------------------------------------- HTML

/** Parses HTML (a saved page, a .docx import, clipboard HTML) into a clean article. */
export function fromHtml(html: string, parser: DOMParser = new DOMParser()): Node {
  const dom = parser.parseFromString(html, 'text/html');
  // The schema's parse rules drop what they don't know, but <head> content and comments can
  // still leak text; remove the obviously non-article elements first.
  dom.querySelectorAll('script, style, noscript, template, iframe, object, svg, head, nav, form, button').forEach(
    (el) => el.remove(),
  );
  const doc = PMDOMParser.fromSchema(schema).parse(dom.body);
  return withoutEmptyBlocks(doc) ?? emptyDoc();
}

/** Drops whitespace-only textblocks (and containers left empty); null if nothing is left. */
export function withoutEmptyBlocks(doc: Node): Node | null {
  const clean = (node: Node): Node | null => {
    if (node.isTextblock) return node.textContent.trim() === '' ? null : node;
    if (node.isLeaf || node.isInline) return node;
    const children: Node[] = [];
    node.forEach((child) => {
      const kept = clean(child);
      if (kept) children.push(kept);
    });
    if (children.length === 0) return null;
    return node.type.createAndFill(node.attrs, Fragment.from(children), node.marks);
  };
  const result = clean(doc);
  return result ? assignIds(result) : null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function inlineHtml(node: Node): string {
  let out = '';
  node.forEach((child) => {
    let html = escapeHtml(child.text ?? '');
    // Innermost first, so the markup nests in mark order.
    for (const mark of [...child.marks].reverse()) {
      if (mark.type.name === 'strong') html = `<strong>${html}</strong>`;
      else if (mark.type.name === 'em') html = `<em>${html}</em>`;
      else if (mark.type.name === 'link') {
        const href = safeHref(mark.attrs.href);
        html = href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
      }
    }
    out += html;
  });
  return out;
}

function blockHtml(node: Node): string {
  const inner = () => {
    let out = '';
    node.forEach((child) => (out += blockHtml(child)));
    return out;
  };
  switch (node.type.name) {
    case 'headline':
      return `<h1>${inlineHtml(node)}</h1>\n`;
    case 'subhead':
      return `<h2>${inlineHtml(node)}</h2>\n`;
    case 'standfirst':
    case 'byline':
    case 'dateline':
      return `<p class="cd-${node.type.name}">${inlineHtml(node)}</p>\n`;
    case 'paragraph':
      return `<p>${inlineHtml(node)}</p>\n`;
    case 'blockquote':
      return `<blockquote>\n${inner()}</blockquote>\n`;
    case 'bullet_list':
      return `<ul>\n${inner()}</ul>\n`;
    case 'list_item':
      return `<li>${inner().trim()}</li>\n`;
    default:
      return inner();
  }
}

export function toHtml(doc: Node, title = 'Article'): string {
  let body = '';
  doc.forEach((child) => (body += blockHtml(child)));
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;
}

// ---------------------------------------------------------------- by format

export function formatOfPath(path: string): TextFormat {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'txt';
}

export function parseContent(content: string, format: TextFormat | 'docx'): Node {
  if (format === 'md') return fromMarkdown(content);
  if (format === 'html' || format === 'docx') return fromHtml(content);
  return fromPlainText(content);
}

export function serializeContent(doc: Node, format: TextFormat, title?: string): string {
  if (format === 'md') return toMarkdown(doc);
  if (format === 'html') return toHtml(doc, title);
  return toPlainText(doc);
}
