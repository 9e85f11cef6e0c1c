// Starts the analysis worker. If the platform refuses it (at construction or when the script
// fails to load), checks move into the page: slower on big documents, but they keep working.
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { AnalysisChannel } from '../editor/findings-plugin';
import { inlineChannel } from '../editor/inline-channel';
import { workerChannel } from '../editor/worker-channel';

export function startAnalysis(): AnalysisChannel {
  const listeners = new Set<(msg: FromWorker) => void>();
  const emit = (msg: FromWorker) => listeners.forEach((l) => l(msg));
  let active: AnalysisChannel;
  let usingWorker = false;

  const fallBack = (error: unknown) => {
    if (!usingWorker) return;
    usingWorker = false;
    console.warn('Copydesk: analysis worker unavailable, checking in the page', error);
    active = inlineChannel();
    active.onMessage(emit);
    // The in-page session starts empty: ask the editor to send the whole document.
    emit({ type: 'resync', version: Number.MAX_SAFE_INTEGER, reason: 'analysis moved into the page' });
  };

  try {
    active = workerChannel(fallBack);
    usingWorker = true;
  } catch (error) {
    console.warn('Copydesk: analysis worker unavailable, checking in the page', error);
    active = inlineChannel();
  }
  active.onMessage(emit);

  return {
    post: (msg: ToWorker) => active.post(msg),
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
