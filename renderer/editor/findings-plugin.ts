// Live findings. After each view update the plugin diffs the doc against the previous one
// (unchanged nodes are shared, so this only looks at the edited region) and sends the worker
// just the textblocks that were inserted, changed, moved or removed, tagged with a version.
// A report comes back for some version v; the plugin builds decorations on the doc as it was at
// v and maps them through every step made since, so they line up with the text typed meanwhile.
// Only blocks whose decorations differ from the last applied report (or that were edited in
// between) are removed and re-added; the rest of the set, and an equal summary, are kept as they
// are, so neither ProseMirror nor React redoes work for the untouched part of the document.
// On long documents the view draws findings only for the blocks near the visible ones (see
// `window` below): every inline span makes Blink's own per-keystroke editing work (selection
// sync, layout, paint) slower across the whole contenteditable, and thousands of them cost more
// than everything else checks add to a keystroke; tinted blocks cost the view's update too.
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping, type StepMap } from 'prosemirror-transform';
import { DecorationSet, type Decoration, type EditorView } from 'prosemirror-view';
import type { Report } from '../analysis/types';
import type { BlockChange, FromWorker, ToWorker } from '../worker/protocol';
import { allTextblocks, changedRange, textblockIdBefore, textblocksIn, type BlockRef } from './doc-diff';
import { buildFindingParts, EMPTY_SUMMARY, toDecorations, sameData, type BlockDecorations, type DecorationSpec, type FindingsSummary } from './findings-model';
import { scrollParent } from './scroll-parent';

/** How the plugin talks to the analysis (a Web Worker in the app, in-process in tests). */
export interface AnalysisChannel {
  post(msg: ToWorker): void;
  onMessage(listener: (msg: FromWorker) => void): () => void;
}

export interface FindingsState {
  enabled: boolean;
  /** Every finding's decoration (what findingRange, F8 and the tests read). */
  decorations: DecorationSet;
  /**
   * What the view draws: the decorations inside `window`. The same set as `decorations` when
   * `window` is null.
   */
  shown: DecorationSet;
  /** Doc range whose findings are drawn; null: all of them (short documents). */
  window: FindingsWindow | null;
  summary: FindingsSummary;
  report: Report | null;
  /** Doc version the current findings reflect (-1: none yet). */
  version: number;
  /**
   * What the decorations were last built from, so the next report only touches blocks whose
   * decorations differ: each block's decoration signature, and the place in the step-map log of
   * the doc they were built on. Null when there is nothing to build on (a new doc, re-enabled).
   */
  basis: { signatures: Map<string, string>; mapIndex: number } | null;
}

export interface FindingsWindow {
  from: number;
  to: number;
}

type Meta =
  | {
      type: 'report';
      decorations: DecorationSet;
      shown: DecorationSet;
      window: FindingsWindow | null;
      summary: FindingsSummary;
      report: Report;
      version: number;
      basis: FindingsState['basis'];
    }
  | { type: 'window'; window: FindingsWindow | null }
  | { type: 'enable'; on: boolean };

/** Draws findings only inside `window` (null: everywhere). The plugin view sets it on scroll. */
export function setFindingsWindow(tr: Transaction, window: FindingsWindow | null): Transaction {
  const meta: Meta = { type: 'window', window };
  return tr.setMeta(findingsKey, meta).setMeta('addToHistory', false);
}

export const findingsKey = new PluginKey<FindingsState>('cd-findings');

/** Above this many changed blocks a full reset is cheaper than a list of edits. */
const RESET_THRESHOLD = 300;
/**
 * Applying a report costs an O(paragraphs) walk and a decoration redraw, so while the editor
 * types it waits for a pause (mapped decorations stay correct meanwhile), but never longer
 * than MAX_DEFER_MS.
 */
const QUIET_MS = 250;
const MAX_DEFER_MS = 1500;
/** Past this many edits between two applied reports, rebuild all decorations instead of comparing. */
const MAX_INCREMENTAL_MAPS = 400;
/**
 * Findings are drawn for this many top-level blocks before and after the visible ones
 * (several screens, so scrolling rarely outruns them); the window moves once the visible blocks
 * come within half of that of its edge. Documents up to twice this long draw everything.
 */
