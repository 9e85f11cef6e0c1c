import { describe, expect, it } from 'vitest';
import type { MenuCommand } from './ipc/contract';
import { buildMenuTemplate, flattenMenu, type MenuItemSpec } from './menu-template';

const ALL_COMMANDS: Record<MenuCommand, true> = {
  new: true,
  open: true,
  save: true,
  'save-as': true,
  find: true,
  'next-finding': true,
  'previous-finding': true,
  'remove-duplicates': true,
  'remove-boilerplate': true,
  'toggle-sidebar': true,
  'toggle-preview': true,
  'export-html': true,
  'copy-html': true,
  about: true,
};

const options = { appName: 'Copydesk', dev: false };

function byCommand(items: MenuItemSpec[], command: MenuCommand): MenuItemSpec | undefined {
  return flattenMenu(items).find((item) => item.command === command);
}

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  const menu = buildMenuTemplate(platform, options);

  it('uses the usual accelerators', () => {
    expect(byCommand(menu, 'new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byCommand(menu, 'open')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byCommand(menu, 'save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byCommand(menu, 'save-as')?.accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(byCommand(menu, 'find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byCommand(menu, 'next-finding')?.accelerator).toBe('F8');
    expect(byCommand(menu, 'previous-finding')?.accelerator).toBe('Shift+F8');
    expect(byCommand(menu, 'export-html')?.accelerator).toBe('Shift+CmdOrCtrl+E');
    expect(byCommand(menu, 'toggle-preview')?.accelerator).toBe('Alt+CmdOrCtrl+P');
  });

  it('offers Export HTML… and Copy HTML in the File menu', () => {
    const file = menu.find((item) => /File/.test(String(item.label)))!;
    const labels = flattenMenu([file]).map((item) => item.label);
    expect(labels).toContain('Export HTML…');
    expect(labels).toContain('Copy HTML');
  });

  it('only sends valid commands, and offers every command', () => {
    const commands = flattenMenu(menu).flatMap((item) => (item.command ? [item.command] : []));
    for (const command of commands) expect(ALL_COMMANDS[command]).toBe(true);
    expect(new Set(commands)).toEqual(new Set(Object.keys(ALL_COMMANDS)));
  });

  it('gives no item both a role and a command, and no accelerator twice', () => {
    const items = flattenMenu(menu);
    expect(items.filter((item) => item.role && item.command)).toEqual([]);
    const accelerators = items.flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('keeps the edit roles and zoom roles, and leaves dev tools out of production', () => {
    const roles = flattenMenu(menu).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(roles).toContain(role);
    }
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(flattenMenu(buildMenuTemplate(platform, { ...options, dev: true })).map((i) => i.role)).toContain('toggleDevTools');
  });
});

describe('platform differences', () => {
  it('has the app menu first on macOS only', () => {
    const mac = buildMenuTemplate('darwin', options);
    expect(mac[0]?.label).toBe('Copydesk');
    expect(flattenMenu([mac[0]!]).map((i) => i.role)).toContain('quit');
    const linux = buildMenuTemplate('linux', options);
    expect(linux.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('quits from File on Windows and Linux', () => {
    const file = buildMenuTemplate('win32', options)[0]!;
    expect(flattenMenu([file]).some((item) => item.role === 'quit')).toBe(true);
  });
});
