// The published layout: every block type, the page around it, and that preview == export.
import { describe, expect, it } from 'vitest';
import { emptyArticle, type Article, type Block } from './article';
import { LONG_ARTICLE } from './fixtures/long-article';
import { CONTENT_SECURITY_POLICY, newsArticleJsonLd, renderArticleDocument, renderArticleFragment, renderInline } from './render';

const story = (blocks: Block[], extra: Partial<Article> = {}): Article => ({ ...emptyArticle(), headline: 'Headline', blocks, ...extra });
const body = (article: Article) => renderArticleFragment(article).split('\n').slice(4, -1).join('\n');

describe('renderArticleFragment: blocks', () => {
  it('renders the header: headline, standfirst, byline and a <time>', () => {
    const html = renderArticleFragment({ ...emptyArticle(), headline: 'Mill turns', standfirst: 'After 90 years.', byline: 'By Ann Lee', published: '2026-03-14' });
    expect(html).toBe(
      [
        '<article class="story">',
        '<header>',
        '<h1>Mill turns</h1>',
        '<p class="standfirst">After 90 years.</p>',
        '<p class="byline">By Ann Lee</p>',
        '<p class="published"><time datetime="2026-03-14">14 March 2026</time></p>',
        '</header>',
        '</article>',
      ].join('\n'),
    );
  });

  it('shows a date-time in its own zone and drops invalid dates', () => {
    const at = (published: string) => renderArticleFragment({ ...emptyArticle(), published });
    expect(at('2026-03-14T06:30:00Z')).toContain('<time datetime="2026-03-14T06:30:00Z">14 March 2026, 06:30 UTC</time>');
    expect(at('2026-03-14T06:30+05:30')).toContain('<time datetime="2026-03-14T06:30+05:30">14 March 2026, 06:30 UTC+05:30</time>');
    for (const bad of ['2026-02-30', 'yesterday', '2026-03-14T25:00Z', '2026-03-14"><script>']) expect(at(bad)).not.toContain('<time');
  });

  it('renders paragraphs with bold, italic and links, grouping runs that share a link', () => {
    expect(
      renderInline([
        { text: 'A ' },
        { text: 'bold', bold: true },
        { text: ' and ' },
        { text: 'both', bold: true, italic: true },
        { text: ' ' },
        { text: 'one ', href: 'https://example.org/a' },
        { text: 'link', href: 'https://example.org/a', italic: true },
      ]),
    ).toBe('A <strong>bold</strong> and <strong><em>both</em></strong> <a href="https://example.org/a" rel="noopener noreferrer">one <em>link</em></a>');
  });

  it('renders subheads as <h2>, lists as <ul>/<ol>', () => {
    const html = body(
      story([
        { type: 'subhead', content: [{ text: 'What next' }] },
        { type: 'list', items: [[{ text: 'one' }], [{ text: 'two' }]] },
        { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: '' }]] },
      ]),
    );
    expect(html).toBe('<h2>What next</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>');
  });

  it('puts a blockquote in a <figure> with its attribution in <figcaption> and a safe cite', () => {
    const html = body(
      story([
        { type: 'blockquote', paragraphs: [[{ text: 'One.' }], [{ text: 'Two.' }]], attribution: 'Jo Park, mayor', cite: 'https://example.org/speech' },
        { type: 'blockquote', paragraphs: [[{ text: 'Bare.' }]], cite: 'javascript:alert(1)' },
      ]),
    );
    expect(html).toBe(
      [
        '<figure>',
        '<blockquote cite="https://example.org/speech">',
        '<p>One.</p>',
        '<p>Two.</p>',
        '</blockquote>',
        '<figcaption>Jo Park, mayor</figcaption>',
        '</figure>',
        '<figure>',
        '<blockquote>',
        '<p>Bare.</p>',
        '</blockquote>',
        '</figure>',
      ].join('\n'),
    );
  });

  it('renders a pull quote as a figure.pullquote', () => {
    expect(body(story([{ type: 'pullquote', text: 'Loud, wet, old.', attribution: 'Hanne Roskilde' }]))).toBe(
      '<figure class="pullquote">\n<blockquote>\n<p>Loud, wet, old.</p>\n</blockquote>\n<figcaption>Hanne Roskilde</figcaption>\n</figure>',
    );
  });

  it('opens the first paragraph with the dateline, or sets it alone when the story starts otherwise', () => {
    const para = { type: 'paragraph' as const, content: [{ text: 'Floods hit.' }] };
    expect(body(story([para, para], { dateline: 'NAIROBI, Kenya' }))).toBe(
      '<p><span class="dateline">NAIROBI, Kenya</span> – Floods hit.</p>\n<p>Floods hit.</p>',
    );
    expect(body(story([{ type: 'subhead', content: [{ text: 'S' }] }], { dateline: 'OSLO' }))).toBe(
      '<p><span class="dateline">OSLO</span></p>\n<h2>S</h2>',
    );
  });

  it('leaves out empty parts instead of rendering empty elements', () => {
    const html = renderArticleFragment({
      ...emptyArticle(),
      blocks: [
        { type: 'paragraph', content: [{ text: '  ' }] },
        { type: 'pullquote', text: '' },
        { type: 'blockquote', paragraphs: [[{ text: ' ' }]], attribution: 'Nobody' },
        { type: 'list', items: [[{ text: '' }]] },
      ],
    });
    expect(html).toBe('<article class="story">\n</article>');
  });
});

describe('renderArticleDocument', () => {
  const doc = renderArticleDocument(LONG_ARTICLE);

  it('is a complete HTML5 page with charset, a no-script CSP, the house style and a title', () => {
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:/);
    expect(doc).toContain('<title>Tide mill returns to work after 90 years as village bets on “slow power”</title>');
    expect(doc).toMatch(/<style>\n[^]*\.story h1 \{[^]*<\/style>/);
    expect(doc.endsWith('</body>\n</html>\n')).toBe(true);
  });

  it('embeds exactly the fragment, so the preview and both exports agree', () => {
    const fragment = renderArticleFragment(LONG_ARTICLE);
    expect(doc).toContain(`<body>\n${fragment}\n</body>`);
    expect(doc.split(fragment)).toHaveLength(2);
  });

  it('has one script element, NewsArticle JSON-LD that parses back to the article data', () => {
    const scripts = [...doc.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toBe(' type="application/ld+json"');
    const json = JSON.parse(scripts[0]?.[2] as string);
    expect(json).toEqual(newsArticleJsonLd(LONG_ARTICLE));
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: LONG_ARTICLE.headline,
      description: LONG_ARTICLE.standfirst,
      author: { '@type': 'Person', name: 'Ottilie Marsh & Daniel O’Connor' },
      datePublished: '2026-03-14T06:30:00Z',
      dateline: 'BRACKWATER, Eastholm',
    });
    expect(json.articleBody).toContain('ground a sack of wheat into flour.');
    // The pull quote repeats the body; the body text has it once.
    expect(json.articleBody.split('very old machine, and it works.')).toHaveLength(2);
  });

  it('takes a valid language tag and ignores anything else', () => {
    expect(renderArticleDocument(LONG_ARTICLE, { lang: 'nb-NO' })).toContain('<html lang="nb-NO">');
    expect(renderArticleDocument(LONG_ARTICLE, { lang: 'en" onload="x' })).toContain('<html lang="en">');
  });

  it('titles a story without a headline and loads nothing from anywhere', () => {
    const page = renderArticleDocument({ ...emptyArticle(), blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }] });
    expect(page).toContain('<title>Untitled story</title>');
    expect(page).not.toMatch(/\s(src|srcset|href)=|@import|url\(|<link/);
  });
});