const WINDOW_MARGIN = 100;
/**
 * Edits go to the worker after this pause in typing (at most MAX_POST_WAIT_MS late), as one
 * message: the worker then re-checks a paragraph once per burst instead of once per key, and
 * does not compete for the CPU with the keystroke's own layout and paint. A report is applied
 * only after QUIET_MS of no typing anyway.
 */
const POST_MS = 80;
const MAX_POST_WAIT_MS = 1000;

const initial = (enabled: boolean): FindingsState => ({
  enabled,
  decorations: DecorationSet.empty,
  shown: DecorationSet.empty,
  window: null,
  summary: EMPTY_SUMMARY,
  report: null,
  version: -1,
  basis: null,
});

export interface FindingsPluginOptions {
  channel: AnalysisChannel;
  enabled?: boolean;
  /** Pause in typing before a report is applied (ms); tests use 0. */
  quietMs?: number;
  /** Pause in typing before edits are posted to the worker (ms); 0 posts each at once. */
  postMs?: number;
  /** Called with each report's analysis time, for the status bar and benchmarks. */
  onReport?: (info: { version: number; elapsedMs: number }) => void;
}

export function findingsPlugin(options: FindingsPluginOptions): Plugin<FindingsState> {
  // Step maps of every doc change since the oldest version still awaiting its report.
  // Kept outside the state because they are bookkeeping for the one view this plugin serves.
  const log = { maps: [] as StepMap[], offset: 0, fresh: true };

  return new Plugin<FindingsState>({
    key: findingsKey,
    state: {
      init: () => {
        // A new EditorState (a loaded file) starts a new lineage: old maps are meaningless.
        log.maps = [];
        log.offset = 0;
        log.fresh = true;
        return initial(options.enabled ?? true);
      },
      apply(tr: Transaction, value: FindingsState): FindingsState {
        if (tr.docChanged) log.maps.push(...tr.mapping.maps);
        const meta = tr.getMeta(findingsKey) as Meta | undefined;
        if (meta?.type === 'enable') return meta.on ? { ...initial(true) } : initial(false);
        if (meta?.type === 'report') {
          return value.enabled ? { ...value, ...meta, enabled: true } : value;
        }
        if (meta?.type === 'window') {
          if (!value.enabled) return value;
          return { ...value, window: meta.window, shown: shownSet(value.decorations, meta.window, tr.doc) };
        }
        if (tr.docChanged && (value.decorations !== DecorationSet.empty || value.window)) {
          const decorations = value.decorations.map(tr.mapping, tr.doc);
          const shown = value.shown === value.decorations ? decorations : value.shown.map(tr.mapping, tr.doc);
          const window = value.window && { from: tr.mapping.map(value.window.from, -1), to: tr.mapping.map(value.window.to, 1) };
          return { ...value, decorations, shown, window };
        }
        return value;
      },
    },
    props: {
      decorations: (state) => withFastChildLookup(findingsKey.getState(state)?.shown ?? null),
    },
    view: (view) => new FindingsSync(view, options, log),
  });
}

/** The parts of DecorationSet's representation that forChild reads. */
interface SetInternals {
  local: readonly (Decoration & { inline: boolean })[];
  /** Flat triples: start and end offset of a decorated child node, and its set. */
  children: readonly (number | DecorationSet)[];
}

const fastSets = new WeakMap<DecorationSet, DecorationSet>();

/**
 * The view asks the top-level set for each top-level node's decorations (forChild) on every
 * update, and DecorationSet answers by scanning its list of decorated children from the start:
 * O(paragraphs × decorated paragraphs) per keystroke, about 20 million steps at 10,000
 * paragraphs. This wrapper answers the same by binary search. It only takes over when the set's
 * own decorations are all node decorations (ours are: block findings), the case where the
 * answer is exactly the stored child set; otherwise the set answers as usual.
 */
