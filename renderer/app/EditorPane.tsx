// The editor's place in the page. The EditorView is mounted once into this div and owned by
// the controller; React never renders inside it.
import { useEffect, useRef } from 'react';
import type { EditorController } from '../editor/controller';

export function EditorPane({ controller }: { controller: EditorController }) {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (place.current) controller.mount(place.current);
    // The controller outlives StrictMode's mount/unmount/mount; App destroys it on unload.
  }, [controller]);
  return (
    <div className="cd-editor-scroll">
      <div className="cd-editor" data-testid="editor" ref={place} />
    </div>
  );
}
