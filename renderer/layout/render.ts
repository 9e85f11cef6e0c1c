// Renders an Article as published: the <article> fragment (for pasting into a CMS) and the
// complete, self-contained page around it (the preview pane's srcdoc and `copydesk export`).
// Pure string building, no DOM and no React, so Node and the browser produce the same bytes.
// Every article string goes through escapeHtml, every link through safeHref.
import { blockText, plainText, type Article, type Block, type Inline, type Run } from './article';
import { cleanText, escapeHtml, jsonForScript, safeHref } from './escape';
import { HOUSE_STYLE_CSS } from './house-style';
import { parsePublished } from './published-date';

export interface RenderOptions {
  /** The page language (BCP 47); default "en". Invalid tags fall back to the default. */
  lang?: string;
}

/**
 * The page has no scripts (the JSON-LD block is data, which CSP does not run), only inline
 * styles, and nothing to load: fonts and images could only be data: URLs, and there are none.
 * base-uri and form-action do not fall back to default-src, so they are closed explicitly.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function renderArticleDocument(article: Article, options: RenderOptions = {}): string {
  const lang = options.lang !== undefined && LANG_TAG.test(options.lang) ? options.lang : 'en';
  const title = article.headline.trim() || 'Untitled story';
  const description = article.standfirst.trim();
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    `<style>\n${HOUSE_STYLE_CSS}</style>`,
    `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article))}</script>`,
    '</head>',
    '<body>',
    renderArticleFragment(article),
    '</body>',
    '</html>',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}

/** Just `<article class="story">…</article>`: what the document's body holds, byte for byte. */
export function renderArticleFragment(article: Article): string {
  const lines = ['<article class="story">', ...renderHeader(article), ...renderBody(article), '</article>'];
  return lines.join('\n');
}

function renderHeader(article: Article): string[] {
  const inner: string[] = [];
  if (article.headline.trim()) inner.push(`<h1>${escapeHtml(article.headline.trim())}</h1>`);
  if (article.standfirst.trim()) inner.push(`<p class="standfirst">${escapeHtml(article.standfirst.trim())}</p>`);
  if (article.byline.trim()) inner.push(`<p class="byline">${escapeHtml(article.byline.trim())}</p>`);
  const published = parsePublished(article.published);
  if (published) {
    inner.push(`<p class="published"><time datetime="${escapeHtml(published.datetime)}">${escapeHtml(published.display)}</time></p>`);
  }
  return inner.length === 0 ? [] : ['<header>', ...inner, '</header>'];
}

function renderBody(article: Article): string[] {
  const blocks = article.blocks.filter(hasContent);
  const dateline = article.dateline.trim();
  const [first, ...rest] = blocks;
  if (!dateline) return blocks.map(renderBlock);
  const label = `<span class="dateline">${escapeHtml(dateline)}</span>`;
  // The dateline opens the first paragraph, as in print; with no paragraph first, it stands alone.
  if (first?.type === 'paragraph') return [`<p>${label} – ${renderInline(first.content)}</p>`, ...rest.map(renderBlock)];
  return [`<p>${label}</p>`, ...blocks.map(renderBlock)];
}

/** Blocks with no visible text are left out rather than rendered as empty elements. */
function hasContent(block: Block): boolean {
  if (block.type === 'pullquote') return Boolean(block.text.trim());
  if (block.type === 'blockquote') return block.paragraphs.some((p) => plainText(p).trim());
  return Boolean(blockText(block).trim());
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInline(block.content)}</p>`;
    case 'subhead':
      return `<h2>${renderInline(block.content)}</h2>`;
    case 'blockquote': {
      const cite = block.cite === undefined ? null : safeHref(block.cite);
      const paragraphs = block.paragraphs.filter((p) => plainText(p).trim());
      const quote = [
        cite && /^https?:/.test(cite) ? `<blockquote cite="${escapeHtml(cite)}">` : '<blockquote>',
        ...paragraphs.map((p) => `<p>${renderInline(p)}</p>`),
        '</blockquote>',
      ].join('\n');
      return figure(null, quote, block.attribution);
    }
    case 'pullquote': {
      return figure('pullquote', `<blockquote>\n<p>${escapeHtml(block.text.trim())}</p>\n</blockquote>`, block.attribution);
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.filter((item) => plainText(item).trim());
      return [`<${tag}>`, ...items.map((item) => `<li>${renderInline(item)}</li>`), `</${tag}>`].join('\n');
    }
  }
}

/** A quote with its attribution in a <figcaption>: the one markup HTML gives a quote's source. */
function figure(className: string | null, quote: string, attribution: string | undefined): string {
  const caption = attribution?.trim() ? `\n<figcaption>${escapeHtml(attribution.trim())}</figcaption>` : '';
  return `${className ? `<figure class="${className}">` : '<figure>'}\n${quote}${caption}\n</figure>`;
}

/** Runs to inline HTML; consecutive runs with the same safe link share one <a>. */
export function renderInline(runs: Inline): string {
  let html = '';
  let openHref: string | null = null;
  for (const run of runs) {
    if (!run.text) continue;
    const href = safeHref(run.href);
    if (href !== openHref) {
      if (openHref !== null) html += '</a>';
      if (href !== null) html += `<a href="${escapeHtml(href)}" rel="noopener noreferrer">`;
      openHref = href;
    }
    html += formatRun(run);
  }
  if (openHref !== null) html += '</a>';
  return html;
}

function formatRun(run: Run): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** schema.org NewsArticle for search engines and CMS importers; only fields that have a value. */
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  // The same clean text the page shows (no control characters), so the two never disagree.
  const clean = (text: string) => cleanText(text).trim();
  const published = parsePublished(article.published);
  const author = clean(article.byline).replace(/^by\s+/i, '');
  const body = clean(article.blocks.map(blockText).filter((text) => text.trim()).join('\n\n'));
  const json: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (clean(article.headline)) json.headline = clean(article.headline);
  if (clean(article.standfirst)) json.description = clean(article.standfirst);
  if (author) json.author = { '@type': 'Person', name: author };
  if (published) json.datePublished = published.datetime;
  if (clean(article.dateline)) json.dateline = clean(article.dateline);
  if (body) json.articleBody = body;
  return json;
}