export function withFastChildLookup(set: DecorationSet | null): DecorationSet | null {
  if (!set || set === DecorationSet.empty) return set;
  let fast = fastSets.get(set);
  if (fast) return fast;
  const { local, children } = set as unknown as SetInternals;
  if (local.some((d) => d.inline) || children.length < 3 * 16) fast = set;
  else {
    fast = Object.create(set) as DecorationSet;
    fast.forChild = (offset: number, node: Node) => {
      if (node.isLeaf) return DecorationSet.empty;
      let lo = 0;
      let hi = children.length / 3 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = children[mid * 3] as number;
        if (start === offset) return children[mid * 3 + 2] as DecorationSet;
        if (start < offset) lo = mid + 1;
        else hi = mid - 1;
      }
      return DecorationSet.empty;
    };
  }
  fastSets.set(set, fast);
  return fast;
}

/** What the view draws for `window`: the decorations that touch it. */
export function shownSet(all: DecorationSet, window: FindingsWindow | null, doc: Node): DecorationSet {
  if (!window || all === DecorationSet.empty) return all;
  return DecorationSet.create(doc, all.find(window.from, window.to));
}

/** Whether a decoration belongs in `window`'s shown set (the test `find` applies). */
const inWindow = (d: Decoration, window: FindingsWindow) => d.from <= window.to && d.to >= window.from;

/** Whether the DOM selection in the editor differs from the state's (not read by ProseMirror yet). */
function selectionUnread(view: EditorView): boolean {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel?.anchorNode || !sel.focusNode || !view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return false;
  try {
    const { anchor, head } = view.state.selection;
    return view.posAtDOM(sel.anchorNode, sel.anchorOffset) !== anchor || view.posAtDOM(sel.focusNode, sel.focusOffset) !== head;
  } catch {
    return false;
  }
}

class FindingsSync {
  private version = 0;
  /** Docs (and their place in the map log) for versions whose report hasn't arrived. */
  private pending = new Map<number, { doc: Node; mapIndex: number }>();
  /** Reports for versions older than this belong to a previous lineage. */
  private floor = 0;
  private unsubscribe: () => void;
  private lastEditAt = 0;
  private lastAppliedAt = 0;
  private deferred: { msg: Extract<FromWorker, { type: 'report' }>; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Edits made since the last message to the worker, not yet posted (see POST_MS). */
  private queue: BlockChange[] = [];
  private refreshQueued = false;
  private queueTimer: ReturnType<typeof setTimeout> | null = null;
  private queuedSince = 0;
  private frame: number | null = null;
  private scroller: HTMLElement | null | undefined;
  private readonly onScroll = () => {
    if (this.frame === null) this.frame = requestAnimationFrame(() => this.moveWindow());
  };

  constructor(
    private view: EditorView,
    private options: FindingsPluginOptions,
    private log: { maps: StepMap[]; offset: number; fresh: boolean },
  ) {
    this.unsubscribe = options.channel.onMessage((msg) => this.receive(msg));
    if (this.enabled(view.state)) this.reset(view.state.doc);
    log.fresh = false;
    // Any scroll (captured, so the editor's own scroll container too) or resize may bring
    // blocks without their findings drawn into view.
    if (typeof document !== 'undefined' && view.dom) {
      document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onScroll);
    }
  }

  private enabled(state: EditorState): boolean {
    return findingsKey.getState(state)?.enabled ?? false;
  }

  update(view: EditorView, prev: EditorState): void {
    this.view = view;
    const state = view.state;
    if (!this.enabled(state)) {
      this.pending.clear();
      this.dropQueue();
      return;
    }
    if (this.log.fresh || !this.enabled(prev)) {
      this.log.fresh = false;
      this.reset(state.doc);
      return;
    }
    if (state.doc === prev.doc) return;
    this.lastEditAt = now();
    const diff = diffBlocks(prev.doc, state.doc);
    if (diff === 'reset') this.reset(state.doc);
    // An ignored finding (or its undo) changes what is shown, not the text: ask for a report.
    else if (diff.changes.length > 0 || diff.ignoresChanged) this.enqueue(diff.changes, diff.ignoresChanged);
  }

