// The analysis Web Worker: holds an AnalysisSession (an incremental Analyzer) and answers with
// a Report tagged with the doc version it reflects. Reports are throttled: while the editor
// types, edits are applied as they arrive but a report goes out at most every REPORT_MS.
import type { Report } from '../analysis/types';
import type { ToWorker, WorkerWire } from './protocol';
import { diffReport } from './report-delta';
import { AnalysisSession } from './session';

const REPORT_MS = 120;

const session = new AnalysisSession();
let timer: ReturnType<typeof setTimeout> | null = null;
let lastReportAt = 0;
/** The last report sent; the next one goes out as a delta against it. */
let lastSent: Report | null = null;

const post = (msg: WorkerWire) => (self as unknown as Worker).postMessage(msg);

function sendReport(): void {
  timer = null;
  const started = performance.now();
  const report = session.report();
  lastReportAt = performance.now();
  const elapsedMs = lastReportAt - started;
  if (lastSent) post({ type: 'report-delta', version: session.version, delta: diffReport(lastSent, report), elapsedMs });
  else post({ type: 'report', version: session.version, report, elapsedMs });
  lastSent = report;
  // A freshly loaded document was answered from a full check; build the incremental indexes
  // now, between messages, so the first keystroke does not pay for them.
  setTimeout(() => session.prepare(), 0);
}

function scheduleReport(): void {
  if (timer !== null) return;
  const wait = Math.max(0, REPORT_MS - (performance.now() - lastReportAt));
  timer = setTimeout(sendReport, wait);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const reply = session.apply(event.data);
  if (reply) post(reply);
  else scheduleReport();
});
