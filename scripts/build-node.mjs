// Bundles the Node-side entry points (the CLI now; Electron main/preload later) with esbuild,
// which Vite already brings in. Type checking is `npm run typecheck`; this only emits.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['electron/cli/main.ts'], format: 'esm', outfile: 'dist/cli.mjs' });
