import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CopyField } from '../../components/ui/copy-field.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';

type Person = { id: string; name: string };

/**
 * A one-time password reset link for someone, made by a site administrator: for when this Needle
 * sends no email, or the person cannot get theirs. Shown once, like an invitation link.
 */
export function ResetLinkDialog({ user }: { user: Person }) {
  const { t } = useTranslation('admin');
  const f = useFormats();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const make = useMutation(trpc.admin.resetLink.mutationOptions());
  const link = make.data ? `${window.location.origin}${paths.resetPassword.href({}, { token: make.data.token })}` : null;

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        // Closing forgets the link: it is shown once.
        if (!o) make.reset();
      }}
      title={t('resetLink.title', { name: user.name })}
      description={link ? undefined : t('resetLink.description', { name: user.name })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0" aria-label={t('resetLink.label', { name: user.name })}>
          {t('resetLink.button')}
        </Button>
      }
    >
      {link && make.data ? (
        <div className="space-y-4">
          <Alert tone="info" title={t('resetLink.shownOnceTitle')}>
            {t('resetLink.shownOnceBody')}
          </Alert>
          <CopyField label={t('resetLink.linkLabel', { name: user.name })} value={link} copyLabel={t('resetLink.copy')} />
          <p className="text-sm text-slate-600">{t('resetLink.expires', { date: f.dateTime(make.data.expiresAt) })}</p>
          <div className="flex justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('resetLink.close')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-4">
          {make.isError && <Alert tone="error">{errorMessage(make.error)}</Alert>}
          <div className="flex justify-end">
            <Button pending={make.isPending} pendingLabel={t('resetLink.pending')} onClick={() => make.mutate({ userId: user.id })}>
              {t('resetLink.make')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
