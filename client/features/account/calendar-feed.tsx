import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { CopyField } from '../../components/ui/copy-field.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * The person's calendar feed: a secret address their calendar app subscribes to. The server gives
 * the path; the address is the one this page was reached at, as people will paste it.
 */
export function CalendarFeed() {
  const { t } = useTranslation('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const address = useQuery(trpc.account.calendar.queryOptions());
  const [confirming, setConfirming] = useState(false);
  const [wasReset, setWasReset] = useState(false);
  const reset = useMutation(
    trpc.account.resetCalendar.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.account.calendar.queryKey(), data),
    }),
  );

  if (address.isPending) return <LoadingState />;
  if (address.isError) return <ErrorState message={errorMessage(address.error)} onRetry={() => void address.refetch()} />;

  const intro = (
    <>
      <p className="text-sm text-slate-700">{t('calendar.intro')}</p>
      <p className="text-sm text-slate-700">{t('calendar.private')}</p>
    </>
  );

  if (!address.data) {
    return (
      <div className="space-y-4">
        {intro}
        <FormAlert message={reset.isError ? errorMessage(reset.error) : undefined} />
        <Button pending={reset.isPending} pendingLabel={t('calendar.creating')} onClick={() => reset.mutate()}>
          {t('calendar.create')}
        </Button>
      </div>
    );
  }

  const url = `${window.location.origin}${address.data.path}`;
  const webcal = `webcal://${window.location.host}${address.data.path}`;
  return (
    <div className="space-y-4">
      {intro}
      {wasReset && <SuccessNotice>{t('calendar.resetDone')}</SuccessNotice>}
      <CopyField label={t('calendar.address')} value={url} copyLabel={t('calendar.copy')} />
      <div>
        <h3 className="text-sm font-medium text-slate-900">{t('calendar.howTo')}</h3>
        <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-slate-700">
          <li>{t('calendar.google')}</li>
          <li>{t('calendar.outlook')}</li>
          <li>{t('calendar.apple')}</li>
        </ul>
        <p className="mt-3 text-sm">
          <a href={webcal}>{t('calendar.webcal')}</a>
        </p>
        <p className="mt-3 text-sm text-slate-700">{t('calendar.delay')}</p>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          if (!open) reset.reset();
        }}
        title={t('calendar.resetTitle')}
        description={t('calendar.resetBody')}
        confirmLabel={reset.isPending ? t('calendar.resetting') : t('calendar.reset')}
        danger
        pending={reset.isPending}
        error={reset.isError ? errorMessage(reset.error) : undefined}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setWasReset(true);
            },
          })
        }
        trigger={<Button variant="secondary">{t('calendar.reset')}</Button>}
      />
    </div>
  );
}
