// Prints why tests were skipped (the list reporter shows only a dash), so a run on a machine
// without an Electron binary says so instead of looking like a pass.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private counts = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const skip = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip');
    const key = `[${test.parent.project()?.name ?? '?'}] ${skip?.description || 'no reason given'}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.counts) console.log(`  skipped ${count} ${count === 1 ? 'test' : 'tests'}: ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