  private enqueue(changes: BlockChange[], refresh: boolean): void {
    for (const change of changes) queueChange(this.queue, change);
    this.refreshQueued ||= refresh;
    const delay = this.options.postMs ?? POST_MS;
    if (delay <= 0) return this.flush();
    const t = now();
    if (this.queueTimer === null) this.queuedSince = t;
    else clearTimeout(this.queueTimer);
    this.queueTimer = setTimeout(() => this.flush(), Math.max(0, Math.min(delay, this.queuedSince + MAX_POST_WAIT_MS - t)));
  }

  /** Posts the queued edits. They lead from the doc the worker has to the current one. */
  private flush(): void {
    const { queue: changes, refreshQueued: refresh } = this;
    this.dropQueue();
    if (!this.enabled(this.view.state)) return;
    const doc = this.view.state.doc;
    if (changes.length > 0) this.send({ type: 'changes', version: this.nextVersion(doc), changes });
    else if (refresh) this.send({ type: 'refresh', version: this.nextVersion(doc) });
  }

  private dropQueue(): void {
    if (this.queueTimer !== null) clearTimeout(this.queueTimer);
    this.queueTimer = null;
    this.queue = [];
    this.refreshQueued = false;
  }

  destroy(): void {
    this.unsubscribe();
    this.dropQueue();
    if (this.deferred) clearTimeout(this.deferred.timer);
    if (typeof document !== 'undefined' && this.view.dom) {
      document.removeEventListener('scroll', this.onScroll, { capture: true });
      window.removeEventListener('resize', this.onScroll);
    }
    if (this.frame !== null) cancelAnimationFrame(this.frame);
  }

  /** After a scroll: moves the window of drawn findings if the view neared its edge. */
  private moveWindow(tries = 0): void {
    this.frame = null;
    const state = this.view.state;
    const current = findingsOf(state);
    if (!current.enabled) return;
    const window = this.wantedWindow(current.window);
    if (window === current.window) return;
    // Redrawing writes the state's selection back to the DOM: wait until ProseMirror has read
    // a selection just set in the DOM (a script's, or a click's still-queued selectionchange).
    if (tries < 5 && selectionUnread(this.view)) {
      this.frame = requestAnimationFrame(() => this.moveWindow(tries + 1));
      return;
    }
    this.view.dispatch(setFindingsWindow(state.tr, window));
  }

  /**
   * The window to draw findings in: `current` while it still reaches WINDOW_MARGIN / 2
   * blocks past the visible ones, else WINDOW_MARGIN blocks either side of them. Null when the
   * doc is short enough to draw everything; `current` when there is no DOM to measure (tests).
   */
  private wantedWindow(current: FindingsWindow | null): FindingsWindow | null {
    const view = this.view;
    const doc = view.state.doc;
    const n = doc.childCount;
    if (n <= 2 * WINDOW_MARGIN) return null;
    if (typeof document === 'undefined' || !view.dom) return current;
    // The visible part of the editor: its box clipped by its scroll container and the window.
    if (this.scroller === undefined) this.scroller = scrollParent(view.dom);
    const box = view.dom.getBoundingClientRect();
    const clip = this.scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    const top = Math.max(box.top, clip.top, 0);
    const bottom = Math.min(box.bottom, clip.bottom, innerHeight);
    const x = box.left + box.width / 2;
    const { from: selFrom, to: selTo } = view.state.selection;
    const first = bottom > top ? (view.posAtCoords({ left: x, top: top + 1 })?.pos ?? selFrom) : selFrom;
    const last = bottom > top ? (view.posAtCoords({ left: x, top: bottom - 1 })?.pos ?? selTo) : selTo;
    const $first = doc.resolve(Math.min(first, last));
    const $last = doc.resolve(Math.max(first, last));
    const a = $first.index(0);
    const b = Math.min($last.index(0), n - 1);
    // Start positions of the blocks `margin` before a and after b.
    const edges = (margin: number) => {
      let from = $first.posAtIndex(a, 0);
      for (let i = a - 1; i >= Math.max(0, a - margin); i--) from -= doc.child(i).nodeSize;
      let to = $last.posAtIndex(b, 0);
      for (let i = b; i <= Math.min(n - 1, b + margin); i++) to += doc.child(i).nodeSize;
      return { from, to };
    };
    if (current) {
      const need = edges(WINDOW_MARGIN / 2);
      if (current.from <= need.from && current.to >= need.to) return current;
    }
    if (a - WINDOW_MARGIN <= 0 && b + WINDOW_MARGIN >= n - 1) return null;
    return edges(WINDOW_MARGIN);
  }

