// The app's AnalysisChannel: a module Web Worker bundled by Vite (worker format 'es').
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { AnalysisChannel } from './findings-plugin';

export function workerChannel(): AnalysisChannel & { terminate(): void } {
  const worker = new Worker(new URL('../worker/analysis-worker.ts', import.meta.url), { type: 'module' });
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
