// The native menu as data: a pure function of the platform, so it is unit-tested without
// Electron. Items that are app commands carry `command`; main turns those into clicks that
// send 'menu:command' to the renderer. Everything else is an Electron role.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './ipc/contract';

export type MenuItemSpec = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  command?: MenuCommand;
  submenu?: MenuItemSpec[];
};

export interface MenuOptions {
  appName: string;
  /** Adds reload and developer tools to View. */
  dev: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

function command(label: string, id: MenuCommand, accelerator?: string): MenuItemSpec {
  return accelerator ? { label, command: id, accelerator } : { label, command: id };
}

export function buildMenuTemplate(platform: NodeJS.Platform, options: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const about = command(mac ? `About ${options.appName}` : 'About Copydesk', 'about');

  const appMenu: MenuItemSpec = {
    label: options.appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };

  const file: MenuItemSpec = {
    label: mac ? 'File' : '&File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      command('Export HTML…', 'export-html', 'Shift+CmdOrCtrl+E'),
      command('Copy HTML', 'copy-html'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
      separator,
      command('Remove All Duplicates', 'remove-duplicates'),
      command('Remove All Boilerplate', 'remove-boilerplate'),
    ],
  };

  const view: MenuItemSpec = {
    label: mac ? 'View' : '&View',
    submenu: [
      command('Next Finding', 'next-finding', 'F8'),
      command('Previous Finding', 'previous-finding', 'Shift+F8'),
      separator,
      // The sidebar toggle is rare and has no accelerator (menu accelerators steal keys from the
      // editor); the preview's Alt+CmdOrCtrl+P is not an editor key.
      command('Toggle Sidebar', 'toggle-sidebar'),
      command('Toggle Preview', 'toggle-preview', 'Alt+CmdOrCtrl+P'),
      separator,
      ...(options.dev ? [{ role: 'reload' } as MenuItemSpec, { role: 'toggleDevTools' } as MenuItemSpec, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemSpec = { role: 'help', label: mac ? 'Help' : '&Help', submenu: [command('About Copydesk', 'about')] };

  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}

/** Every item, depth first, for lookups and tests. */
export function flattenMenu(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