  private nextVersion(doc: Node): number {
    this.version += 1;
    this.pending.set(this.version, { doc, mapIndex: this.log.offset + this.log.maps.length });
    return this.version;
  }

  private send(msg: ToWorker): void {
    this.options.channel.post(msg);
  }

  private reset(doc: Node): void {
    this.pending.clear();
    this.dropQueue();
    const version = this.nextVersion(doc);
    this.floor = version;
    const blocks = allTextblocks(doc).map((b) => ({ id: b.id, text: b.node.textContent }));
    this.send({ type: 'reset', version, blocks });
  }

  private receive(msg: FromWorker): void {
    if (!this.enabled(this.view.state)) return;
    if (msg.type === 'resync') {
      if (msg.version >= this.floor) this.reset(this.view.state.doc);
      return;
    }
    if (msg.version < this.floor || !this.pending.has(msg.version)) return;
    const t = now();
    const quiet = this.options.quietMs ?? QUIET_MS;
    const typing = t - this.lastEditAt < quiet && t - this.lastAppliedAt < MAX_DEFER_MS;
    if (this.deferred) clearTimeout(this.deferred.timer);
    this.deferred = null;
    if (typing) {
      // Keep only the newest report; try again after the pause.
      this.deferred = { msg, timer: setTimeout(() => this.receive(msg), quiet) };
      return;
    }
    this.applyReport(msg);
  }

  private applyReport(msg: Extract<FromWorker, { type: 'report' }>): void {
    const entry = this.pending.get(msg.version);
    if (!entry) return;
    this.lastAppliedAt = now();
    for (const v of [...this.pending.keys()]) if (v <= msg.version) this.pending.delete(v);
    const state = this.view.state;
    const current = findingsOf(state);
    const { byBlock, summary } = buildFindingParts(entry.doc, msg.report);
    const since = new Mapping(this.log.maps.slice(entry.mapIndex - this.log.offset));
    const window = this.wantedWindow(current.window);
    const { decorations, shown } = this.updateDecorations(current, byBlock, entry, since, state.doc, window);
    const signatures = new Map<string, string>();
    for (const [id, b] of byBlock) signatures.set(id, b.signature);
    // An unchanged summary keeps its identity, so the sidebar does not re-render.
    const keptSummary = sameData(summary, current.summary) ? current.summary : summary;
    const meta: Meta = {
      type: 'report',
      decorations,
      shown,
      window,
      summary: keptSummary,
      report: msg.report,
      version: msg.version,
      basis: { signatures, mapIndex: entry.mapIndex },
    };
    this.view.dispatch(state.tr.setMeta(findingsKey, meta).setMeta('addToHistory', false));
    this.trimLog();
    this.options.onReport?.({ version: msg.version, elapsedMs: msg.elapsedMs });
  }

