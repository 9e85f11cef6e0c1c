// The story as published, beside the editor: the exported page itself as an iframe's srcdoc.
//
// Why `sandbox="allow-same-origin"` and not `sandbox=""`: the pane scrolls the paragraph under
// the cursor into view, which needs the parent to reach into the frame's document. The other
// ways all cost something: fragment navigation (#p-id) needs ids in the page, so the preview
// would no longer be byte for byte the exported file (or the export would carry editor ids),
// and re-rendering cannot scroll. What allow-same-origin gives away is nothing here, because
// nothing in the frame can run: the sandbox lacks allow-scripts (the dangerous pair is
// allow-scripts + allow-same-origin), the page's own CSP is `default-src 'none'` with no
// script-src, and a srcdoc document also inherits the app's CSP. No allow-forms, popups or
// top-navigation either; link clicks inside the frame are stopped by the app's
// `frame-src 'none'` (browser host) and by main's will-frame-navigate guard (Electron).
// The app CSP needs no change: about:srcdoc frames are not fetched, so frame-src does not
// apply to them (renderer/layout/preview.browser.test.ts checks this under the real headers).
//
// Updates are imperative (set `srcdoc` through a ref after a pause in typing) so typing never
// causes a React commit, and the frame never takes focus from the editor.
import { useEffect, useRef } from 'react';
import type { EditorController } from '../editor/controller';
import { blockAtCursor, bodyElementIndex, publish, type Published } from './publish';

export const PREVIEW_WIDTHS = { desktop: 1024, tablet: 768, mobile: 375 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

/** Re-render after this long without typing, and at least this often while typing on. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1500;
/** Following the cursor is cheaper (no re-render): a shorter pause. */
const CURSOR_MS = 120;

interface Props {
  controller: EditorController;
  width: PreviewWidth;
  onWidth: (width: PreviewWidth) => void;
  onClose: () => void;
}

export function PreviewPane({ controller, width, onWidth, onClose }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const follow = useRef<() => void>(() => {});

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    let published: Published | null = null;
    let renderTimer: ReturnType<typeof setTimeout> | null = null;
    let renderDue: number | null = null;
    let cursorTimer: ReturnType<typeof setTimeout> | null = null;
    let savedScroll = 0;

    /** Brings the block under the cursor into view in the frame, without moving the app. */
    const followCursor = () => {
      const doc = iframe.contentDocument;
      const scroller = doc?.scrollingElement;
      if (!doc || !scroller || !published) return;
      const state = controller.editorState;
      const index = blockAtCursor(state.doc, state.selection.$head.index(0), published.blockIds);
      if (index === null) {
        if (state.selection.$head.index(0) === 0) scroller.scrollTop = 0;
        return;
      }
      const body = [...(doc.querySelector('article')?.children ?? [])].filter((el) => el.tagName !== 'HEADER');
      const target = body[bodyElementIndex(published.article, index)];
      if (!target) return;
      const view = iframe.clientHeight;
      const box = target.getBoundingClientRect();
      // Only scroll when the block is not already fully visible; then put it a quarter down.
      if (box.top >= 0 && box.bottom <= view) return;
      scroller.scrollTop = Math.max(0, scroller.scrollTop + box.top - view / 4);
    };

    follow.current = followCursor;

    const render = () => {
      renderTimer = null;
      renderDue = null;
      const next = publish(controller.doc);
      published = next;
      if (iframe.srcdoc === next.page) return followCursor();
      savedScroll = iframe.contentDocument?.scrollingElement?.scrollTop ?? 0;
      iframe.srcdoc = next.page;
      iframe.dataset.renders = String(Number(iframe.dataset.renders ?? 0) + 1);
    };

    const onLoad = () => {
      const scroller = iframe.contentDocument?.scrollingElement;
      if (scroller) scroller.scrollTop = savedScroll;
      followCursor();
    };
    iframe.addEventListener('load', onLoad);

    const scheduleRender = () => {
      const now = Date.now();
      renderDue ??= now + MAX_WAIT_MS;
      if (renderTimer !== null) clearTimeout(renderTimer);
      renderTimer = setTimeout(render, Math.max(0, Math.min(QUIET_MS, renderDue - now)));
    };

    const unsubscribe = controller.onUpdate((_state, docChanged) => {
      if (docChanged) return scheduleRender();
      if (renderTimer !== null) return; // the render will follow the cursor when it loads
      if (cursorTimer !== null) clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => {
        cursorTimer = null;
        followCursor();
      }, CURSOR_MS);
    });
    render();
    return () => {
      unsubscribe();
      follow.current = () => {};
      iframe.removeEventListener('load', onLoad);
      if (renderTimer !== null) clearTimeout(renderTimer);
      if (cursorTimer !== null) clearTimeout(cursorTimer);
    };
  }, [controller]);

  // A new width reflows the page: bring the cursor's block back into view.
  useEffect(() => follow.current(), [width]);

  const choose = (next: PreviewWidth) => {
    onWidth(next);
    controller.focus();
  };

  return (
    <section className="cd-preview" aria-label="Published preview" data-testid="preview-pane">
      <div className="cd-preview__bar" role="toolbar" aria-label="Preview width">
        {(Object.keys(PREVIEW_WIDTHS) as PreviewWidth[]).map((name) => (
          <button
            key={name}
            type="button"
            data-testid={`preview-width-${name}`}
            aria-pressed={width === name}
            onClick={() => choose(name)}
            title={`${name[0]!.toUpperCase()}${name.slice(1)}: ${PREVIEW_WIDTHS[name]} px`}
          >
            {name === 'desktop' ? 'Desktop' : name === 'tablet' ? 'Tablet' : 'Mobile'}
          </button>
        ))}
        <button type="button" className="cd-preview__close" aria-label="Close preview" title="Close preview (Mod-Alt-P)" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="cd-preview__scroll">
        <iframe
          ref={frame}
          className="cd-preview__frame"
          data-testid="preview-frame"
          data-width={width}
          title="Published preview"
          sandbox="allow-same-origin"
          tabIndex={-1}
          style={{ width: `${PREVIEW_WIDTHS[width]}px` }}
        />
      </div>
    </section>
  );
}
