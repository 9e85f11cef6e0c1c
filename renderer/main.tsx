// Renderer entry: one editor controller, one document session, one React root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../assets/copydesk.css';
import { App } from './app/App';
import { startAnalysis } from './app/analysis-channel';
import { installTestHooks } from './app/bench-hooks';
import { DocumentSession } from './app/document-session';
import { EditorController } from './editor/controller';
import { getApi } from './platform/api';

const api = getApi();
const controller = new EditorController(startAnalysis());
const session = new DocumentSession(api, controller);
const hooks = installTestHooks(controller);

window.addEventListener('beforeunload', (event) => {
  // Electron's main process asks itself (it knows the dirty flag); this covers browser tabs.
  if (session.getSnapshot().platform === 'browser' && controller.getSnapshot().dirty) event.preventDefault();
});

const root = document.getElementById('root');
if (!root) throw new Error('Copydesk: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App api={api} controller={controller} session={session} />
  </StrictMode>,
);

// The editor mounts in an effect; mark ready once it is in the page.
const whenMounted = () => {
  if (controller.editorView) {
    hooks.ready = true;
    controller.focus();
  } else requestAnimationFrame(whenMounted);
};
requestAnimationFrame(whenMounted);
