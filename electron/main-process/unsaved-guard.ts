// Asks before a window with unsaved changes closes. The renderer already reports its dirty
// state through window:set-title, so main knows without another channel.
import { BrowserWindow, dialog } from 'electron';

const dirtyWindows = new WeakSet<BrowserWindow>();

export function markDirty(win: BrowserWindow, dirty: boolean): void {
  if (dirty) dirtyWindows.add(win);
  else dirtyWindows.delete(win);
}

export function guardUnsavedChanges(win: BrowserWindow): void {
  win.on('close', (event) => {
    if (!dirtyWindows.has(win)) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Discard Changes', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Close without saving?',
      detail: 'The article has changes that are not saved yet.',
    });
    if (choice === 1) event.preventDefault();
    else dirtyWindows.delete(win);
  });
}
