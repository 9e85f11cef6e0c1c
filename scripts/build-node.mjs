// Bundles the Node-side entry points (the CLI, Electron main/preload, the browser host) with esbuild,
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
  banner: { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" },
});
