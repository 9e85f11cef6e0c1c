import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { articleFromParagraphs } from '../layout/from-paragraphs';
import { renderArticleDocument } from '../layout/render';
import { assignIds } from './ids';
import { schema } from './schema';
import { fromMarkdown, fromPlainText } from './serialize';
import { docToArticle, toArticle } from './to-article';

const node = (name: string) => schema.nodes[name]!;
const mark = (name: string) => schema.marks[name]!;
const nodes = { doc: node('doc'), blockquote: node('blockquote'), bullet_list: node('bullet_list'), list_item: node('list_item') };
const marks = { strong: mark('strong'), em: mark('em'), link: mark('link') };
const text = (value: string, ...m: ReturnType<typeof marks.em.create>[]) => schema.text(value, m);
const block = (name: string, id: string, ...content: Node[]) => node(name).create({ id }, content);
const doc = (...blocks: Node[]) => assignIds(nodes.doc.create(null, blocks));

describe('docToArticle', () => {
  const story = doc(
    block('headline', 'h', text('Harbour levy approved')),
    block('standfirst', 's', text('The council agreed a new fee for cruise ships.')),
    block('byline', 'b', text('By Ann Lee')),
    block('dateline', 'd', text('EASTGATE –')),
    block(
      'paragraph',
      'p1',
      text('The levy, '),
      text('approved', marks.strong.create()),
      text(' on ', marks.em.create()),
      text('Tuesday', marks.em.create(), marks.strong.create()),
      text(', see '),
      text('the minutes', marks.link.create({ href: 'https://example.org/minutes' })),
      text(' or '),
      text('mail us', marks.link.create({ href: 'mailto:desk@example.org' })),
      text(' or '),
      text('not this', marks.link.create({ href: 'javascript:alert(1)' })),
      text('.'),
    ),
    block('paragraph', 'empty'),
    block('paragraph', 'blank', text('   ')),
    block('subhead', 'sh', text('What happens next')),
    nodes.blockquote.create(null, [
      block('paragraph', 'q1', text('We will not back down.')),
      block('paragraph', 'q2', text('Not now.')),
      block('paragraph', 'q3', text('— Mirela Santos, harbour master')),
    ]),
    nodes.bullet_list.create(null, [
      nodes.list_item.create(null, [block('paragraph', 'l1', text('First item'))]),
      nodes.list_item.create(null, [block('paragraph', 'l2')]),
      nodes.list_item.create(null, [block('paragraph', 'l3', text('Third ')), nodes.bullet_list.create(null, [nodes.list_item.create(null, [block('paragraph', 'l4', text('nested'))])])]),
    ]),
    nodes.blockquote.create(null, [block('paragraph', 'eq')]),
    block('paragraph', 'last', text('Fees start in May.')),
  );

  it('maps every node and mark, filters links and drops empty blocks', () => {
    const { article, blockIds } = docToArticle(story);
    expect(article).toEqual({
      headline: 'Harbour levy approved',
      standfirst: 'The council agreed a new fee for cruise ships.',
      byline: 'By Ann Lee',
      dateline: 'EASTGATE',
      blocks: [
        {
          type: 'paragraph',
          content: [
            { text: 'The levy, ' },
            { text: 'approved', bold: true },
            { text: ' on ', italic: true },
            { text: 'Tuesday', italic: true, bold: true },
            { text: ', see ' },
            { text: 'the minutes', href: 'https://example.org/minutes' },
            { text: ' or ' },
            { text: 'mail us', href: 'mailto:desk@example.org' },
            { text: ' or not this.' },
          ],
        },
        { type: 'subhead', content: [{ text: 'What happens next' }] },
        {
          type: 'blockquote',
          paragraphs: [[{ text: 'We will not back down.' }], [{ text: 'Not now.' }]],
          attribution: 'Mirela Santos, harbour master',
        },
        { type: 'list', items: [[{ text: 'First item' }], [{ text: 'Third' }, { text: ' ' }, { text: 'nested' }]] },
        { type: 'paragraph', content: [{ text: 'Fees start in May.' }] },
      ],
    });
    expect(blockIds).toEqual(['p1', 'sh', 'q1', 'l1', 'last']);
    expect(article.published).toBeUndefined();
  });

  it('leaves out the omitted paragraphs, inside quotes and lists too', () => {
    const { article, blockIds } = docToArticle(story, { omit: new Set(['p1', 'q1', 'q2', 'l1', 'headline-none']) });
    expect(blockIds).toEqual(['sh', 'q3', 'l3', 'last']);
    expect(article.blocks.map((b) => b.type)).toEqual(['subhead', 'blockquote', 'list', 'paragraph']);
    // A lone "— Name" line left in a quote is the quote itself, not an attribution.
    expect(article.blocks[1]).toEqual({ type: 'blockquote', paragraphs: [[{ text: '— Mirela Santos, harbour master' }]] });
    expect(toArticle(story, { omit: new Set(['q1']) }).blocks[2]).toMatchObject({ type: 'blockquote', attribution: 'Mirela Santos, harbour master' });
  });

  it('renders to a page with the story and without editor ids or unsafe links', () => {
    const html = renderArticleDocument(toArticle(story));
    expect(html).toContain('<h1>Harbour levy approved</h1>');
    expect(html).toContain('<a href="mailto:desk@example.org" rel="noopener noreferrer">mail us</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/data-id|p1|cd-/);
  });

  it('reads a .txt story the way `copydesk export` does', () => {
    const lines = ['Harbour levy approved', 'By Ann Lee', '  NAIROBI, Kenya – Floodwaters swept through.  ', 'More to come.'];
    expect(toArticle(fromPlainText(lines.join('\n')))).toEqual(articleFromParagraphs(lines));
    const { blockIds } = docToArticle(fromPlainText(lines.join('\n')));
    expect(blockIds).toHaveLength(2);
  });

  it('does not guess a headline when the doc has header blocks', () => {
    const article = toArticle(fromMarkdown('Byline: By Ann Lee\n\nShort title\n\nSecond paragraph.'));
    expect(article.headline).toBe('');
    expect(article.blocks).toHaveLength(2);
  });

  it('an empty doc is an empty article', () => {
    expect(toArticle(fromPlainText(''))).toEqual({ headline: '', standfirst: '', byline: '', dateline: '', blocks: [] });
  });
});
