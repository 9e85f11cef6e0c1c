import type { DocumentSession } from './document-session';
import { useSessionSnapshot } from './stores';

export function ErrorBanner({ session }: { session: DocumentSession }) {
  const { error, notice } = useSessionSnapshot(session);
  if (!error && !notice) return null;
  return (
    <div
      className={error ? 'cd-banner cd-banner--error' : 'cd-banner'}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'error-message' : 'notice-message'}
    >
      <span>{error ?? notice}</span>
      <button type="button" onClick={() => session.dismissError()} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
