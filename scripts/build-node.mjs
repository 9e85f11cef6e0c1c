// Bundles the Node-side entry points (the CLI now; Electron main/preload later) with esbuild,
// which Vite already brings in. Type checking is `npm run typecheck`; this only emits.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __COPYDESK_VERSION__: JSON.stringify(version) },
};

await build({ ...common, entryPoints: ['electron/cli/main.ts'], format: 'esm', outfile: 'dist/cli.mjs' });
