// Turns an analysis Report into what the editor shows: decorations on the doc the report was
// computed for, and a sidebar-friendly summary. Findings the editor ignored (kept in each
// block's `ignore` attr) are left out of the counts and tints.
import type { Node } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { QuoteFinding, Report, Source } from '../analysis/types';
import { foldTypography } from '../analysis/text';

export type CheckName = 'duplicates' | 'boilerplate' | 'quotes';

export interface FindingItem {
  /** Unique within a report; decorations carry it in their spec. */
  key: string;
  check: CheckName;
  blockId: string;
  /** What `ignore` stores on the block for this finding. */
  ignoreKey: string;
  label: string;
  detail: string;
  sourceId: string | null;
}

export interface SourceItem {
  id: string;
  name: string;
  role: string | null;
  kind: Source['kind'];
  count: number;
  /** Finding keys of this source's quotes, in doc order. */
  quoteKeys: string[];
}

export interface FindingsSummary {
  duplicates: FindingItem[];
  boilerplate: FindingItem[];
  /** Flagged quotes only (status other than ok). */
  quotes: FindingItem[];
  /** All speech quotes, flagged or not. */
  quotesTotal: number;
  sources: SourceItem[];
}

export const EMPTY_SUMMARY: FindingsSummary = { duplicates: [], boilerplate: [], quotes: [], quotesTotal: 0, sources: [] };

export interface DecorationSpec {
  key: string;
  check: CheckName;
  blockId: string;
}

export const ignoreKeys = {
  duplicate: 'duplicate',
  boilerplate: 'boilerplate',
  quote: (q: Pick<QuoteFinding, 'text'>) => `quote:${foldTypography(q.text)}`,
};

const STATUS_TEXT: Record<QuoteFinding['status'], string> = {
  ok: 'attributed',
  unattributed: 'no speaker found',
  unintroduced: 'speaker never introduced by full name',
  unbalanced: 'quote mark not closed',
};

/** Reports reuse unchanged finding objects (see worker/report-delta.ts), so fold each quote once. */
const quoteKeyCache = new WeakMap<QuoteFinding, string>();
function quoteIgnoreKey(q: QuoteFinding): string {
  let key = quoteKeyCache.get(q);
  if (key === undefined) quoteKeyCache.set(q, (key = ignoreKeys.quote(q)));
  return key;
}

function snippet(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** Position and node of every textblock by id. O(n) walk: once per report, not per keystroke. */
export function blockIndex(doc: Node): Map<string, { pos: number; node: Node }> {
  const map = new Map<string, { pos: number; node: Node }>();
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.attrs.id) map.set(String(node.attrs.id), { pos, node });
    return false;
  });
  return map;
}

/** One block's decorations, and a string that is equal exactly when two such lists are. */
export interface DecorationItem {
  kind: 'node' | 'inline';
  from: number;
  to: number;
  attrs: Record<string, string>;
  spec: DecorationSpec;
}

export interface BlockDecorations {
  pos: number;
  node: Node;
  /** What to decorate (made into Decorations only for the blocks that need them). */
  items: DecorationItem[];
  /** Kind, offsets relative to the block, attributes and key of each decoration, in order. */
  signature: string;
}

export interface FindingParts {
  /** Decorations by block id (only blocks that have some), on the doc the report was built for. */
  byBlock: Map<string, BlockDecorations>;
  summary: FindingsSummary;
}

export function buildFindings(doc: Node, report: Report): { decorations: DecorationSet; summary: FindingsSummary } {
  const { byBlock, summary } = buildFindingParts(doc, report);
  const decos: Decoration[] = [];
  for (const b of byBlock.values()) decos.push(...toDecorations(b));
  return { decorations: DecorationSet.create(doc, decos), summary };
}

export function toDecorations(block: BlockDecorations): Decoration[] {
  return block.items.map((d) => (d.kind === 'node' ? Decoration.node(d.from, d.to, d.attrs, d.spec) : Decoration.inline(d.from, d.to, d.attrs, d.spec)));
}

/** A quote's decoration and signature depend only on the finding and its block's node. */
interface QuoteDecoration {
  node: Node;
  start: number;
  end: number;
  attrs: Record<string, string>;
  signature: string;
}
const quoteDecorationCache = new WeakMap<QuoteFinding, QuoteDecoration>();

