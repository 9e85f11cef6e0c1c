import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphsFromMarkdown } from '../../electron/cli/paragraphs';
import { blockText, type Article } from './article';
import { articleFromMarkdown } from './from-markdown';

const STORY = `# Mill turns again

*Volunteers rebuilt the wheel over six winters.*

By Ann Lee

BRACKWATER, Eastholm – The wheel turned at **5.42 a.m.**, see [the trust](https://example.org/trust "Trust").

## Six winters

> The creek gives you four hours of work.
> Then takes them back.
>
> — Jonas Pettersen, head miller

- Milling days: *tide* above 4.2 m
- Output: 220 kg
  1. nested item

1. Fill the pond
2. Close the gate

A [bad link](javascript:alert(1)) and raw <b>html</b> stay text. ![alt text](x.png) \`code\`

\`\`\`
line one

line two
\`\`\`
`;

describe('articleFromMarkdown', () => {
  const article = articleFromMarkdown(STORY);

  it('reads the header: headline, standfirst, byline and dateline', () => {
    expect(article).toMatchObject({
      headline: 'Mill turns again',
      standfirst: 'Volunteers rebuilt the wheel over six winters.',
      byline: 'By Ann Lee',
      dateline: 'BRACKWATER, Eastholm',
    });
  });

  it('reads the body blocks with their formatting', () => {
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'subhead', 'blockquote', 'list', 'list', 'paragraph', 'paragraph', 'paragraph']);
    expect(article.blocks[0]).toEqual({
      type: 'paragraph',
      content: [
        { text: 'The wheel turned at ' },
        { text: '5.42 a.m.', bold: true },
        { text: ', see ' },
        { text: 'the trust', href: 'https://example.org/trust' },
        { text: '.' },
      ],
    });
    expect(article.blocks[2]).toEqual({
      type: 'blockquote',
      paragraphs: [[{ text: 'The creek gives you four hours of work. Then takes them back.' }]],
      attribution: 'Jonas Pettersen, head miller',
    });
    expect(article.blocks[3]).toMatchObject({ type: 'list', ordered: false });
    expect(article.blocks[3] && blockText(article.blocks[3])).toBe('Milling days: tide above 4.2 m\nOutput: 220 kg\nnested item');
    expect(article.blocks[4]).toMatchObject({ type: 'list', ordered: true });
  });

  it('makes no link of an unsafe target (markdown-it leaves it as literal text), and keeps raw HTML as text', () => {
    const paragraph = article.blocks[5];
    expect(paragraph && blockText(paragraph)).toBe('A [bad link](javascript:alert(1)) and raw <b>html</b> stay text. alt text code');
    expect(paragraph?.type === 'paragraph' && paragraph.content.some((run) => run.href !== undefined)).toBe(false);
  });

  it('numbers paragraphs as the checker does, so --skip-flagged skips the right ones', () => {
    for (const source of [STORY, readFileSync(fileURLToPath(new URL('../../electron/cli/fixtures/clean.md', import.meta.url)), 'utf8')]) {
      const checker = paragraphsFromMarkdown(source).map((p) => p.text);
      const seen: number[] = [];
      articleFromMarkdown(source, { skip: (i) => (seen.push(i), false) });
      expect(seen).toEqual(checker.map((_, i) => i));
      checker.forEach((text, index) => {
        const kept = articleFromMarkdown(source, { skip: (i) => i === index });
        expect(allText(kept)).not.toContain(text.slice(-12));
      });
    }
  });
});

function allText(article: Article): string {
  return [article.headline, article.standfirst, article.byline, article.dateline, ...article.blocks.map(blockText)].join('\n');
}
