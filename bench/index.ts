// Every benchmark, in one run on the same machine state.
import { runAnalysisBench } from './analysis-bench';
import { runExportBench } from './export-bench';
import { runTypingBench } from './typing-bench';

export async function runBenchmarks(args: string[]): Promise<Record<string, unknown>> {
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const figures: Record<string, unknown> = {};
  if (!only || only === 'analysis') {
    console.log('== checker (Node) ==');
    figures.analysis = runAnalysisBench(10_000);
  }
  if (!only || only === 'export') {
    console.log('== HTML export (Node) ==');
    figures.export = runExportBench(10_000);
  }
  if (!only || only === 'typing') {
    console.log('== typing in Chromium (browser build) ==');
    const sizes = args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number);
    figures.typing = await runTypingBench(sizes);
    if ('skipped' in (figures.typing as object)) console.log(`typing benchmark skipped: ${(figures.typing as { skipped: string }).skipped}`);
  }
  return figures;
}
