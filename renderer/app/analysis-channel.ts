// Starts the analysis worker; if the platform refuses workers, checks run in-process instead
// (slower on big documents, but the app still works).
import type { AnalysisChannel } from '../editor/findings-plugin';
import { inlineChannel } from '../editor/inline-channel';
import { workerChannel } from '../editor/worker-channel';

export function startAnalysis(): AnalysisChannel {
  try {
    return workerChannel();
  } catch (error) {
    console.warn('Copydesk: analysis worker unavailable, checking in the page', error);
    return inlineChannel();
  }
}
