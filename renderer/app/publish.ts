// The published page of the open doc, for the preview pane, File ▸ Export HTML… and Copy HTML.
// All three go through `publish`, i.e. the same `renderArticleDocument` on the same Article, so
// the preview's srcdoc is byte for byte the file Export writes (when nothing is skipped).
import type { Node } from 'prosemirror-model';
import type { FindingsSummary } from '../editor/findings-model';
import { docToArticle } from '../editor/to-article';
import type { Article } from '../layout/article';
import { renderArticleDocument, renderArticleFragment } from '../layout/render';

export interface Published {
  article: Article;
  /** For each of `article.blocks`, the id of the first editor textblock it came from. */
  blockIds: string[];
  /** The standalone page (the preview's srcdoc, the exported file). */
  page: string;
}

export function publish(doc: Node, omit?: ReadonlySet<string>): Published {
  const { article, blockIds } = docToArticle(doc, omit ? { omit } : {});
  return { article, blockIds, page: renderArticleDocument(article) };
}

/** Just the `<article>` (Copy HTML): the same bytes the page's body holds. */
export function publishFragment(doc: Node, omit?: ReadonlySet<string>): string {
  return renderArticleFragment(docToArticle(doc, omit ? { omit } : {}).article);
}

/** What "leave duplicates and boilerplate out" leaves out: those findings' paragraphs. */
export function flaggedToOmit(findings: FindingsSummary): Set<string> {
  return new Set([...findings.duplicates, ...findings.boilerplate].map((f) => f.blockId));
}

/** `<name>.html` for the open document's name ("story.md" → "story.html"). */
export function exportName(docName: string): string {
  const base = docName.replace(/\.[^./\\]+$/, '').trim();
  return `${base && base !== 'Untitled' ? base : 'untitled'}.html`;
}

/**
 * Which element of the rendered `<article>` body (its children after the `<header>`) shows
 * the block with index `blockIndex`. Every block docToArticle returns has text, so each renders
 * as one element; a dateline with no paragraph to open renders as one extra `<p>` first.
 */
export function bodyElementIndex(article: Article, blockIndex: number): number {
  const standaloneDateline = article.dateline.trim() !== '' && article.blocks[0]?.type !== 'paragraph';
  return blockIndex + (standaloneDateline ? 1 : 0);
}

/**
 * The Article block under the cursor: the block of the cursor's top-level node, or of the
 * nearest one before it that is published (header blocks and empty or skipped ones are not);
 * null when there is none, meaning the top of the page.
 */
export function blockAtCursor(doc: Node, topLevelIndex: number, blockIds: readonly string[]): number | null {
  const indexOfId = new Map(blockIds.map((id, i) => [id, i]));
  for (let i = Math.min(topLevelIndex, doc.childCount - 1); i >= 0; i--) {
    let found: number | null = null;
    doc.child(i).descendants((node) => {
      if (found !== null) return false;
      if (!node.isTextblock) return true;
      found = indexOfId.get(String(node.attrs.id)) ?? null;
      return false;
    });
    if (doc.child(i).isTextblock) found = indexOfId.get(String(doc.child(i).attrs.id)) ?? null;
    if (found !== null) return found;
  }
  return null;
}
