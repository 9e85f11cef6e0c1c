// Unit-level XSS check: tokenizes the exported page (as an HTML parser would split it into
// tags) and checks that only the layout's own elements and attributes exist, whatever the
// payloads in every field of the article. The browser-level check is xss.browser.test.ts.
import { describe, expect, it } from 'vitest';
import { hrefPayloads, markupPayloads, XSS_ARTICLE } from './fixtures/xss-corpus';
import { renderArticleDocument, renderArticleFragment } from './render';

interface Tag {
  name: string;
  end: boolean;
  attrs: [string, string][];
}

interface Tokens {
  tags: Tag[];
  comments: string[];
  /** Contents of raw-text elements (script, style), by element name. */
  rawText: [string, string][];
  text: string[];
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A small tokenizer following the HTML tokenizer's rules for tags, attributes, comments and raw text. */
function tokenize(html: string): Tokens {
  const out: Tokens = { tags: [], comments: [], rawText: [], text: [] };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.text.push(html.slice(i));
      break;
    }
    out.text.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      out.comments.push(html.slice(lt, end === -1 ? html.length : end + 3));
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (/^<!doctype html>/i.test(html.slice(lt, lt + 15))) {
      i = lt + 15;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(html.slice(lt));
    if (!tag) {
      // A '<' that starts no tag is text to a browser too: it must not happen unescaped.
      out.text.push('<');
      i = lt + 1;
      continue;
    }
    const name = (tag[2] as string).toLowerCase();
    let j = lt + tag[0].length;
    const attrs: [string, string][] = [];
    for (;;) {
      while (/[\s/]/.test(html[j] ?? '')) j++;
      if (j >= html.length || html[j] === '>') break;
      const attrName = /^[^\s/>=]+/.exec(html.slice(j))?.[0] ?? html[j] ?? '';
      j += attrName.length;
      let value = '';
      while (/\s/.test(html[j] ?? '')) j++;
      if (html[j] === '=') {
        j++;
        while (/\s/.test(html[j] ?? '')) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, close);
          j = close + 1;
        } else {
          value = /^[^\s>]*/.exec(html.slice(j))?.[0] ?? '';
          j += value.length;
        }
      }
      attrs.push([attrName.toLowerCase(), decode(value)]);
    }
    i = j + 1;
    out.tags.push({ name, end: tag[1] === '/', attrs });
    if (!tag[1] && RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      out.rawText.push([name, html.slice(i, close)]);
      i = close;
    }
  }
  return out;
}

function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string);
}

const ALLOWED: Record<string, string[]> = {
  html: ['lang'],
  head: [],
  meta: ['charset', 'http-equiv', 'content', 'name'],
  title: [],
  style: [],
  script: ['type'],
  body: [],
  article: ['class'],
  header: [],
  h1: [],
  h2: [],
  p: ['class'],
  span: ['class'],
  time: ['datetime'],
  figure: ['class'],
  blockquote: ['cite'],
  figcaption: [],
  ul: [],
  ol: [],
  li: [],
  strong: [],
  em: [],
  a: ['href', 'rel'],
};

describe('XSS corpus, unit level: the exported page has only the layout’s own markup', () => {
  const page = renderArticleDocument(XSS_ARTICLE);
  const tokens = tokenize(page);

  it('has only allowed elements and attributes, and no event handler anywhere', () => {
    for (const tag of tokens.tags) {
      expect(Object.keys(ALLOWED), `<${tag.name}>`).toContain(tag.name);
      for (const [name] of tag.attrs) {
        expect(name.startsWith('on'), `${tag.name}[${name}]`).toBe(false);
        expect(ALLOWED[tag.name], `${tag.name}[${name}]`).toContain(name);
      }
    }
  });

  it('has exactly the expected singletons and one data-only script', () => {
    const count = (name: string) => tokens.tags.filter((t) => t.name === name && !t.end).length;
    for (const name of ['html', 'head', 'body', 'title', 'style', 'script', 'article', 'header', 'h1']) expect(count(name), name).toBe(1);
    expect(count('meta')).toBe(5);
    const script = tokens.tags.find((t) => t.name === 'script');
    expect(script?.attrs).toEqual([['type', 'application/ld+json']]);
    const [, json] = tokens.rawText.find(([name]) => name === 'script') ?? ['', ''];
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).headline).toBe(XSS_ARTICLE.headline.replace('\u0000', ''));
  });

  it('has no comment, and no raw "<" or stray "&" in text', () => {
    expect(tokens.comments).toEqual([]);
    for (const text of tokens.text) {
      expect(text).not.toContain('<');
      expect(text.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }
    const [, title] = tokens.rawText.find(([name]) => name === 'title') ?? ['', ''];
    expect(decode(title)).toBe(XSS_ARTICLE.headline.replace('\u0000', ''));
  });

  it('links only to http(s) and mailto, with rel=noopener noreferrer', () => {
    const links = tokens.tags.filter((t) => t.name === 'a' && !t.end);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const href = link.attrs.find(([name]) => name === 'href')?.[1] ?? '';
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
      // Quotes and spaces come out percent-encoded (an apostrophe may stay: it is escaped as
      // &#39; and the value is double-quoted anyway).
      expect(href).not.toMatch(/["<>\s]/);
      expect(link.attrs.find(([name]) => name === 'rel')?.[1]).toBe('noopener noreferrer');
    }
    const cites = tokens.tags.flatMap((t) => t.attrs.filter(([name]) => name === 'cite').map(([, v]) => v));
    expect(cites).toEqual(['https://example.org/%22%20onmouseover=%22window.pwned(\'cite2\')%22%20x=%22']);
  });

  it('keeps every payload as visible text', () => {
    const text = tokens.text.map(decode).join('');
    for (const payload of markupPayloads('headline').slice(0, 24)) expect(decode(page)).toContain(payload);
    expect(text).toContain(markupPayloads('paragraph.bold')[1]);
    expect(text).toContain(markupPayloads('list2')[6]);
    expect(hrefPayloads('x')).toHaveLength(14);
  });

  it('the fragment alone is as clean', () => {
    const fragment = tokenize(renderArticleFragment(XSS_ARTICLE));
    expect(fragment.tags.filter((t) => !t.end).map((t) => t.name).filter((n) => !ALLOWED[n])).toEqual([]);
    expect(fragment.tags.flatMap((t) => t.attrs).filter(([name]) => !['class', 'href', 'rel', 'datetime', 'cite'].includes(name))).toEqual([]);
  });
});
