import { useMutation } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/** Only a report never published can be deleted; a published one stays on record. */
export function DeleteReport({ networkId, reportId, title, onDeleted }: { networkId: number; reportId: number; title: string; onDeleted: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const remove = useMutation(trpc.report.delete.mutationOptions({ onSuccess: onDeleted }));
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) remove.reset();
      }}
      title="Delete this draft?"
      description={`“${title}” has never been published. Deleting it removes its words for everyone; the network’s data it drew on stays.`}
      confirmLabel="Delete draft"
      danger
      pending={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : undefined}
      onConfirm={() => remove.mutate({ networkId, reportId })}
      trigger={
        <Button variant="ghost">
          <Trash2 aria-hidden="true" className="size-4" /> Delete draft
        </Button>
      }
    />
  );
}
