import { describe, expect, it } from 'vitest';
import { fromMarkdown, fromPlainText, toMarkdown, toPlainText, toHtml, formatOfPath } from './serialize';
import { schema } from './schema';

const blocks = (doc: ReturnType<typeof fromMarkdown>) => {
  const out: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    out.push(`${node.type.name}:${node.textContent}`);
    return false;
  });
  return out;
};

describe('plain text', () => {
  const text = 'Harbour ferry fares to rise\nThe ferry board agreed on Monday.\n\n  \n"It is fair," said Ann Lowe.\n';

  it('reads one body paragraph per non-empty line', () => {
    expect(blocks(fromPlainText(text))).toEqual([
      'paragraph:Harbour ferry fares to rise',
      'paragraph:The ferry board agreed on Monday.',
      'paragraph:"It is fair," said Ann Lowe.',
    ]);
  });

  it('round-trips line by line', () => {
    const clean = 'One.\nTwo, with  double space.\nThree\n';
    expect(toPlainText(fromPlainText(clean))).toBe(clean);
    expect(toPlainText(fromPlainText(text))).toBe(text.replace(/\n\s*\n/g, '\n'));
  });

  it('gives every paragraph a unique id', () => {
    const doc = fromPlainText('a\na\na');
    const ids = new Set<string>();
    doc.forEach((n) => ids.add(String(n.attrs.id)));
    expect(ids.size).toBe(3);
  });

  it('an empty file is one empty paragraph', () => {
    const doc = fromPlainText('\n\n');
    expect(doc.childCount).toBe(1);
    expect(toPlainText(doc)).toBe('');
  });
});

describe('markdown', () => {
  const md = [
    '# Harbour ferry fares to rise',
    '',
    'Standfirst: Commuters face a third increase in two years',
    '',
    'Byline: Ann Lowe, transport reporter',
    '',
    'Dateline: PORT ELLEN, Tuesday',
    '',
    'The ferry board agreed the rise on *Monday*, citing **fuel costs**.',
    '',
    '## What changes',
    '',
    '> "We had no choice," the chair said.',
    '',
    '* Day returns up 8%',
    '* Season tickets [unchanged](https://example.org/fares)',
    '',
    'Byline\\: this body paragraph starts like a label.',
    '',
  ].join('\n');

  it('parses the article structure', () => {
    expect(blocks(fromMarkdown(md))).toEqual([
      'headline:Harbour ferry fares to rise',
      'standfirst:Commuters face a third increase in two years',
      'byline:Ann Lowe, transport reporter',
      'dateline:PORT ELLEN, Tuesday',
      'paragraph:The ferry board agreed the rise on Monday, citing fuel costs.',
      'subhead:What changes',
      'paragraph:"We had no choice," the chair said.',
      'paragraph:Day returns up 8%',
      'paragraph:Season tickets unchanged',
      'paragraph:Byline: this body paragraph starts like a label.',
    ]);
  });

  it('round-trips', () => {
    const doc = fromMarkdown(md);
    const again = fromMarkdown(toMarkdown(doc));
    expect(blocks(again)).toEqual(blocks(doc));
    expect(toMarkdown(again)).toBe(toMarkdown(doc));
    // Marks survive too.
    expect(toMarkdown(doc)).toContain('*Monday*');
    expect(toMarkdown(doc)).toContain('**fuel costs**');
    expect(toMarkdown(doc)).toContain('[unchanged](https://example.org/fares)');
  });

  it('keeps only web and mail links', () => {
    const doc = fromMarkdown('[bad](javascript:alert(1)) and [mail](mailto:desk@example.org)\n');
    const hrefs: string[] = [];
    doc.descendants((n) => {
      for (const m of n.marks) if (m.type === schema.marks.link) hrefs.push(String(m.attrs.href));
    });
    expect(hrefs).toEqual(['mailto:desk@example.org']);
  });

  it('escapes leading markdown syntax in body text', () => {
    const doc = fromPlainText('# not a heading\n* not a list');
    expect(blocks(fromMarkdown(toMarkdown(doc)))).toEqual(['paragraph:# not a heading', 'paragraph:* not a list']);
  });
});

describe('html export and formats', () => {
  it('writes semantic html with escaped text', () => {
    const html = toHtml(fromMarkdown('# A <b> & "c"\n\nBody *it*.\n'), 'T');
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<p>Body <em>it</em>.</p>');
  });

  it('picks the format from the extension', () => {
    expect(formatOfPath('/a/b.MD')).toBe('md');
    expect(formatOfPath('/a/b.htm')).toBe('html');
    expect(formatOfPath('/a/b.txt')).toBe('txt');
    expect(formatOfPath('/a/b')).toBe('txt');
  });
});

describe('ignored findings in markdown', () => {
  it('survive a save and reopen, on the same paragraphs', () => {
    const doc = fromMarkdown('# Head\n\nFirst graf.\n\nSecond -- graf.\n');
    let n = 0;
    const marked = doc.type.create(
      doc.attrs,
      (() => {
        const children: (typeof doc)[] = [];
        doc.forEach((child) => {
          n += 1;
          children.push(n === 3 ? child.type.create({ ...child.attrs, ignore: ['duplicate', 'quote:a -- b'] }, child.content) : child);
        });
        return children;
      })(),
    );
    const md = toMarkdown(marked);
    expect(md).toContain('<!-- copydesk:ignore ');
    expect(md.split('<!--')[1]).not.toMatch(/--(?!>)/);
    const back = fromMarkdown(md);
    const ignores: unknown[] = [];
    back.forEach((child) => ignores.push(child.attrs.ignore));
    expect(ignores).toEqual([[], [], ['duplicate', 'quote:a -- b']]);
    expect(toMarkdown(back)).toBe(md);
  });

  it('writes no comment when nothing is ignored', () => {
    expect(toMarkdown(fromMarkdown('Plain.\n'))).toBe('Plain.\n');
  });
});
