// The app's AnalysisChannel: a module Web Worker bundled by Vite (worker format 'es').
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { AnalysisChannel } from './findings-plugin';

export function workerChannel(onFailure: (error: unknown) => void): AnalysisChannel & { terminate(): void } {
  const worker = new Worker(new URL('../worker/analysis-worker.ts', import.meta.url), { type: 'module' });
  // A worker that cannot load (blocked scheme, CSP) reports it here, not by throwing.
  worker.addEventListener('error', (event) => onFailure(event.message || event), { once: true });
  return {
    post: (msg: ToWorker) => worker.postMessage(msg),
    onMessage(listener) {
      const handle = (event: MessageEvent<FromWorker>) => listener(event.data);
      worker.addEventListener('message', handle);
      return () => worker.removeEventListener('message', handle);
    },
    terminate: () => worker.terminate(),
  };
}
