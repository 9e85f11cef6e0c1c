// Messages between the editor's findings plugin and the analysis worker. Every message carries
// the doc version it brings the worker to; reports say which version they reflect, so the
// editor can map them through the edits made since.
import type { Paragraph, Report } from '../analysis/types';
import type { ReportDelta } from './report-delta';

/**
 * One textblock as it now is. For a new or moved block, `afterId` is the textblock before it
 * (null at the start); for a known block that only changed text it is not used.
 */
export interface PutChange {
  op: 'put';
  id: string;
  text: string;
  afterId: string | null;
  /** The block kept its id but its place among the others changed. */
  moved: boolean;
}

export interface RemoveChange {
  op: 'remove';
  id: string;
}

export type BlockChange = PutChange | RemoveChange;

export type ToWorker =
  /** All textblocks in order (empty ones included; the worker skips them). */
  | { type: 'reset'; version: number; blocks: Paragraph[] }
  | { type: 'changes'; version: number; changes: BlockChange[] }
  /** Nothing changed in the text but the editor wants a fresh report (e.g. an ignore changed). */
  | { type: 'refresh'; version: number };

export type FromWorker =
  | { type: 'report'; version: number; report: Report; elapsedMs: number }
  /** The worker lost track (unknown id, duplicate id): the editor should send a reset. */
  | { type: 'resync'; version: number; reason: string };

/**
 * What actually crosses the worker boundary: the worker sends a report as a delta against the
 * one it sent before, and the channel patches it back into a FromWorker report.
 */
export type WorkerWire = FromWorker | { type: 'report-delta'; version: number; delta: ReportDelta; elapsedMs: number };
