// Writes the exported page atomically: a temporary file in the output's own folder (so the
// rename cannot cross file systems), flushed, then renamed over the target. A reader or a
// crash never leaves half a page. (Not write-file-atomic: it is CommonJS and uses require(),
// which the CLI's ESM bundle cannot do.)
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // Replacing a file keeps its permissions, as saving over it in place would.
  const mode = await stat(target).then(
    (info) => (info.isFile() ? info.mode & 0o7777 : undefined),
    () => undefined,
  );
  const handle = await open(temp, 'wx', mode ?? 0o666);
  try {
    try {
      await handle.writeFile(content, 'utf8');
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
