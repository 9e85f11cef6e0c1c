// The news-article schema. Every textblock carries a stable `id` (assigned by the ids plugin)
// so analysis findings, which name paragraphs by id, map back to blocks; and an `ignore` list
// of findings the editor dismissed, kept with the block so it survives undo and moves.
import { Schema, type DOMOutputSpec, type Node, type NodeSpec, type MarkSpec } from 'prosemirror-model';

const SAFE_HREF = /^(https?:|mailto:)/i;

/** Links may only point to the web or to an e-mail address: no javascript:, file: or data:. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  return SAFE_HREF.test(trimmed) ? trimmed : null;
}

const blockAttrs = { id: { default: null }, ignore: { default: [] as string[] } };

/** Ids in pasted or imported HTML are never trusted: the ids plugin assigns fresh ones. */
const readId = (): { id: null } => ({ id: null });

/** A textblock rendered as `tag.className`, with its id on the DOM for tests and styling. */
function textblock(tag: string, className: string | null, parse: NodeSpec['parseDOM']): NodeSpec {
  return {
    group: 'block',
    content: 'text*',
    marks: '_',
    defining: tag !== 'p',
    attrs: blockAttrs,
    parseDOM: parse,
    toDOM(node: Node): DOMOutputSpec {
      const attrs: Record<string, string> = {};
      if (className) attrs.class = className;
      if (node.attrs.id) attrs['data-id'] = String(node.attrs.id);
      return [tag, attrs, 0];
    },
  };
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  // First textblock in the group: the default for Enter, empty docs and wrapping.
  paragraph: textblock('p', null, [{ tag: 'p', getAttrs: readId }]),
  headline: textblock('h1', 'cd-headline', [{ tag: 'h1', getAttrs: readId }]),
  standfirst: textblock('p', 'cd-standfirst', [{ tag: 'p.cd-standfirst', getAttrs: readId, priority: 60 }]),
  byline: textblock('p', 'cd-byline', [{ tag: 'p.cd-byline', getAttrs: readId, priority: 60 }]),
  dateline: textblock('p', 'cd-dateline', [{ tag: 'p.cd-dateline', getAttrs: readId, priority: 60 }]),
  subhead: textblock('h2', 'cd-subhead', [
    { tag: 'h2', getAttrs: readId },
    { tag: 'h3', getAttrs: readId },
    { tag: 'h4', getAttrs: readId },
    { tag: 'h5', getAttrs: readId },
    { tag: 'h6', getAttrs: readId },
  ]),
  blockquote: {
    group: 'block',
    content: '(paragraph | bullet_list)+',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }, { tag: 'ol' }],
    toDOM: () => ['ul', 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  text: { group: 'inline' },
};

const marks: Record<string, MarkSpec> = {
  link: {
    attrs: { href: {}, title: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs(dom: HTMLElement) {
          const href = safeHref(dom.getAttribute('href'));
          return href ? { href, title: dom.getAttribute('title') } : false;
        },
      },
    ],
    toDOM(mark) {
      const href = safeHref(mark.attrs.href);
      const attrs: Record<string, string> = { rel: 'noopener noreferrer' };
      if (href) attrs.href = href;
      if (mark.attrs.title) attrs.title = String(mark.attrs.title);
      return ['a', attrs, 0];
    },
  },
  em: {
    parseDOM: [
      { tag: 'i' },
      { tag: 'em' },
      { style: 'font-style=italic' },
      { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' },
    ],
    toDOM: () => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps whole documents in <b style="font-weight:normal">.
      { tag: 'b', getAttrs: (node: HTMLElement) => node.style.fontWeight !== 'normal' && null },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      { style: 'font-weight', getAttrs: (value: string) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
    ],
    toDOM: () => ['strong', 0],
  },
};

export const schema = new Schema({ nodes, marks });

export type BlockName = 'headline' | 'standfirst' | 'byline' | 'dateline' | 'paragraph' | 'subhead';
