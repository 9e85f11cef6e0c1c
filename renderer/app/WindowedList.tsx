// A sidebar list that renders only the items in and near the visible part of its scroll area
// (the sidebar), with padding above and below standing in for the rest, so the scrollbar and
// the scroll height are those of the whole list. Short lists are rendered whole.
//
// Why: the sidebar's lists do not change while you type, yet Blink paints them with every
// keystroke; at 2,000 paragraphs the sources (≈130) and findings lists cost ≈1.5 ms of the
// keystroke's CPU. `content-visibility: auto` on the items made Blink's selection work slower.
//
// Heights are measured per item (by key) once rendered; items not yet seen count as the mean of
// those measured. Nothing here runs while typing: the list re-renders only when its items
// change (reports arrive in a pause) or the sidebar scrolls or resizes.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { scrollParent } from '../editor/scroll-parent';
import { prefixOffsets, visibleRange } from './windowing';

/** Lists up to this long are rendered whole. */
export const RENDER_ALL_UP_TO = 50;
/** Pixels rendered beyond each edge of the view, so a scroll rarely shows a gap. */
const OVERSCAN = 400;
/** Never more items than this, whatever the estimates say. */
const MAX_RENDERED = 120;
/** The view is tracked in steps of this many pixels: small scrolls cause no render. */
const STEP = 50;

/** Spread onto each item's `<li>`: its place in the whole list, for assistive technology and tests. */
export interface ItemPosition {
  'aria-posinset': number;
  'aria-setsize': number;
}

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** One `<li>` (with `key={itemKey(item)}` and `{...position}`). */
  renderItem: (item: T, position: ItemPosition) => ReactElement;
  className: string;
  /** A typical item's height in pixels, used until items are measured. */
  estimate: number;
}

export function WindowedList<T>({ items, itemKey, renderItem, className, estimate }: Props<T>) {
  const windowed = items.length > RENDER_ALL_UP_TO;
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  // The visible part of the scroll area in the list's coordinates (0 = the list's top edge).
  const [view, setView] = useState({ top: 0, bottom: 1000 });
  const [, setMeasured] = useState(0);

  const updateView = useCallback(() => {
    const ul = list.current;
    const scroller = ul && scrollParent(ul);
    if (!ul || !scroller || ul.getClientRects().length === 0) return; // in a closed group
    const at = ul.getBoundingClientRect().top;
    const box = scroller.getBoundingClientRect();
    const top = Math.floor((box.top - at) / STEP) * STEP;
    const bottom = Math.ceil((box.bottom - at) / STEP) * STEP;
    setView((v) => (v.top === top && v.bottom === bottom ? v : { top, bottom }));
  }, []);

  useEffect(() => {
    const ul = list.current;
    const scroller = ul && scrollParent(ul);
    if (!windowed || !scroller) return;
    scroller.addEventListener('scroll', updateView, { passive: true });
    // Opening or closing a group above moves this list without a render.
    scroller.addEventListener('toggle', updateView, { capture: true });
    const resize = new ResizeObserver(updateView);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', updateView);
      scroller.removeEventListener('toggle', updateView, { capture: true });
      resize.disconnect();
    };
  }, [windowed, updateView]);

  let known = 0;
  let sum = 0;
  const sizes: number[] = [];
  if (windowed) {
    for (const h of heights.current.values()) {
      known++;
      sum += h;
    }
    const mean = known ? sum / known : estimate;
    for (const item of items) sizes.push(heights.current.get(itemKey(item)) ?? mean);
  }
  const offsets = windowed ? prefixOffsets(sizes) : [];
  const { start, end } = windowed ? visibleRange(offsets, view.top, view.bottom, OVERSCAN, MAX_RENDERED) : { start: 0, end: items.length };

  // After the rendered items change: measure them, then check where the view is (the list may
  // have moved, say because the group above grew).
  useLayoutEffect(() => {
    const ul = list.current;
    if (!windowed || !ul || ul.getClientRects().length === 0) return;
    let changed = false;
    const children = ul.children;
    for (let i = 0; i < children.length; i++) {
      const item = items[start + i];
      if (item === undefined) break;
      const h = (children[i] as HTMLElement).getBoundingClientRect().height;
      if (h === 0) continue;
      const key = itemKey(item);
      const old = heights.current.get(key);
      if (old === undefined || Math.abs(old - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    // Forget items long gone (fixed, ignored, edited away).
    if (heights.current.size > 2 * items.length + 100) {
      const keep = new Set(items.map(itemKey));
      for (const key of heights.current.keys()) if (!keep.has(key)) heights.current.delete(key);
    }
    if (changed) setMeasured((n) => n + 1);
    updateView();
  }, [windowed, items, start, end, itemKey, updateView]);

  const setsize = items.length;
  const rendered: ReactElement[] = [];
  for (let i = start; i < end; i++) rendered.push(renderItem(items[i]!, { 'aria-posinset': i + 1, 'aria-setsize': setsize }));
  return (
    <ul
      ref={list}
      className={className}
      data-items={setsize}
      {...(windowed ? { 'data-windowed': '', style: { paddingTop: offsets[start], paddingBottom: offsets[setsize]! - offsets[end]! } } : {})}
    >
      {rendered}
    </ul>
  );
}
