// Saved resolve states, kept as two dense arrays sorted by paragraph position. A sparse array
// indexed by position made every edit walk (and copy) one slot per paragraph of the document;
// these hold one entry per checkpoint, found by binary search.
import type { ResolveState } from './resolve';

export class Checkpoints {
  constructor(
    readonly at: number[] = [],
    readonly states: ResolveState[] = [],
  ) {}

  get length(): number {
    return this.at.length;
  }

  /** Appends a state saved before paragraph `position` (positions must ascend). */
  push(position: number, state: ResolveState): void {
    this.at.push(position);
    this.states.push(state);
  }

  get lastPosition(): number {
    return this.at.length ? (this.at[this.at.length - 1] as number) : -1;
  }

  /** Index of the first checkpoint at or after `position`. */
  firstFrom(position: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.at[mid] as number) < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last checkpoint at or before `position`, or -1. */
  lastUpTo(position: number): number {
    return this.firstFrom(position + 1) - 1;
  }

  /** The state saved before exactly `position`, if one was. */
  stateAt(position: number): ResolveState | undefined {
    const k = this.firstFrom(position);
    return this.at[k] === position ? this.states[k] : undefined;
  }
}
