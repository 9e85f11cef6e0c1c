import { describe, expect, it } from 'vitest';
import { splitDateline } from './dateline';
import { articleFromParagraphs, looksLikeHeadline } from './from-paragraphs';

describe('articleFromParagraphs', () => {
  it('takes a short first line without a full stop as the headline, and a "By" line as the byline', () => {
    const article = articleFromParagraphs(['Harbour levy approved', 'By Ann Lee', 'The council voted on Tuesday.', '']);
    expect(article.headline).toBe('Harbour levy approved');
    expect(article.byline).toBe('By Ann Lee');
    expect(article.blocks).toEqual([{ type: 'paragraph', content: [{ text: 'The council voted on Tuesday.' }] }]);
  });

  it('keeps a first sentence in the body', () => {
    const article = articleFromParagraphs(['The council voted on Tuesday.', 'It was close.']);
    expect(article.headline).toBe('');
    expect(article.blocks).toHaveLength(2);
  });

  it('splits the dateline off the first body paragraph', () => {
    const article = articleFromParagraphs(['Floods in the east', 'NAIROBI, Kenya – Floodwaters swept through.', 'More.']);
    expect(article.dateline).toBe('NAIROBI, Kenya');
    expect(article.blocks[0]).toEqual({ type: 'paragraph', content: [{ text: 'Floodwaters swept through.' }] });
  });

  it('does not take a dateline paragraph for a headline', () => {
    const article = articleFromParagraphs(['OSLO – Short lead', 'Second paragraph.']);
    expect(article.headline).toBe('');
    expect(article.dateline).toBe('OSLO');
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Mill turns again after 90 years', true],
    ['Is this the end of the ferry?', true],
    ['The council voted on Tuesday.', false],
    ['"We will not back down," she said', false],
    ['A line that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHeadline(text)).toBe(expected);
  });
});

describe('splitDateline', () => {
  it.each([
    ['NAIROBI, Kenya – Floodwaters', 'NAIROBI, Kenya'],
    ['SAN JOSE, Calif. - Quillmark', 'SAN JOSE, Calif.'],
    ['ERBIL, Kurdistan Region – Troops', 'ERBIL, Kurdistan Region'],
    ['BAGHDAD (Reuters) — Troops', 'BAGHDAD (Reuters)'],
    ['WILKES-BARRE, Pa. -- Snow', 'WILKES-BARRE, Pa.'],
    ['SÃO PAULO, Brazil – Rain', 'SÃO PAULO, Brazil'],
  ])('%j → %j', (text, dateline) => {
    expect(splitDateline(text)?.dateline).toBe(dateline);
    expect(text.slice(splitDateline(text)?.length)).toMatch(/^\p{L}/u);
  });

  it.each(['The mayor – who resigned – spoke.', 'A – B', 'US officials – speaking anonymously – said', 'OSLO, the capital, is cold – very.'])(
    'finds none in %j',
    (text) => {
      expect(splitDateline(text)).toBeNull();
    },
  );
});
