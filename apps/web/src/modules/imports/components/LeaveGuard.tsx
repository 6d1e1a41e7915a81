import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ModalDialog } from '../../ui/components/ModalDialog';

interface LeaveGuardProps {
  /** Whether leaving now would lose sight of something still running. */
  when: boolean;
  message: string;
}

/**
 * While `when`, asks before the user leaves the page: in-app navigation is held by the router
 * (and confirmed in a dialog), closing or reloading the tab by the browser's own question.
 */
export function LeaveGuard({ when, message }: LeaveGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  // The commit ended while the question was open: nothing to lose any more.
  useEffect(() => {
    if (!when && blocker.state === 'blocked') blocker.proceed();
  }, [when, blocker]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ModalDialog title="Leave this page?" onClose={() => blocker.reset()}>
      <p>{message}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" data-autofocus onClick={() => blocker.reset()}>
          Stay on this page
        </button>
        <button type="button" className="button" onClick={() => blocker.proceed()}>
          Leave
        </button>
      </div>
    </ModalDialog>
  );
}
