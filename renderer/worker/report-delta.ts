// Reports as changes against the previous one. While the editor types, a report goes out every
// REPORT_MS and almost all of it is what the editor already has; structured-cloning the whole
// report (over 1 MB at 10,000 paragraphs) and reading it back on the main thread cost more than
// the edit. Each array is sent as the run that differs between a common prefix and a common
// suffix, so patching gives back exactly the worker's report (unchanged entries keep their
// identity on the receiving side).
import type { Report } from '../analysis/types';

export interface ArrayPatch<T> {
  /** Entries kept from the start of the previous array. */
  head: number;
  /** Entries kept from the end of the previous array. */
  tail: number;
  /** What goes between them. */
  mid: T[];
}

export interface ReportDelta {
  paragraphs: number;
  duplicates: ArrayPatch<Report['duplicates'][number]>;
  boilerplate: ArrayPatch<Report['boilerplate'][number]>;
  quotes: ArrayPatch<Report['quotes'][number]>;
  sources: ArrayPatch<Report['sources'][number]>;
}

/** Findings are flat records of primitives. */
function sameRecord(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

export function diffArray<T extends object>(prev: readonly T[], next: readonly T[]): ArrayPatch<T> {
  const n = Math.min(prev.length, next.length);
  let head = 0;
  while (head < n && sameRecord(prev[head]!, next[head]!)) head++;
  let tail = 0;
  while (tail < n - head && sameRecord(prev[prev.length - 1 - tail]!, next[next.length - 1 - tail]!)) tail++;
  return { head, tail, mid: next.slice(head, next.length - tail) };
}

export function patchArray<T>(prev: readonly T[], patch: ArrayPatch<T>): T[] {
  if (patch.mid.length === 0 && patch.head + patch.tail === prev.length) return prev as T[];
  return prev.slice(0, patch.head).concat(patch.mid, prev.slice(prev.length - patch.tail));
}

export function diffReport(prev: Report, next: Report): ReportDelta {
  return {
    paragraphs: next.paragraphs,
    duplicates: diffArray(prev.duplicates, next.duplicates),
    boilerplate: diffArray(prev.boilerplate, next.boilerplate),
    quotes: diffArray(prev.quotes, next.quotes),
    sources: diffArray(prev.sources, next.sources),
  };
}

/** The report `delta` was computed for. Arrays that did not change are the previous ones. */
export function patchReport(prev: Report, delta: ReportDelta): Report {
  return {
    paragraphs: delta.paragraphs,
    duplicates: patchArray(prev.duplicates, delta.duplicates),
    boilerplate: patchArray(prev.boilerplate, delta.boilerplate),
    quotes: patchArray(prev.quotes, delta.quotes),
    sources: patchArray(prev.sources, delta.sources),
  };
}
