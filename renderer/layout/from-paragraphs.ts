// Plain paragraphs (a .txt story, one paragraph a line) to an Article, recognising the parts
// a wire story usually carries in its first lines: a headline, a byline and a dateline.
import { emptyArticle, type Article } from './article';
import { splitDateline } from './dateline';

/** Short, no closing full stop or colon, not a quotation: a title rather than a sentence. */
export function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return text.length <= 140 && words <= 25 && !/[.:;,…]["”’')]*$/.test(text) && !/^["“]/.test(text) && !splitDateline(text);
}

const BYLINE = /^by\s+\p{Lu}[^.!?]{0,80}$/iu;

export function articleFromParagraphs(paragraphs: readonly string[]): Article {
  const texts = paragraphs.map((p) => p.trim()).filter(Boolean);
  const article = emptyArticle();
  let i = 0;
  // A one-paragraph story is all body: there is nothing for a headline to head.
  if (texts.length > 1 && looksLikeHeadline(texts[0] as string)) article.headline = texts[i++] as string;
  if (article.headline && texts.length > i + 1 && BYLINE.test(texts[i] as string)) article.byline = texts[i++] as string;
  const body = texts.slice(i);
  const lead = body[0] === undefined ? null : splitDateline(body[0]);
  if (lead) {
    article.dateline = lead.dateline;
    body[0] = (body[0] as string).slice(lead.length);
  }
  article.blocks = body.map((text) => ({ type: 'paragraph', content: [{ text }] }));
  return article;
}
