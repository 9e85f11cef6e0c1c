// Find & replace (Mod-F). Matches are highlighted by the editor's search plugin; Enter finds
// the next, Shift-Enter the previous; "Replace all" is one undo step.
import { useEffect, useRef, useState } from 'react';
import type { EditorController } from '../editor/controller';
import { findNext, replaceAll, replaceNext } from '../editor/search';
import { useEditorSnapshot } from './stores';

interface Props {
  controller: EditorController;
  /** Bumped each time Mod-F is pressed, to refocus the field. */
  focusSignal: number;
  onClose: () => void;
}

export function FindBar({ controller, focusSignal, onClose }: Props) {
  const { searchMatches } = useEditorSnapshot(controller);
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [focusSignal]);

  useEffect(() => {
    controller.setSearch({ text, caseSensitive, wholeWord });
  }, [controller, text, caseSensitive, wholeWord]);

  useEffect(() => () => controller.setSearch(null), [controller]);

  const close = () => {
    onClose();
    controller.focus();
  };
  // Run without stealing focus from the find bar; a button that disables itself (no matches
  // left) would drop the focus to the page, so it goes back to the find field.
  const run = (command: Parameters<EditorController['run']>[0]) => {
    const view = controller.editorView;
    command(controller.editorState, controller.dispatch, view ?? undefined);
    setTimeout(() => {
      const active = document.activeElement as HTMLButtonElement | null;
      if (!active || active === document.body || active.disabled) field.current?.focus();
    });
  };

  return (
    // Escape closes the bar from any of its fields or buttons.
    <div className="cd-findbar" role="search" data-testid="find-bar" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <input
        ref={field}
        type="search"
        placeholder="Find"
        aria-label="Find"
        data-testid="find-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            run(findNext(e.shiftKey));
          }
        }}
      />
      <input
        type="text"
        placeholder="Replace with"
        aria-label="Replace with"
        data-testid="replace-input"
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            run(replaceNext(replacement));
          }
        }}
      />
      <label>
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Match case
      </label>
      <label>
        <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> Whole words
      </label>
      <span className="cd-muted" data-testid="find-count">
        {text ? `${searchMatches} found` : ''}
      </span>
      <button type="button" onClick={() => run(findNext(true))} disabled={!searchMatches} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => run(findNext())} disabled={!searchMatches} aria-label="Next match">
        ↓
      </button>
      <button type="button" onClick={() => run(replaceNext(replacement))} disabled={!searchMatches} data-testid="replace-one">
        Replace
      </button>
      <button type="button" onClick={() => run(replaceAll(replacement))} disabled={!searchMatches} data-testid="replace-all">
        Replace all
      </button>
      <button type="button" onClick={close} aria-label="Close find">
        ×
      </button>
    </div>
  );
}
