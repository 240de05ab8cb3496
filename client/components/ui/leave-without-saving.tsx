import type { Blocker } from 'react-router';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';

/** Asks before a link inside Needle leaves unsaved changes behind (pair it with a route blocker). */
export function LeaveWithoutSavingDialog({ blocker, description }: { blocker: Blocker; description: string }) {
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onOpenChange={(next) => {
        if (!next && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description={description}
    >
      <div className="flex flex-col gap-2">
        <Button onClick={() => blocker.reset?.()}>Stay and keep editing</Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Leave and discard my changes
        </Button>
      </div>
    </Dialog>
  );
}
