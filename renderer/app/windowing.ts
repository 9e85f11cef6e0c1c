// The arithmetic of a windowed list: which items overlap the visible part of the scroll area,
// given each item's (measured or estimated) height. Pure, so it is tested in Node.

/** `offsets[i]` is item i's top in list coordinates; `offsets[n]` is the list's full height. */
export function prefixOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  let y = 0;
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = y += heights[i]!;
  return offsets;
}

/** Items [start, end) that overlap [top - overscan, bottom + overscan), at most `max` of them. */
export function visibleRange(offsets: readonly number[], top: number, bottom: number, overscan: number, max: number): { start: number; end: number } {
  const n = offsets.length - 1;
  const lo = top - overscan;
  const hi = bottom + overscan;
  if (n <= 0 || hi <= 0 || lo >= offsets[n]!) return { start: 0, end: 0 };
  // start: the last item whose top is at or above `lo`.
  let a = 0;
  let b = n - 1;
  while (a < b) {
    const m = (a + b + 1) >> 1;
    if (offsets[m]! <= lo) a = m;
    else b = m - 1;
  }
  const start = a;
  // end: the first item whose top is at or below `hi`, exclusive.
  a = start;
  b = n;
  while (a < b) {
    const m = (a + b) >> 1;
    if (offsets[m]! >= hi) b = m;
    else a = m + 1;
  }
  return { start, end: Math.min(a, start + max) };
}
