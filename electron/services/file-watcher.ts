// Notices when the open file changes on disk behind Copydesk's back. Watches the folder, not
// the file: an atomic save (ours or another editor's) replaces the file, and a watch on the
// old file would go quiet. Our own saves do not count: track() records their mtime first.
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { EventChannels } from '../ipc/contract';

export type ExternalChange = EventChannels['file:changed-externally'];

export class ExternalChangeWatcher {
  private watcher: FSWatcher | null = null;
  private path: string | null = null;
  private knownMtime: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly onChange: (change: ExternalChange) => void,
    private readonly debounceMs = 150,
  ) {}

  /** Follows `path` from now on, taking `mtimeMs` as the version Copydesk has. */
  track(path: string, mtimeMs: number): void {
    this.knownMtime = mtimeMs;
    if (path === this.path && this.watcher) return;
    this.stop();
    this.path = path;
    try {
      this.watcher = watch(dirname(path), { persistent: false }, (_event, name) => {
        if (name === null || name.toString() === basename(path)) this.schedule();
      });
      this.watcher.on('error', () => this.stop());
    } catch {
      // Some folders (network shares) cannot be watched; saving still works without it.
      this.watcher = null;
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    this.path = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.debounceMs);
  }

  private async check(): Promise<void> {
    const path = this.path;
    if (!path) return;
    const info = await stat(path).catch(() => null);
    if (path !== this.path) return;
    const mtimeMs = info?.isFile() ? info.mtimeMs : null;
    if (mtimeMs === this.knownMtime) return;
    this.knownMtime = mtimeMs;
    this.onChange({ path, exists: mtimeMs !== null, mtimeMs });
  }
}
