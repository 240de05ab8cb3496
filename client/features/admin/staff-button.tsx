import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

type User = RouterOutputs['admin']['users'][number];

/** Gives a person the partnership staff role (read every network, change none) or takes it away, after asking. */
export function StaffButton({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const making = !user.partnershipStaff;
  const mutation = useMutation(
    trpc.admin.setPartnershipStaff.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.admin.pathFilter());
        setOpen(false);
      },
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) mutation.reset();
      }}
      title={t(making ? 'partnership.staff.makeTitle' : 'partnership.staff.endTitle', { name: user.name })}
      description={t(making ? 'partnership.staff.makeBody' : 'partnership.staff.endBody')}
      confirmLabel={t(making ? 'partnership.staff.make' : 'partnership.staff.end')}
      pending={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onConfirm={() => mutation.mutate({ userId: user.id, staff: making })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0" aria-label={t(making ? 'partnership.staff.makeLabel' : 'partnership.staff.endLabel', { name: user.name })}>
          {t(making ? 'partnership.staff.make' : 'partnership.staff.end')}
        </Button>
      }
    />
  );
}
