// Findings come in paragraph order; these find a paragraph's among thousands without reading all.

/** Index of the first finding at or after paragraph `index`. */
export function firstAt(findings: readonly { index: number }[], index: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as { index: number }).index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The findings of paragraph `index`. */
export function findingsOf<T extends { index: number }>(findings: readonly T[], index: number): T[] {
  const from = firstAt(findings, index);
  let end = from;
  while (end < findings.length && (findings[end] as T).index === index) end++;
  return findings.slice(from, end);
}
