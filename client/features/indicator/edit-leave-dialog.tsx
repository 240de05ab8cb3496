import type { Blocker } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';

/** Asks before leaving a form with unsaved changes (nothing is kept on the device here). */
export function EditLeaveDialog({ blocker }: { blocker: Blocker }) {
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onOpenChange={(next) => {
        if (!next && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description="Your changes to the indicator are not saved. If you leave, they are lost."
    >
      <div className="flex flex-col gap-2">
        <Button onClick={() => blocker.reset?.()}>Stay and keep editing</Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Leave and lose my changes
        </Button>
      </div>
    </Dialog>
  );
}
