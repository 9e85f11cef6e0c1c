// The in-app file chooser for browser mode, where there are no native dialogs: a folder
// listing from fs:list plus a path box that accepts any full path.
import { useEffect, useState } from 'react';
import type { DirListing } from '../../electron/ipc/contract';
import { errorMessage } from '../platform/api';
import type { ChooserRequest, DocumentSession } from './document-session';

interface Props {
  session: DocumentSession;
  request: ChooserRequest;
}

export function FileChooser({ session, request }: Props) {
  const [dir, setDir] = useState(request.dir);
  const [path, setPath] = useState(request.path);
  const [listing, setListing] = useState<DirListing | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!dir) return;
    let live = true;
    session.listDir(dir).then(
      (result) => {
        if (!live) return;
        setListing(result);
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [dir, session]);

  const pick = (entry: DirListing['entries'][number]) => {
    if (entry.kind === 'dir') setDir(entry.path);
    else if (request.mode === 'open') setPath(entry.path);
    else setPath(entry.path);
  };

  const title = request.mode === 'open' ? 'Open an article' : request.purpose === 'export' ? 'Export the published page as' : 'Save the article as';
  return (
    <div className="cd-modal" role="presentation" onKeyDown={(e) => e.key === 'Escape' && session.resolveChooser(null)}>
      <form
        className="cd-dialog cd-chooser"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid="file-chooser"
        onSubmit={(e) => {
          e.preventDefault();
          session.resolveChooser(path);
        }}
      >
        <h2>{title}</h2>
        <div className="cd-chooser__dir">
          <button type="button" disabled={!listing?.parent} onClick={() => listing?.parent && setDir(listing.parent)} aria-label="Parent folder">
            ↑
          </button>
          <code title={listing?.dir ?? dir}>{listing?.dir ?? dir}</code>
        </div>
        {error ? (
          <p className="cd-banner cd-banner--error" role="alert">
            {error}
          </p>
        ) : null}
        <ul className="cd-chooser__list" aria-label="Folder contents">
          {(listing?.entries ?? []).map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={`cd-entry cd-entry--${entry.kind}${entry.path === path ? ' cd-entry--selected' : ''}`}
                onClick={() => pick(entry)}
                onDoubleClick={() => entry.kind === 'file' && session.resolveChooser(entry.path)}
              >
                {entry.kind === 'dir' ? '📁 ' : ''}
                {entry.name}
              </button>
            </li>
          ))}
        </ul>
        <label className="cd-chooser__path">
          Path
          <input
            autoFocus
            type="text"
            data-testid="file-chooser-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/full/path/to/article.md"
            spellCheck={false}
          />
        </label>
        <div className="cd-dialog__buttons">
          <button type="button" onClick={() => session.resolveChooser(null)}>
            Cancel
          </button>
          <button type="submit" data-testid="file-chooser-ok" disabled={!path.trim()}>
            {request.mode === 'open' ? 'Open' : request.purpose === 'export' ? 'Export' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  );
}
