import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ErrorAlert } from '../../ui/components/ErrorAlert';

interface UnsavedChangesPromptProps {
  when: boolean;
  /** e.g. "your kit changes". */
  what: string;
}

/** Asks before leaving the page (in-app navigation or closing the tab) while an edit is unsaved. */
export function UnsavedChangesPrompt({ when, what }: UnsavedChangesPromptProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ErrorAlert title="Leave without saving?" tone="warning">
      <p>{`You have not saved ${what}. Leaving this page discards them.`}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => blocker.reset()}>
          Stay and keep editing
        </button>
        <button type="button" className="button button--danger" onClick={() => blocker.proceed()}>
          Leave and discard
        </button>
      </div>
    </ErrorAlert>
  );
}
