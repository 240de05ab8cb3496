import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Blocker } from 'react-router';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';

/**
 * Asks before unsaved work is left behind: the browser's own prompt for a reload or a closed tab,
 * and a route blocker (shown with LeaveWithoutSavingDialog) for links inside Needle. `release`
 * lets a deliberate exit (after a save) through.
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

type Props = {
  blocker: Blocker;
  description: string;
  /** Runs before a leave that throws the changes away (e.g. to drop this device's copy). */
  onDiscard?: () => void;
  /** The changes wait on this device: leaving can keep them there instead of discarding them. */
  keptOnDevice?: boolean;
};

/** Asks before a link inside Needle leaves unsaved changes behind (pair it with useLeaveGuard). */
export function LeaveWithoutSavingDialog({ blocker, description, onDiscard, keptOnDevice = false }: Props) {
  const { t } = useTranslation();
  function discard() {
    onDiscard?.();
    blocker.proceed?.();
  }
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onOpenChange={(next) => {
        if (!next && blocker.state === 'blocked') blocker.reset();
      }}
      title={t('notices.leave.title')}
      description={description}
    >
      {/* The choices read best as a list, staying first; a row would wrap unevenly. */}
      <div className="flex flex-col gap-2">
        <Button onClick={() => blocker.reset?.()}>{t('notices.leave.stay')}</Button>
        {keptOnDevice && (
          <Button variant="secondary" onClick={() => blocker.proceed?.()}>
            {t('notices.leave.keepOnDevice')}
          </Button>
        )}
        <Button variant="danger" onClick={discard}>
          {keptOnDevice ? t('notices.leave.discard') : t('notices.leave.leaveAndDiscard')}
        </Button>
      </div>
    </Dialog>
  );
}
