import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';

/**
 * Asks before unsaved work is left behind: the browser's own prompt for a reload or a closed tab,
 * and a dialog for links inside Needle. `release` lets a deliberate exit (after a save) through.
 */
export function useLeaveGuard(unsaved: boolean) {
  const released = useRef(false);

  useEffect(() => {
    if (!unsaved) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (released.current) return;
      event.preventDefault();
      // Some browsers still show the prompt only when returnValue is set.
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { blocker, release };
}

export function LeaveDialog({ blocker, onDiscard }: { blocker: Blocker; onDiscard: () => void }) {
  const open = blocker.state === 'blocked';
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description="Your changes are not saved as a version yet, so nobody else can see them. If you leave, they stay on this device and come back the next time you open the editor."
    >
      {/* Three choices read best as a list, staying first; a row would wrap unevenly. */}
      <div className="flex flex-col gap-2">
        <Button onClick={() => blocker.reset?.()}>Stay and keep editing</Button>
        <Button variant="secondary" onClick={() => blocker.proceed?.()}>
          Leave, keep my changes on this device
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          Discard my changes
        </Button>
      </div>
    </Dialog>
  );
}