/** What buildFindings shows, grouped by block so a new report can be compared block by block. */
export function buildFindingParts(doc: Node, report: Report): FindingParts {
  const blocks = blockIndex(doc);
  const byBlock = new Map<string, BlockDecorations>();
  const sigs = new Map<string, string[]>();
  const add = (kind: 'node' | 'inline', from: number, to: number, attrs: Record<string, string>, spec: DecorationSpec, knownSig?: string): string => {
    const block = blocks.get(spec.blockId)!;
    let entry = byBlock.get(spec.blockId);
    if (!entry) {
      entry = { pos: block.pos, node: block.node, items: [], signature: '' };
      byBlock.set(spec.blockId, entry);
      sigs.set(spec.blockId, []);
    }
    entry.items.push({ kind, from, to, attrs, spec });
    let sig = knownSig;
    if (sig === undefined) {
      // Length-prefixed, so text in a title cannot make two different lists read the same.
      sig = `${kind} ${from - block.pos} ${to - block.pos} ${spec.key.length}:${spec.key}`;
      for (const name in attrs) sig += ` ${name}=${attrs[name]!.length}:${attrs[name]}`;
    }
    sigs.get(spec.blockId)!.push(sig);
    return sig;
  };

  const summary: FindingsSummary = { duplicates: [], boilerplate: [], quotes: [], quotesTotal: 0, sources: [] };
  const ignored = (id: string, key: string) => {
    const list = blocks.get(id)?.node.attrs.ignore as string[] | undefined;
    return Boolean(list && list.includes(key));
  };

  for (const d of report.duplicates) {
    const block = blocks.get(d.paragraphId);
    if (!block || ignored(d.paragraphId, ignoreKeys.duplicate)) continue;
    const pct = Math.round(d.similarity * 100);
    const label = `copy of ¶${d.ofIndex + 1}, ${pct}%`;
    const key = `dup:${d.paragraphId}`;
    summary.duplicates.push({
      key,
      check: 'duplicates',
      blockId: d.paragraphId,
      ignoreKey: ignoreKeys.duplicate,
      label: `¶${d.index + 1} ${label}`,
      detail: snippet(block.node.textContent),
      sourceId: null,
    });
    add(
      'node',
      block.pos,
      block.pos + block.node.nodeSize,
      { class: `cd-dup cd-dup--${d.kind}`, title: label, 'data-finding': label },
      { key, check: 'duplicates', blockId: d.paragraphId },
    );
  }

  for (const b of report.boilerplate) {
    const block = blocks.get(b.paragraphId);
    if (!block || ignored(b.paragraphId, ignoreKeys.boilerplate)) continue;
    const key = `bp:${b.paragraphId}`;
    summary.boilerplate.push({
      key,
      check: 'boilerplate',
      blockId: b.paragraphId,
      ignoreKey: ignoreKeys.boilerplate,
      label: `¶${b.index + 1} ${b.reason}`,
      detail: snippet(block.node.textContent),
      sourceId: null,
    });
    add(
      'node',
      block.pos,
      block.pos + block.node.nodeSize,
      { class: 'cd-boilerplate', title: `Boilerplate: ${b.reason}`, 'data-finding': 'boilerplate' },
      { key, check: 'boilerplate', blockId: b.paragraphId },
    );
  }

  const sourceQuotes = new Map<string, string[]>();
  for (const q of report.quotes) {
    const block = blocks.get(q.paragraphId);
    if (!block) continue;
    const isSpeech = q.kind === 'speech';
    const flagged = q.status !== 'ok';
    if (!isSpeech && !flagged) continue;
    if (isSpeech) summary.quotesTotal += 1;
    const key = `q:${q.paragraphId}:${q.start}`;
    const ignoreKey = quoteIgnoreKey(q);
    const isIgnored = ignored(q.paragraphId, ignoreKey);
    if (q.sourceId) {
      const keys = sourceQuotes.get(q.sourceId) ?? [];
      keys.push(key);
      sourceQuotes.set(q.sourceId, keys);
    }
    if (flagged && !isIgnored) {
      summary.quotes.push({
        key,
        check: 'quotes',
        blockId: q.paragraphId,
        ignoreKey,
        label: `¶${q.index + 1} ${STATUS_TEXT[q.status]}`,
        detail: `“${snippet(q.text, 60)}”${q.note && q.note !== STATUS_TEXT[q.status] ? ` — ${q.note}` : ''}`,
        sourceId: q.sourceId,
      });
    }
    const cached = quoteDecorationCache.get(q);
    if (cached && cached.node === block.node) {
      if (cached.end > cached.start) {
        const spec: DecorationSpec = { key, check: 'quotes', blockId: q.paragraphId };
        add('inline', block.pos + 1 + cached.start, block.pos + 1 + cached.end, cached.attrs, spec, cached.signature);
      }
      continue;
    }
    const textLength = block.node.content.size;
    const from = block.pos + 1 + Math.min(q.start, textLength);
    const to = block.pos + 1 + Math.min(q.end, textLength);
    if (to <= from) {
      quoteDecorationCache.set(q, { node: block.node, start: 0, end: 0, attrs: {}, signature: '' });
      continue;
    }
    const title = [q.speaker ? `Speaker: ${q.speaker}` : 'No speaker', q.note || STATUS_TEXT[q.status]].join(' — ');
    const attrs: Record<string, string> = {
      class: `cd-quote cd-quote--${q.status}${isIgnored ? ' cd-quote--ignored' : ''}`,
      'data-status': q.status,
      'data-speaker': q.speaker ?? '',
      title,
    };
    if (isIgnored) attrs['data-ignored'] = 'true';
    const signature = add('inline', from, to, attrs, { key, check: 'quotes', blockId: q.paragraphId });
    quoteDecorationCache.set(q, { node: block.node, start: from - block.pos - 1, end: to - block.pos - 1, attrs, signature });
  }

  summary.sources = report.sources.map((s) => ({
    id: s.id,
    name: s.name,
    role: s.role,
    kind: s.kind,
    count: s.quotes,
    quoteKeys: sourceQuotes.get(s.id) ?? [],
  }));

  for (const [id, list] of sigs) byBlock.get(id)!.signature = list.join('\n');
  return { byBlock, summary };
}

/** Deep equality of plain data (arrays, records, primitives), for keeping an unchanged summary. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
