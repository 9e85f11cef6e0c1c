#!/usr/bin/env node
// The `copydesk` command. The TypeScript sources are bundled into dist/ by `npm run build`
// (run automatically by `npm install`, through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('copydesk: not built yet; run `npm run build` in the copydesk folder first\n');
  process.exit(2);
}
// A reader that stops early (`copydesk check … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import(pathToFileURL(entry).href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
