import type { Blocker } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';

/** Asks before a link inside Needle leaves unsaved cycle text behind (see the charter's leave guard). */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onOpenChange={(next) => {
        if (!next && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description="What you wrote here is not saved yet. If you leave now, it is lost."
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
