// Copy HTML: the <article> fragment on the clipboard, as text/html (pastes formatted into rich
// editors) and as text/plain holding the same markup (pastes as source into a CMS's HTML field).
// Falls back to plain writeText, then to a copy event, where the async clipboard is refused
// (Electron denies permission requests; a menu click is not always a user gesture).
export async function copyHtml(html: string): Promise<void> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard && typeof ClipboardItem !== 'undefined') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([html], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // try the next way
    }
  }
  if (clipboard) {
    try {
      await clipboard.writeText(html);
      return;
    } catch {
      // try the next way
    }
  }
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', html);
    event.preventDefault();
    copied = Boolean(event.clipboardData);
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (!copied) throw new Error('the clipboard is not available');
}
