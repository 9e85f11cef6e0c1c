// An in-process AnalysisChannel: the same session the worker runs, answering on a microtask.
// Used by tests, and by the app if a Worker cannot be started.
import type { FromWorker, ToWorker } from '../worker/protocol';
import { AnalysisSession } from '../worker/session';
import type { AnalysisChannel } from './findings-plugin';

export function inlineChannel(): AnalysisChannel & { settle(): Promise<void> } {
  const session = new AnalysisSession();
  const listeners = new Set<(msg: FromWorker) => void>();
  let scheduled: Promise<void> | null = null;
  const emit = (msg: FromWorker) => listeners.forEach((l) => l(msg));
  return {
    post(msg: ToWorker) {
      const reply = session.apply(msg);
      if (reply) {
        queueMicrotask(() => emit(reply));
        return;
      }
      // Coalesce a burst of edits into one report, like the worker does.
      scheduled ??= Promise.resolve().then(() => {
        scheduled = null;
        const started = performance.now();
        const report = session.report();
        emit({ type: 'report', version: session.version, report, elapsedMs: performance.now() - started });
      });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settle() {
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    },
  };
}
