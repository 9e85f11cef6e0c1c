// Owns the one EditorView and publishes an immutable snapshot for the UI. React subscribes
// with useSyncExternalStore, so every component renders from the same snapshot (no tearing),
// and ProseMirror keeps full control of its DOM; see renderer/app/README.md for why this and
// not @handlewithcare/react-prosemirror.
//
// Keystroke path: dispatch → updateState → (findings plugin posts a small diff) → snapshot
// marked stale. Statistics are recomputed on a timer, never per keystroke.
import type { Node } from 'prosemirror-model';
import { Selection, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import {
  findingRange,
  findingRanges,
  findingsOf,
  setChecksEnabled,
  type AnalysisChannel,
  type FindingsPluginOptions,
} from './findings-plugin';
import { EMPTY_SUMMARY, type FindingsSummary } from './findings-model';
import { docStats, type DocStats } from './stats';
import { articlePlugins, createArticleState } from './setup';
import { emptyDoc } from './serialize';
import { searchMatches, setSearch, type SearchQuery } from './search';
import { linkAt } from './commands';
import { undoDepth, redoDepth } from 'prosemirror-history';

export interface EditorSnapshot {
  stats: DocStats;
  findings: FindingsSummary;
  checksEnabled: boolean;
  /** The doc differs from the last loaded or saved one. */
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Number of matches of the active search. */
  searchMatches: number;
  /** Milliseconds the last analysis report took in the worker. */
  analysisMs: number | null;
}

export interface ControllerHooks {
  onLinkRequest?: (currentHref: string | null) => void;
  onFind?: () => void;
}

const STATS_DELAY_MS = 300;
const STATS_MAX_WAIT_MS = 2000;

export class EditorController {
  private view: EditorView | null = null;
  private state: EditorState;
  private savedDoc: Node;
  private listeners = new Set<() => void>();
  private updateListeners = new Set<(state: EditorState, docChanged: boolean) => void>();
  private snapshot: EditorSnapshot;
  private statsTimer: ReturnType<typeof setTimeout> | null = null;
  private statsDue: number | null = null;
  private sourceCursor = new Map<string, number>();
  private analysisMs: number | null = null;
  /** The latest report's time, shown with the next statistics update (not on a keystroke). */
  private nextAnalysisMs: number | null = null;
  private readonly plugins;
  private readonly findingsOptions: FindingsPluginOptions;

  constructor(
    channel: AnalysisChannel,
    private hooks: ControllerHooks = {},
    checksEnabled = true,
  ) {
    this.findingsOptions = {
      channel,
      enabled: checksEnabled,
      onReport: ({ elapsedMs }) => {
        // A new figure would otherwise make the next keystroke's snapshot differ and cost a
        // React commit on the typing path; it goes out with the statistics after a pause.
        this.nextAnalysisMs = elapsedMs;
        this.scheduleStats();
      },
    };
    const appKeys = keymap({
      F8: () => this.stepFinding(1),
      'Shift-F8': () => this.stepFinding(-1),
      'Mod-f': () => {
        this.hooks.onFind?.();
        return Boolean(this.hooks.onFind);
      },
    });
    this.plugins = [
      appKeys,
      ...articlePlugins({
        onLinkRequest: () => this.hooks.onLinkRequest?.(this.view ? linkAt(this.view.state) : null),
        findings: this.findingsOptions,
      }),
    ];
    this.state = createArticleState(emptyDoc(), this.plugins);
    this.savedDoc = this.state.doc;
    this.snapshot = this.buildSnapshot(docStats(this.state.doc));
  }

  // ------------------------------------------------------------ store (useSyncExternalStore)

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorSnapshot => this.snapshot;

  /**
   * Called after every transaction and load, with whether the doc changed, for views that
   * follow the text or the cursor themselves (the preview pane) without a React render per
   * keystroke. Listeners must be cheap: debounce any real work.
   */
  onUpdate(listener: (state: EditorState, docChanged: boolean) => void): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  private notifyUpdate(docChanged: boolean): void {
    const state = this.currentState();
    for (const l of this.updateListeners) l(state, docChanged);
  }

  private buildSnapshot(stats: DocStats): EditorSnapshot {
    const state = this.currentState();
    const findings = findingsOf(state);
    return {
      stats,
      findings: findings.enabled ? findings.summary : EMPTY_SUMMARY,
      checksEnabled: findings.enabled,
      dirty: state.doc !== this.savedDoc && !state.doc.eq(this.savedDoc),
      canUndo: undoDepth(state) > 0,
      canRedo: redoDepth(state) > 0,
      searchMatches: searchMatches(state).length,
      analysisMs: this.analysisMs,
    };
  }

  /** Publishes a new snapshot if anything the UI shows changed. */
  private publish(stats = this.snapshot.stats): void {
    const next = this.buildSnapshot(stats);
    const prev = this.snapshot;
    const same =
      next.stats === prev.stats &&
      next.findings === prev.findings &&
      next.checksEnabled === prev.checksEnabled &&
      next.dirty === prev.dirty &&
      next.canUndo === prev.canUndo &&
      next.canRedo === prev.canRedo &&
      next.searchMatches === prev.searchMatches &&
      next.analysisMs === prev.analysisMs;
    if (same) return;
    this.snapshot = next;
    for (const l of this.listeners) l();
  }

  /**
   * Statistics wait for a pause in typing (at most STATS_MAX_WAIT_MS). Besides the count
   * itself, every React commit while the editor has focus makes React measure the DOM
   * selection across the whole contenteditable, which is slow on very long documents.
   */
  private scheduleStats(): void {
    const t = Date.now();
    this.statsDue ??= t + STATS_MAX_WAIT_MS;
    if (this.statsTimer !== null) clearTimeout(this.statsTimer);
    this.statsTimer = setTimeout(() => {
      this.statsTimer = null;
      this.statsDue = null;
      this.analysisMs = this.nextAnalysisMs;
      this.publish(docStats(this.currentState().doc));
    }, Math.max(0, Math.min(STATS_DELAY_MS, this.statsDue - t)));
  }

  // ------------------------------------------------------------ view lifecycle

  mount(place: HTMLElement): void {
    if (this.view) return;
    this.view = new EditorView(place, {
      state: this.state,
      attributes: { spellcheck: 'true', 'aria-label': 'Article text', role: 'textbox', 'aria-multiline': 'true' },
      dispatchTransaction: (tr) => this.apply(tr),
    });
  }

  destroy(): void {
    if (this.statsTimer) clearTimeout(this.statsTimer);
    this.view?.destroy();
    this.view = null;
  }

  private currentState(): EditorState {
    return this.view?.state ?? this.state;
  }

  private apply(tr: Transaction): void {
    if (!this.view) {
      this.state = this.state.apply(tr);
      this.publish();
      this.notifyUpdate(tr.docChanged);
      return;
    }
    const docBefore = this.view.state.doc;
    this.view.updateState(this.view.state.apply(tr));
    this.state = this.view.state;
    const docChanged = this.view.state.doc !== docBefore;
    if (docChanged) this.scheduleStats();
    // Dirty and undo flags are cheap; keep the title marker immediate.
    this.publish();
    this.notifyUpdate(docChanged);
  }

  dispatch = (tr: Transaction): void => this.apply(tr);

  get editorState(): EditorState {
    return this.currentState();
  }

  get editorView(): EditorView | null {
    return this.view;
  }

  /** Runs a command against the current state; returns whether it applied. */
  run(command: Command): boolean {
    const result = command(this.currentState(), this.dispatch, this.view ?? undefined);
    this.focus();
    return result;
  }

  /** The app sets its dialog callbacks once it has mounted. */
  setHooks(hooks: ControllerHooks): void {
    this.hooks = hooks;
  }

  focus(): void {
    this.view?.focus();
  }

  // ------------------------------------------------------------ documents

  /** Replaces the document (a new history and a fresh analysis); counts as saved. */
  load(doc: Node): void {
    // The findings plugin reads `enabled` when the new state is created.
    this.state = createArticleState(doc, this.plugins);
    if (this.view) this.view.updateState(this.state);
    this.savedDoc = this.state.doc;
    this.sourceCursor.clear();
    this.publish(docStats(this.state.doc));
    this.notifyUpdate(true);
    if (this.view) {
      this.view.dispatch(this.view.state.tr.setSelection(Selection.atStart(this.view.state.doc)).scrollIntoView());
    }
  }

  get doc(): Node {
    return this.currentState().doc;
  }

  /** Records `doc` (by default the current one) as what is on disk. */
  markSaved(doc: Node = this.currentState().doc): void {
    this.savedDoc = doc;
    this.publish();
  }

  setChecksEnabled(on: boolean): void {
    this.findingsOptions.enabled = on;
    if (this.view) setChecksEnabled(this.view, on);
    this.publish();
  }

  // ------------------------------------------------------------ findings navigation

  /** Selects a finding's text and scrolls to it. */
  selectFinding(key: string): boolean {
    const state = this.currentState();
    const range = findingRange(state, key);
    if (!range) return false;
    const node = state.doc.nodeAt(range.from);
    // Block findings decorate the whole node; select its text.
    const [from, to] = node && node.isTextblock && range.to === range.from + node.nodeSize ? [range.from + 1, range.to - 1] : [range.from, range.to];
    this.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView());
    this.focus();
    return true;
  }

  /** F8 / Shift-F8: the next or previous finding after the selection, wrapping around. */
  stepFinding(direction: 1 | -1): boolean {
    const state = this.currentState();
    const ranges = findingRanges(state);
    if (ranges.length === 0) return false;
    const { from } = state.selection;
    // A selected block finding starts one position after its decoration; skip it too.
    const target =
      direction === 1
        ? ranges.find((r) => r.from > from) ?? ranges[0]!
        : [...ranges].reverse().find((r) => r.from < from - 1) ?? ranges[ranges.length - 1]!;
    return this.selectFinding(target.key);
  }

  /** Steps through one source's quotes, one per click. */
  stepSource(sourceId: string): boolean {
    const source = this.snapshot.findings.sources.find((s) => s.id === sourceId);
    if (!source || source.quoteKeys.length === 0) return false;
    const at = this.sourceCursor.get(sourceId) ?? -1;
    const next = (at + 1) % source.quoteKeys.length;
    this.sourceCursor.set(sourceId, next);
    return this.selectFinding(source.quoteKeys[next]!);
  }

  // ------------------------------------------------------------ search

  setSearch(query: SearchQuery | null): void {
    this.dispatch(setSearch(this.currentState().tr, query));
  }
}
