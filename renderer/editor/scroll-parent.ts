// The nearest ancestor that scrolls: the editor's findings window and the sidebar's windowed
// lists both measure what is visible against it.

/** The nearest ancestor of `el` with its own vertical scroll, or null for the document itself. */
export function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}
