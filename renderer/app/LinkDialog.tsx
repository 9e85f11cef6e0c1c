// Mod-K: set or remove the selection's link. Electron has no window.prompt, so it's in-app.
import { useState } from 'react';

interface Props {
  initial: string | null;
  onSubmit: (href: string) => boolean;
  onClose: () => void;
}

export function LinkDialog({ initial, onSubmit, onClose }: Props) {
  const [href, setHref] = useState(initial ?? 'https://');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="cd-modal" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="cd-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Link"
        onSubmit={(e) => {
          e.preventDefault();
          if (onSubmit(href)) onClose();
          else setError('Links must start with http://, https:// or mailto:');
        }}
      >
        <h2>Link</h2>
        <input autoFocus type="url" aria-label="Address" value={href} onChange={(e) => setHref(e.target.value)} spellCheck={false} />
        {error ? <p className="cd-error-text">{error}</p> : null}
        <div className="cd-dialog__buttons">
          {initial ? (
            <button type="button" onClick={() => onSubmit('') && onClose()}>
              Remove link
            </button>
          ) : null}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Apply</button>
        </div>
      </form>
    </div>
  );
}
