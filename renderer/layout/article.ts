// The article as it is published: a plain model, independent of ProseMirror and of any input
// format, that both the preview pane and `copydesk export` render with the same code.
//
// Mapping from the editor's schema (renderer/editor/schema.ts), for whoever converts the doc:
//   headline / standfirst / byline / dateline nodes  →  the string fields of the same name
//     (their text content; several of one kind are joined with a space)
//   paragraph            →  { type: 'paragraph', content: runs }
//   subhead              →  { type: 'subhead', content: runs }
//   blockquote           →  { type: 'blockquote', paragraphs: [runs of each child paragraph] }
//     (a bullet_list inside a quote: one paragraph per item; a last paragraph that starts with
//     a dash, "— Name", may become `attribution` instead; see `attributionOf`)
//   bullet_list          →  { type: 'list', items: [runs of each list_item's text] }
//   text with marks      →  runs: strong → bold, em → italic, link → href
// Everything is plain text: renderers escape it, so never put HTML or entities in a string.

/** A stretch of text with one formatting. Adjacent runs may share formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Link target as the author wrote it; rendered as a link only if it is http:, https: or mailto:. */
  href?: string;
}

/** A paragraph's inline content: runs in reading order. */
export type Inline = Run[];

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline;
}

/** A crosshead inside the body (rendered as <h2>; the headline is the only <h1>). */
export interface SubheadBlock {
  type: 'subhead';
  content: Inline;
}

/** A quoted passage set off from the text (a statement, a letter, a post). */
export interface BlockquoteBlock {
  type: 'blockquote';
  paragraphs: Inline[];
  /** Who is quoted, shown under the quote: "Maj. Gen. Tahsin Khafaji, spokesperson". */
  attribution?: string;
  /** Where the quote comes from, as a URL (the <blockquote cite>); kept only if http(s). */
  cite?: string;
}

/** A short excerpt of the story repeated in display type to break up the page. */
export interface PullquoteBlock {
  type: 'pullquote';
  text: string;
  attribution?: string;
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: Inline[];
}

export type Block = ParagraphBlock | SubheadBlock | BlockquoteBlock | PullquoteBlock | ListBlock;

export interface Article {
  headline: string;
  /** The summary under the headline (also the JSON-LD description). Empty when there is none. */
  standfirst: string;
  /** As printed, e.g. "By Selma Hart". Empty when there is none. */
  byline: string;
  /** Where the story was filed from, without the dash: "NAIROBI, Kenya". Empty when none. */
  dateline: string;
  /** Publication date or date-time, ISO 8601 ("2026-11-23" or "2026-11-23T19:14:00Z"). */
  published?: string;
  blocks: Block[];
}

export function emptyArticle(): Article {
  return { headline: '', standfirst: '', byline: '', dateline: '', blocks: [] };
}

export function plainText(runs: Inline): string {
  return runs.map((run) => run.text).join('');
}

/** The visible text of a block, for the JSON-LD articleBody and for tests. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return plainText(block.content);
    case 'blockquote':
      return [...block.paragraphs.map(plainText), block.attribution ?? ''].filter(Boolean).join('\n');
    case 'pullquote':
      return ''; // it repeats words from the body; counting them twice would distort the text
    case 'list':
      return block.items.map(plainText).join('\n');
  }
}

/**
 * A quote's closing line that names its source ("— Jane Doe, mayor") as the attribution, or
 * null. Editors type it as the quote's last paragraph; the layout shows it in a <figcaption>.
 */
export function attributionOf(text: string): string | null {
  const match = /^\s*(?:—|–|-{1,2})\s*(\S.{0,119})$/su.exec(text);
  return match ? (match[1] as string).trim() : null;
}
