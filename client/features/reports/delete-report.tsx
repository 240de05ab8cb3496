import { useMutation } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/** Only a report never published can be deleted; a published one stays on record. */
export function DeleteReport({ networkId, reportId, title, onDeleted }: { networkId: number; reportId: number; title: string; onDeleted: () => void }) {
  const { t } = useTranslation('reports');
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
      title={t('delete.title')}
      description={t('delete.description', { title })}
      confirmLabel={t('delete.confirm')}
      danger
      pending={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : undefined}
      onConfirm={() => remove.mutate({ networkId, reportId })}
      trigger={
        <Button variant="ghost">
          <Trash2 aria-hidden="true" className="size-4" /> {t('delete.confirm')}
        </Button>
      }
    />
  );
}
