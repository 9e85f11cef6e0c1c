// esbuild options for the Node-side bundles, shared by scripts/build-node.mjs and the tests
// that bundle the CLI into a private folder.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __COPYDESK_VERSION__: JSON.stringify(version) },
};

// Bundled CommonJS dependencies (write-file-atomic) use require() and __filename, which an ESM
// bundle only has through createRequire and import.meta.url.
export const requireBanner = {
  js: [
    "import { createRequire as __cdCreateRequire } from 'node:module';",
    "import { fileURLToPath as __cdFileURLToPath } from 'node:url';",
    "import { dirname as __cdDirname } from 'node:path';",
    'const require = __cdCreateRequire(import.meta.url);',
    'const __filename = __cdFileURLToPath(import.meta.url);',
    'const __dirname = __cdDirname(__filename);',
  ].join(' '),
};

/** The `copydesk` command's bundle (bin/copydesk.mjs loads it from dist/cli.mjs). */
export function cliBuildOptions(outfile = 'dist/cli.mjs', entry = 'electron/cli/main.ts') {
  return { ...common, entryPoints: [entry], format: 'esm', outfile, banner: requireBanner };
}