  /**
   * The current decorations updated to a report built on `entry.doc`. Equal to building them all
   * and mapping them through `since`, but a block keeps its decorations when its findings are
   * the same as last time and no edit between the two reports touched it; only the others are
   * removed and added. Rebuilding the set would also make ProseMirror compare every decorated
   * paragraph deeply on each later keystroke, as its views keep the previous sets. The shown
   * set gets the same changes while its window stays, and is rebuilt (small) when it moves.
   */
  private updateDecorations(
    current: FindingsState,
    byBlock: Map<string, BlockDecorations>,
    entry: { doc: Node; mapIndex: number },
    since: Mapping,
    doc: Node,
    window: FindingsWindow | null,
  ): { decorations: DecorationSet; shown: DecorationSet } {
    const build = (blocks: Iterable<BlockDecorations>) => {
      const decos: Decoration[] = [];
      for (const b of blocks) decos.push(...toDecorations(b));
      const set = DecorationSet.create(entry.doc, decos);
      return since.maps.length ? set.map(since, doc) : set;
    };
    const rebuilt = (decorations: DecorationSet) => ({ decorations, shown: shownSet(decorations, window, doc) });
    const basis = current.basis;
    const between = basis ? this.log.maps.slice(basis.mapIndex - this.log.offset, entry.mapIndex - this.log.offset) : [];
    if (!basis || basis.mapIndex < this.log.offset || basis.mapIndex > entry.mapIndex || between.length > MAX_INCREMENTAL_MAPS) {
      return rebuilt(build(byBlock.values()));
    }
    // What the edits between the two reports changed, in entry.doc's coordinates.
    const touched: [number, number][] = [];
    between.forEach((map, i) => {
      const rest = new Mapping(between.slice(i + 1));
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => touched.push([rest.map(newStart, -1), rest.map(newEnd, 1)]));
    });
    if (touched.length > MAX_INCREMENTAL_MAPS) return rebuilt(build(byBlock.values()));
    const isTouched = (b: BlockDecorations) => touched.some(([from, to]) => from <= b.pos + b.node.nodeSize && to >= b.pos);

    const changed = new Set<string>();
    for (const [id, signature] of basis.signatures) if (byBlock.get(id)?.signature !== signature) changed.add(id);
    for (const [id, b] of byBlock) if (!changed.has(id) && (!basis.signatures.has(id) || isTouched(b))) changed.add(id);
    const sameWindow = window === current.window && (window !== null || current.shown === current.decorations);
    if (changed.size === 0) return sameWindow ? { decorations: current.decorations, shown: current.shown } : rebuilt(current.decorations);
    const stale = current.decorations.find(undefined, undefined, (spec) => changed.has((spec as DecorationSpec).blockId));
    const added = build([...changed].flatMap((id) => byBlock.get(id) ?? [])).find();
    // remove() and add() clear the entries they use in the array they are given: copies.
    const addedShown = window ? added.filter((d) => inWindow(d, window)) : [];
    const decorations = current.decorations.remove([...stale]).add(doc, added);
    if (!sameWindow) return rebuilt(decorations);
    if (!window) return { decorations, shown: decorations };
    return { decorations, shown: current.shown.remove(stale).add(doc, addedShown) };
  }

  /** Forgets step maps no pending version needs. */
  private trimLog(): void {
    let keepFrom = this.log.offset + this.log.maps.length;
    for (const { mapIndex } of this.pending.values()) keepFrom = Math.min(keepFrom, mapIndex);
    // The maps since the applied findings were built are needed to compare the next report.
    const basis = findingsOf(this.view.state).basis;
    if (basis) keepFrom = Math.min(keepFrom, Math.max(basis.mapIndex, this.log.offset));
    const drop = keepFrom - this.log.offset;
    if (drop > 0) {
      this.log.maps.splice(0, drop);
      this.log.offset = keepFrom;
    }
  }
}

/**
 * Adds an edit to the ones not yet posted. A text change to a block whose last queued edit is a
 * put only replaces that put's text: the worker sees the block once, as it is now.
 */
export function queueChange(queue: BlockChange[], change: BlockChange): void {
  if (change.op === 'put' && !change.moved) {
    for (let i = queue.length - 1; i >= 0; i--) {
      const queued = queue[i]!;
      if (queued.id !== change.id) continue;
      if (queued.op === 'put') {
        queue[i] = { ...queued, text: change.text };
        return;
      }
      break;
    }
  }
  queue.push(change);
}

