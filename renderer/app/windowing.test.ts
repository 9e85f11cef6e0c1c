import { describe, expect, it } from 'vitest';
import { prefixOffsets, visibleRange } from './windowing';

describe('windowing', () => {
  const offsets = prefixOffsets(Array.from({ length: 1000 }, () => 40));

  it('sums heights into tops and a total', () => {
    expect(prefixOffsets([10, 20, 5])).toEqual([0, 10, 30, 35]);
    expect(prefixOffsets([])).toEqual([0]);
  });

  it('takes the items overlapping the view plus the overscan', () => {
    expect(visibleRange(offsets, 0, 400, 0, 500)).toEqual({ start: 0, end: 10 });
    expect(visibleRange(offsets, 410, 810, 0, 500)).toEqual({ start: 10, end: 21 });
    expect(visibleRange(offsets, 400, 800, 80, 500)).toEqual({ start: 8, end: 22 });
  });

  it('renders nothing for a list wholly above or below the view', () => {
    expect(visibleRange(offsets, -900, -100, 50, 500)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(offsets, 40_100, 41_000, 50, 500)).toEqual({ start: 0, end: 0 });
  });

  it('reaches the last item and never more than `max`', () => {
    expect(visibleRange(offsets, 39_800, 40_600, 0, 500)).toEqual({ start: 995, end: 1000 });
    expect(visibleRange(offsets, 0, 40_000, 0, 30)).toEqual({ start: 0, end: 30 });
  });

  it('handles uneven heights', () => {
    const uneven = prefixOffsets([10, 100, 10, 10, 100]);
    expect(visibleRange(uneven, 50, 60, 0, 10)).toEqual({ start: 1, end: 2 });
    expect(visibleRange(uneven, 115, 135, 0, 10)).toEqual({ start: 2, end: 5 });
    expect(visibleRange(uneven, 115, 125, 0, 10)).toEqual({ start: 2, end: 4 });
  });
});
