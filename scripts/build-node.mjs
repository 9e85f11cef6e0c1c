// Bundles the Node-side entry points (the CLI, Electron main/preload, the browser host) with esbuild,
// which Vite already brings in. Type checking is `npm run typecheck`; this only emits.
import { build } from 'esbuild';
import { cliBuildOptions, common, requireBanner } from './node-bundles.mjs';

await build(cliBuildOptions());

// Electron main and preload: CommonJS, because sandboxed preloads cannot be ESM, and main
// follows suit so both load the same way. Electron itself is provided at run time.
const electronCommon = { ...common, format: 'cjs', external: ['electron'] };
await build({ ...electronCommon, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...electronCommon, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', target: 'chrome140' });

// The browser host (scripts/serve-browser.mjs, scripts/start.mjs). Bundled CommonJS
// dependencies call require(), which an ESM bundle only has through createRequire.
await build({
  ...common,
  entryPoints: ['electron/host/index.ts'],
  format: 'esm',
  outfile: 'dist/host.mjs',
  banner: requireBanner,
});
