// Runs the CLI in-process with captured output, for the CLI's tests.
import { fileURLToPath } from 'node:url';
import { runCli } from './main';

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const root = fileURLToPath(new URL('../../', import.meta.url));

export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    color: false,
  });
  return { code, stdout, stderr };
}
