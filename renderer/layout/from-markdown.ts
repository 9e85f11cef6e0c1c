// Markdown (a .md story) to an Article: the first "# " heading is the headline, later headings
// are subheads, "> " quotes, lists, **bold**, *italic* and [links](url). Raw HTML is not
// interpreted (it stays visible text), as for the checker.
import MarkdownIt, { type Token } from 'markdown-it';
import { attributionOf, emptyArticle, plainText, type Article, type Block, type Inline, type Run } from './article';
import { dropChars, splitDateline } from './dateline';

export interface MarkdownOptions {
  /**
   * Leaves out the text blocks the checker counts as paragraph `index` (it numbers every
   * heading, paragraph, list item and code line with visible text, in order: the numbering of
   * electron/cli's paragraphsFromMarkdown), e.g. for `copydesk export --skip-flagged`.
   */
  skip?: (index: number) => boolean;
}

let markdown: MarkdownIt | null = null;

export function articleFromMarkdown(source: string, options: MarkdownOptions = {}): Article {
  markdown ??= new MarkdownIt('commonmark', { html: false });
  const tokens = markdown.parse(source.replace(/^\uFEFF/, ''), {});
  const skip = options.skip ?? (() => false);
  const article = emptyArticle();
  let paragraphIndex = 0;
  /** The runs of an inline token, or null when the checker's paragraph is skipped or empty. */
  const take = (token: Token | undefined): Inline | null => {
    const runs = token?.type === 'inline' ? inlineRuns(token.children ?? []) : [];
    if (!plainText(runs).trim()) return null;
    return skip(paragraphIndex++) ? null : runs;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'heading_open') {
      const runs = take(tokens[i + 1]);
      i = closeOf(tokens, i);
      if (!runs) continue;
      if (token.tag === 'h1' && !article.headline && article.blocks.length === 0) article.headline = plainText(runs).trim();
      else article.blocks.push({ type: 'subhead', content: runs });
    } else if (token.type === 'paragraph_open') {
      const runs = take(tokens[i + 1]);
      i = closeOf(tokens, i);
      if (runs) addParagraph(article, runs);
    } else if (token.type === 'blockquote_open') {
      const end = closeOf(tokens, i);
      const quote = collectInlines(tokens.slice(i + 1, end), take);
      i = end;
      const block = blockquote(quote);
      if (block) article.blocks.push(block);
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const end = closeOf(tokens, i);
      const items = collectInlines(tokens.slice(i + 1, end), take);
      i = end;
      if (items.length > 0) article.blocks.push({ type: 'list', ordered: token.type === 'ordered_list_open', items });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      // No code in a news story: each line is kept as a paragraph, as the checker reads it.
      for (const line of token.content.split('\n')) {
        const runs = take(fakeInline(line.trim()));
        if (runs) article.blocks.push({ type: 'paragraph', content: runs });
      }
    }
  }
  return article;
}

/** Right after the headline, "By …" is the byline and an all-italic paragraph the standfirst. */
function addParagraph(article: Article, runs: Inline): void {
  const text = plainText(runs).trim();
  if (article.headline && article.blocks.length === 0) {
    if (!article.byline && /^by\s+\p{Lu}[^.!?]{0,80}$/iu.test(text)) {
      article.byline = text;
      return;
    }
    if (!article.standfirst && !article.byline && runs.every((run) => run.italic || !run.text.trim())) {
      article.standfirst = text;
      return;
    }
  }
  if (!article.dateline && !article.blocks.some((block) => block.type === 'paragraph')) {
    const lead = splitDateline(plainText(runs));
    if (lead) {
      article.dateline = lead.dateline;
      runs = dropChars(runs, lead.length);
    }
  }
  article.blocks.push({ type: 'paragraph', content: runs });
}

/** Every text block inside a quote or list, flattened in order (nested lists included). */
function collectInlines(inner: Token[], take: (token: Token | undefined) => Inline | null): Inline[] {
  const out: Inline[] = [];
  for (const token of inner) {
    if (token.type === 'inline') {
      const runs = take(token);
      if (runs) out.push(runs);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      for (const line of token.content.split('\n')) {
        const runs = take(fakeInline(line.trim()));
        if (runs) out.push(runs);
      }
    }
  }
  return out;
}

function blockquote(paragraphs: Inline[]): Block | null {
  const last = paragraphs.at(-1);
  const attribution = paragraphs.length > 1 && last ? attributionOf(plainText(last)) : null;
  const body = attribution ? paragraphs.slice(0, -1) : paragraphs;
  if (body.length === 0) return null;
  return attribution ? { type: 'blockquote', paragraphs: body, attribution } : { type: 'blockquote', paragraphs: body };
}

/** Index of the token that closes the one opened at `open` (same nesting level). */
function closeOf(tokens: Token[], open: number): number {
  const opener = tokens[open] as Token;
  const closeType = opener.type.replace(/_open$/, '_close');
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === closeType && token.level === opener.level) return i;
  }
  return tokens.length - 1;
}

function fakeInline(text: string): Token {
  return { type: 'inline', children: [{ type: 'text', content: text }] } as unknown as Token;
}

/** markdown-it's inline tokens to runs; code and images keep only their text, as in the checker. */
function inlineRuns(children: Token[]): Inline {
  const runs: Inline = [];
  let bold = 0;
  let italic = 0;
  const hrefs: (string | undefined)[] = [];
  const push = (text: string) => {
    const href = hrefs.at(-1);
    const run: Run = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (href !== undefined) run.href = href;
    const previous = runs.at(-1);
    if (previous && previous.bold === run.bold && previous.italic === run.italic && previous.href === run.href) previous.text += text;
    else runs.push(run);
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
      case 'image':
        if (child.content) push(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        hrefs.push(child.attrGet('href') ?? undefined);
        break;
      case 'link_close':
        hrefs.pop();
        break;
    }
  }
  return runs;
}
