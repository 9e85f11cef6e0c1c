// The app's AnalysisChannel: a module Web Worker bundled by Vite (worker format 'es').
import type { Report } from '../analysis/types';
import type { FromWorker, ToWorker, WorkerWire } from '../worker/protocol';
import { patchReport } from '../worker/report-delta';
import type { AnalysisChannel } from './findings-plugin';

export function workerChannel(onFailure: (error: unknown) => void): AnalysisChannel & { terminate(): void } {
  const worker = new Worker(new URL('../worker/analysis-worker.ts', import.meta.url), { type: 'module' });
  // A worker that cannot load (blocked scheme, CSP) reports it here, not by throwing.
  worker.addEventListener('error', (event) => onFailure(event.message || event), { once: true });
  // Reports arrive as deltas against the previous one (see report-delta.ts); patch them once
  // here, before any listener sees them.
  let last: Report | null = null;
  const decode = (wire: WorkerWire): FromWorker => {
    if (wire.type === 'report-delta') {
      if (!last) throw new Error('report delta without a base report');
      last = patchReport(last, wire.delta);
      return { type: 'report', version: wire.version, report: last, elapsedMs: wire.elapsedMs };
    }
    if (wire.type === 'report') last = wire.report;
    return wire;
  };
  const listeners = new Set<(msg: FromWorker) => void>();
  worker.addEventListener('message', (event: MessageEvent<WorkerWire>) => {
    const msg = decode(event.data);
    listeners.forEach((l) => l(msg));
  });
  return {
    post: (msg: ToWorker) => worker.postMessage(msg),
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate: () => worker.terminate(),
  };
}
