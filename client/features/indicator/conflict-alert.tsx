import type { ReactNode } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';

/** Someone saved first: nothing was written; load theirs or save this person's over it. */
export function ConflictAlert({
  title,
  children,
  pending,
  onLoadTheirs,
  onSaveMine,
}: {
  title: string;
  children: ReactNode;
  pending: boolean;
  onLoadTheirs: () => void;
  onSaveMine: () => void;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{children}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onLoadTheirs}>
          Load theirs
        </Button>
        <Button pending={pending} pendingLabel="Saving…" onClick={onSaveMine}>
          Save mine anyway
        </Button>
      </div>
    </Alert>
  );
}
