// The editor's doc as the published Article (renderer/layout/article.ts describes the mapping).
// The preview pane and File ▸ Export HTML both render what this returns, with the same
// function, so what the preview shows is what the file holds.
//
// No publication date: the doc has none, and inventing one (today) would make the page, the
// exported file and the preview screenshots change from day to day.
import type { Node } from 'prosemirror-model';
import { attributionOf, plainText, type Article, type Block, type Inline, type Run } from '../layout/article';
import { dropChars, splitDateline } from '../layout/dateline';
import { looksLikeHeadline } from '../layout/from-paragraphs';
import { safeHref } from './schema';

export interface ToArticleOptions {
  /** Ids of textblocks to leave out (duplicates and boilerplate, when the editor skips them). */
  omit?: ReadonlySet<string>;
}

export interface ArticleWithSources {
  article: Article;
  /**
   * For each of `article.blocks`, the id of the first textblock it came from, so the preview
   * can find the block under the cursor (parallel to `article.blocks`).
   */
  blockIds: string[];
}

type HeaderField = 'headline' | 'standfirst' | 'byline' | 'dateline';
const HEADER_FIELDS = new Set<string>(['headline', 'standfirst', 'byline', 'dateline']);

/** A textblock's text as runs; links other than http(s) and mailto keep their text, not the link. */
export function runsOf(node: Node): Inline {
  const runs: Run[] = [];
  node.forEach((child) => {
    if (!child.isText || !child.text) return;
    const run: Run = { text: child.text };
    for (const mark of child.marks) {
      if (mark.type.name === 'strong') run.bold = true;
      else if (mark.type.name === 'em') run.italic = true;
      else if (mark.type.name === 'link') {
        const href = safeHref(mark.attrs.href);
        if (href) run.href = href;
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else runs.push(run);
  });
  return trimRuns(runs);
}

/** Drops the whitespace a paragraph starts or ends with, as the published text would. */
function trimRuns(runs: Run[]): Run[] {
  while (runs.length > 0) {
    const first = runs[0]!;
    first.text = first.text.trimStart();
    if (first.text) break;
    runs.shift();
  }
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!;
    last.text = last.text.trimEnd();
    if (last.text) break;
    runs.pop();
  }
  return runs;
}

const hasText = (runs: Inline) => plainText(runs).trim() !== '';

export function docToArticle(doc: Node, options: ToArticleOptions = {}): ArticleWithSources {
  const omit = options.omit ?? new Set<string>();
  const kept = (node: Node) => !omit.has(String(node.attrs.id));
  const header: Record<HeaderField, string[]> = { headline: [], standfirst: [], byline: [], dateline: [] };
  const blocks: Block[] = [];
  const blockIds: string[] = [];
  const push = (block: Block, id: unknown) => {
    blocks.push(block);
    blockIds.push(String(id ?? ''));
  };

  /** Paragraph runs of a blockquote's or list's textblocks, skipping omitted and empty ones. */
  const textblocksOf = (node: Node): { runs: Inline; id: string }[] => {
    const out: { runs: Inline; id: string }[] = [];
    node.descendants((child) => {
      if (!child.isTextblock) return true;
      const runs = runsOf(child);
      if (kept(child) && hasText(runs)) out.push({ runs, id: String(child.attrs.id ?? '') });
      return false;
    });
    return out;
  };

  doc.forEach((node) => {
    const name = node.type.name;
    if (HEADER_FIELDS.has(name)) {
      const text = node.textContent.trim();
      if (kept(node) && text) header[name as HeaderField].push(text);
      return;
    }
    if (name === 'paragraph' || name === 'subhead') {
      const runs = runsOf(node);
      if (kept(node) && hasText(runs)) push({ type: name, content: runs }, node.attrs.id);
      return;
    }
    if (name === 'bullet_list') {
      const items: Inline[] = [];
      let firstId: string | null = null;
      node.forEach((item) => {
        // An item's own nested paragraphs and lists read as one line of the item.
        const parts = textblocksOf(item);
        if (parts.length === 0) return;
        firstId ??= parts[0]!.id;
        items.push(parts.flatMap((part, i) => (i === 0 ? part.runs : [{ text: ' ' }, ...part.runs])));
      });
      if (items.length > 0) push({ type: 'list', items }, firstId);
      return;
    }
    if (name === 'blockquote') {
      const parts = textblocksOf(node);
      if (parts.length === 0) return;
      const paragraphs = parts.map((part) => part.runs);
      const last = plainText(paragraphs[paragraphs.length - 1]!);
      const attribution = paragraphs.length > 1 ? attributionOf(last) : null;
      const block: Block = { type: 'blockquote', paragraphs: attribution ? paragraphs.slice(0, -1) : paragraphs };
      if (attribution) block.attribution = attribution;
      push(block, parts[0]!.id);
    }
  });

  const article: Article = {
    headline: header.headline.join(' '),
    standfirst: header.standfirst.join(' '),
    // Editors may type the dash after the place; the layout adds its own.
    dateline: header.dateline.join(' ').replace(/\s*(?:—|–|-{1,2})$/u, ''),
    byline: header.byline.join(' '),
    blocks,
  };
  recogniseWireHeader(article, blockIds, Object.values(header).some((list) => list.length > 0));
  return { article, blockIds };
}

const BYLINE = /^by\s+\p{Lu}[^.!?]{0,80}$/iu;

/**
 * A story opened from .txt is all body paragraphs. Like `copydesk export` (articleFromParagraphs),
 * read a headline and byline from its first lines when the doc has no header blocks at all,
 * and a wire dateline from the first paragraph when no dateline block says otherwise, so the
 * preview of a .txt story matches the command line's page for it.
 */
function recogniseWireHeader(article: Article, blockIds: string[], hasHeaderBlocks: boolean): void {
  const firstParagraph = (): string | null => (article.blocks[0]?.type === 'paragraph' ? plainText(article.blocks[0].content) : null);
  const shift = () => {
    article.blocks.shift();
    blockIds.shift();
  };
  if (!hasHeaderBlocks) {
    const first = firstParagraph();
    if (first !== null && article.blocks.length > 1 && looksLikeHeadline(first.trim())) {
      article.headline = first.trim();
      shift();
      const second = firstParagraph();
      if (second !== null && article.blocks.length > 1 && BYLINE.test(second.trim())) {
        article.byline = second.trim();
        shift();
      }
    }
  }
  const lead = article.blocks[0];
  if (article.dateline || lead?.type !== 'paragraph') return;
  const split = splitDateline(plainText(lead.content));
  if (!split) return;
  article.dateline = split.dateline;
  lead.content = dropChars(lead.content, split.length);
}

/** Just the Article, for export. */
export function toArticle(doc: Node, options: ToArticleOptions = {}): Article {
  return docToArticle(doc, options).article;
}
