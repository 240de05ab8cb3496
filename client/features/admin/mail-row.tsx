import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

type Row = RouterOutputs['admin']['mail']['list']['latest'][number];

const TONE = { pending: 'neutral', sending: 'accent', sent: 'success', failed: 'danger', unknown: 'warning' } as const;

export function MailRow({ row, mailOn }: { row: Row; mailOn: boolean }) {
  const { t } = useTranslation('admin');
  const f = useFormats();
  const when =
    row.status === 'sent' && row.sentAt
      ? t('mail.row.sentAt', { time: f.dateTime(row.sentAt) })
      : row.status === 'pending'
        ? t('mail.row.nextAt', { time: f.dateTime(row.nextAttemptAt) })
        : t('mail.row.createdAt', { time: f.dateTime(row.createdAt) });
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={TONE[row.status]}>{t(`mail.status.${row.status}`)}</Badge>
          <span className="text-sm text-slate-700">{t(`mail.kind.${row.kind}`)}</span>
        </p>
        <p className="font-medium break-words text-slate-900" translate="no">
          {row.subject ?? t('mail.row.noSubject')}
        </p>
        <p className="text-sm break-all text-slate-700">
          {t('mail.row.to')} <span translate="no">{row.to}</span>
        </p>
        <p className="text-sm text-slate-700">
          {when} · {t('mail.row.attempts', { count: row.attempts, n: f.count(row.attempts) })}
        </p>
        {row.lastError && row.status !== 'sent' && (
          <p className="text-sm break-words text-red-800">
            {t('mail.row.lastError')} <span translate="no">{row.lastError}</span>
          </p>
        )}
      </div>
      {(row.status === 'failed' || row.status === 'unknown') && <SendAgain row={row} mailOn={mailOn} />}
    </li>
  );
}

function SendAgain({ row, mailOn }: { row: Row; mailOn: boolean }) {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const retry = useMutation(
    trpc.admin.mail.retry.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.admin.mail.pathFilter());
        setOpen(false);
      },
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) retry.reset();
      }}
      title={t('mail.retry.title', { to: row.to })}
      description={[row.status === 'unknown' ? t('mail.retry.unknownBody') : t('mail.retry.failedBody'), mailOn ? '' : t('mail.retry.offBody')].filter(Boolean).join(' ')}
      confirmLabel={t('mail.retry.confirm')}
      pending={retry.isPending}
      error={retry.isError ? errorMessage(retry.error) : undefined}
      onConfirm={() => retry.mutate({ id: row.id })}
      trigger={
        <Button variant="secondary" size="sm" className="min-h-11 shrink-0" aria-label={t('mail.retry.label', { to: row.to })}>
          {t('mail.retry.button')}
        </Button>
      }
    />
  );
}
