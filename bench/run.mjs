// `npm run bench`: prints figures, asserts nothing. The last line is one JSON object of them.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

// Bundled inside the project so its node_modules resolve (dependencies stay external).
const out = 'dist/bench/bench.mjs';
await build({
  entryPoints: ['bench/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
});
const { runBenchmarks } = await import(pathToFileURL(out).href);
const figures = await runBenchmarks(process.argv.slice(2));
console.log(JSON.stringify(figures));
