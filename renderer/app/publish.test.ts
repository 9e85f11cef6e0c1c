import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, type FindingItem } from '../editor/findings-model';
import { fromMarkdown, fromPlainText } from '../editor/serialize';
import { renderArticleDocument, renderArticleFragment } from '../layout/render';
import { blockAtCursor, bodyElementIndex, exportName, flaggedToOmit, publish, publishFragment } from './publish';

const md = '# Title\n\nDateline: OSLO\n\nFirst para.\n\n## Sub\n\n* one\n* two\n\n> quoted\n\nLast para.';

describe('publish', () => {
  it('is renderArticleDocument of the doc, the fragment is what its body holds', () => {
    const doc = fromMarkdown(md);
    const { page, article } = publish(doc);
    expect(page).toBe(renderArticleDocument(article));
    expect(publishFragment(doc)).toBe(renderArticleFragment(article));
    expect(page).toContain(publishFragment(doc));
  });

  it('leaves the omitted paragraphs out', () => {
    const doc = fromPlainText('Headline here\nFirst.\nCopy.\nSign up now.');
    const ids: string[] = [];
    doc.forEach((n) => ids.push(String(n.attrs.id)));
    const item = (blockId: string, check: FindingItem['check']): FindingItem => ({ key: blockId, check, blockId, ignoreKey: '', label: '', detail: '', sourceId: null });
    const omit = flaggedToOmit({ ...EMPTY_SUMMARY, duplicates: [item(ids[2]!, 'duplicates')], boilerplate: [item(ids[3]!, 'boilerplate')], quotes: [item(ids[1]!, 'quotes')] });
    expect([...omit]).toEqual([ids[2], ids[3]]);
    const page = publish(doc, omit).page;
    expect(page).toContain('<p>First.</p>');
    expect(page).not.toContain('Copy.');
    expect(page).not.toContain('Sign up');
  });
});

describe('exportName', () => {
  it.each([
    ['story.md', 'story.html'],
    ['seed-article.txt', 'seed-article.html'],
    ['page.html', 'page.html'],
    ['Untitled', 'untitled.html'],
    ['notes', 'notes.html'],
  ])('%s → %s', (name, expected) => expect(exportName(name)).toBe(expected));
});

describe('following the cursor', () => {
  it('maps a top-level node to its published block and element', () => {
    const doc = fromMarkdown(md);
    const { article, blockIds } = publish(doc);
    // Title, dateline, First para., Sub, list, quote, Last para.
    expect(blockAtCursor(doc, 0, blockIds)).toBeNull();
    expect(blockAtCursor(doc, 1, blockIds)).toBeNull();
    expect(blockAtCursor(doc, 2, blockIds)).toBe(0);
    expect(blockAtCursor(doc, 4, blockIds)).toBe(2);
    expect(blockAtCursor(doc, 6, blockIds)).toBe(4);
    // The dateline opens the first paragraph: no extra element.
    expect(bodyElementIndex(article, 4)).toBe(4);
  });

  it('counts the standalone dateline <p> when no paragraph comes first', () => {
    const doc = fromMarkdown('Dateline: OSLO\n\n## Sub\n\nText.');
    const { article, blockIds, page } = publish(doc);
    expect(page).toContain('<p><span class="dateline">OSLO</span></p>\n<h2>Sub</h2>');
    expect(bodyElementIndex(article, blockAtCursor(doc, 2, blockIds)!)).toBe(2);
  });

  it('falls back to the nearest published block before an empty one', () => {
    const doc = fromMarkdown('First.\n\nSecond.');
    const { blockIds } = publish(doc);
    expect(blockAtCursor(doc, 5, blockIds)).toBe(1);
  });
});
