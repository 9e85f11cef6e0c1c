// Every benchmark, in one run on the same machine state.
import { runAnalysisBench } from './analysis-bench';

export async function runBenchmarks(_args: string[]): Promise<Record<string, unknown>> {
  console.log('== checker (Node) ==');
  const analysis = runAnalysisBench(10_000);
  return { analysis };
}
