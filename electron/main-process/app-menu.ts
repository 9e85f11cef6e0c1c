// Builds the native menu from the pure template; command items send 'menu:command' to the
// focused window's renderer.
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventChannels } from '../ipc/contract';
import { buildMenuTemplate, type MenuItemSpec } from '../menu-template';

function toElectron(item: MenuItemSpec): MenuItemConstructorOptions {
  const { command, submenu, ...rest } = item;
  const options: MenuItemConstructorOptions = { ...rest };
  if (submenu) options.submenu = submenu.map(toElectron);
  if (command) {
    options.click = (_item, window) => {
      const target = window instanceof BrowserWindow ? window : BrowserWindow.getFocusedWindow();
      const payload: EventChannels['menu:command'] = { command };
      target?.webContents.send('menu:command', payload);
    };
  }
  return options;
}

export function installMenu(dev: boolean): void {
  const template = buildMenuTemplate(process.platform, { appName: 'Copydesk', dev });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}
