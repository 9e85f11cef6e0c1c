// Electron's security checklist, applied to every web contents the app creates: no navigation
// away from the app, no new windows, no webviews, no permissions (camera, notifications…).
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

function isSafeExternal(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // Sub-frames too (the preview pane is a srcdoc iframe): links in an article never load inside the app.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url) && !event.url.startsWith('about:')) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in an article open in the user's browser, never inside the app.
    if (isSafeExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  }, () => {});
}
