// React bindings for the two plain stores. useSyncExternalStore reads one snapshot per render
// for every component, so the sidebar, status bar and title never disagree mid-update.
import { useSyncExternalStore } from 'react';
import type { EditorController, EditorSnapshot } from '../editor/controller';
import type { DocumentSession, SessionSnapshot } from './document-session';

export function useEditorSnapshot(controller: EditorController): EditorSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

export function useSessionSnapshot(session: DocumentSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