/**
 * The textblock edits that turn `a` into `b`, or 'reset' when so much changed that sending the
 * whole doc is cheaper. Only the region between the first and last difference is examined.
 */
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function diffBlocks(a: Node, b: Node): { changes: BlockChange[]; ignoresChanged: boolean } | 'reset' {
  const range = changedRange(a, b);
  if (!range) return { changes: [], ignoresChanged: false };
  // A pure insertion or deletion has a zero-width side; widen both sides by one so the block
  // at that point (the one typed into, or the one after the gap) is seen on both.
  const pad = range.toA === range.from || range.toB === range.from ? 1 : 0;
  const before = textblocksIn(a, range.from, range.toA + pad);
  const after = textblocksIn(b, range.from, range.toB + pad);
  if (before.length + after.length > RESET_THRESHOLD) return 'reset';
  // The region starts at the same place in both docs, so the block before it is shared.
  const firstPos = Math.min(after[0]?.pos ?? range.from, before[0]?.pos ?? range.from);
  // Resolving a position scans the doc's top level, so look the neighbour up only when an
  // insert or move needs it; plain typing never does.
  let prevId: string | null | undefined;
  const previous = () => (prevId === undefined ? (prevId = textblockIdBefore(b, Math.min(firstPos, b.content.size))) : prevId);

  const oldById = new Map<string, BlockRef>(before.map((r) => [r.id, r]));
  const newIds = new Set(after.map((r) => r.id));
  const changes: BlockChange[] = [];
  for (const r of before) if (!newIds.has(r.id)) changes.push({ op: 'remove', id: r.id });

  // Blocks present on both sides moved if their relative order differs.
  const keptOld = before.filter((r) => newIds.has(r.id)).map((r) => r.id);
  const keptNew = after.filter((r) => oldById.has(r.id)).map((r) => r.id);
  const reordered = keptOld.some((id, i) => keptNew[i] !== id);

  let ignoresChanged = false;
  for (const r of after) {
    const old = oldById.get(r.id);
    if (old && old.node.attrs.ignore !== r.node.attrs.ignore) ignoresChanged = true;
    const text = r.node.textContent;
    if (!old) changes.push({ op: 'put', id: r.id, text, afterId: previous(), moved: false });
    else if (reordered) changes.push({ op: 'put', id: r.id, text, afterId: previous(), moved: true });
    else if (old.node.textContent !== text) changes.push({ op: 'put', id: r.id, text, afterId: null, moved: false });
    prevId = r.id;
  }
  return { changes, ignoresChanged };
}

// ---------------------------------------------------------------- helpers for the app

export function findingsOf(state: EditorState): FindingsState {
  return findingsKey.getState(state) ?? initial(false);
}

/** Current doc range of a finding's decoration (its block or quote), if still present. */
export function findingRange(state: EditorState, key: string): { from: number; to: number } | null {
  const set = findingsOf(state).decorations;
  const found = set.find(undefined, undefined, (spec) => (spec as DecorationSpec).key === key);
  const deco = found[0];
  return deco ? { from: deco.from, to: deco.to } : null;
}

/** All current findings' ranges in doc order (flagged ones only), for next/previous. */
export function findingRanges(state: EditorState): { key: string; from: number; to: number }[] {
  const { decorations, summary } = findingsOf(state);
  const flagged = new Set([...summary.duplicates, ...summary.boilerplate, ...summary.quotes].map((f) => f.key));
  return decorations
    .find(undefined, undefined, (spec) => flagged.has((spec as DecorationSpec).key))
    .map((d) => ({ key: (d.spec as DecorationSpec).key, from: d.from, to: d.to }))
    .sort((x, y) => x.from - y.from);
}

export function setChecksEnabled(view: EditorView, on: boolean): void {
  const meta: Meta = { type: 'enable', on };
  view.dispatch(view.state.tr.setMeta(findingsKey, meta).setMeta('addToHistory', false));
}
