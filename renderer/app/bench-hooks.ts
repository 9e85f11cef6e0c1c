// Hooks for benchmarks and e2e tests: switch the live checks off to compare typing latency,
// and load a text without going through a file.
import type { EditorController } from '../editor/controller';
import { fromPlainText } from '../editor/serialize';

export interface CopydeskTestHooks {
  setChecksEnabled(on: boolean): void;
  loadText(text: string): void;
  ready: boolean;
}

declare global {
  interface Window {
    __copydesk?: CopydeskTestHooks;
  }
}

export function installTestHooks(controller: EditorController): CopydeskTestHooks {
  const hooks: CopydeskTestHooks = {
    setChecksEnabled: (on) => controller.setChecksEnabled(on),
    loadText: (text) => controller.load(fromPlainText(text)),
    ready: false,
  };
  window.__copydesk = hooks;
  return hooks;
}
