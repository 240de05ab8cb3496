import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, NotificationEvent } from '../../../shared/schemas/notification.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Select } from '../../components/ui/select.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

const DELIVERY_ORDER: readonly Delivery[] = ['off', 'in_app', 'email'];

/**
 * Per kind of change: off, in Needle, or in Needle and by email; and the weekly digest. A table of
 * label and choice on a wide screen, each choice under its label on a phone.
 */
export function NotificationSettings() {
  const { t } = useTranslation('account');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefs = useQuery(trpc.notifications.preferences.queryOptions());
  const save = useMutation(trpc.notifications.setPreferences.mutationOptions());
  const [changes, setChanges] = useState<Partial<Record<NotificationEvent, Delivery>>>({});
  const [digest, setDigest] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);

  if (prefs.isPending) return <LoadingState />;
  if (prefs.isError) return <ErrorState message={errorMessage(prefs.error)} onRetry={() => void prefs.refetch()} />;
  const { events, mailOn } = prefs.data;
  const weeklyDigest = digest ?? prefs.data.weeklyDigest;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await save.mutateAsync({ events: changes, weeklyDigest });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.notifications.preferences.queryKey() });
    setChanges({});
    setDigest(null);
    setSaved(true);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4">
      <p className="text-sm text-slate-700">{t('notifications.intro')}</p>
      {!mailOn && <Alert tone="info">{t('notifications.mailOff')}</Alert>}
      <div role="table" aria-label={t('notifications.title')} className="sm:divide-y sm:divide-slate-200">
        <div role="row" className="hidden sm:grid sm:grid-cols-[1fr_16rem] sm:gap-4 sm:pb-2">
          <span role="columnheader" className="text-xs font-medium text-slate-600">
            {t('notifications.whatHappens')}
          </span>
          <span role="columnheader" className="text-xs font-medium text-slate-600">
            {t('notifications.howToTell')}
          </span>
        </div>
        {events.map((e) => {
          const id = `notify-${e.event}`;
          // With email off, an email choice reads as what it does now; it is kept for when email is back.
          const value = changes[e.event] ?? (!mailOn && e.delivery === 'email' ? 'in_app' : e.delivery);
          return (
            <div role="row" key={e.event} className="grid gap-1 py-2 sm:grid-cols-[1fr_16rem] sm:items-center sm:gap-4">
              <label role="rowheader" htmlFor={id} className="text-sm text-slate-900">
                {t(`notifications.events.${e.event}`)}
              </label>
              <span role="cell">
                <Select
                  id={id}
                  value={value}
                  onChange={(ev) => {
                    setChanges((c) => ({ ...c, [e.event]: ev.target.value as Delivery }));
                    setSaved(false);
                  }}
                >
                  {DELIVERY_ORDER.map((d) => {
                    const words = t(`notifications.delivery.${d}`);
                    return (
                      <option key={d} value={d} disabled={d === 'email' && !mailOn}>
                        {d === e.byDefault ? t('notifications.usual', { choice: words }) : words}
                      </option>
                    );
                  })}
                </Select>
              </span>
            </div>
          );
        })}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t('notifications.digest.legend')}</legend>
        <label className="flex min-h-11 items-center gap-3 text-sm text-slate-900">
          <input
            type="checkbox"
            checked={weeklyDigest}
            disabled={!mailOn && !weeklyDigest}
            onChange={(ev) => {
              setDigest(ev.target.checked);
              setSaved(false);
            }}
            className="size-4 shrink-0 accent-accent-700"
          />
          {t('notifications.digest.label')}
        </label>
      </fieldset>
      <FormAlert message={save.isError ? errorMessage(save.error) : undefined} />
      {saved && <SuccessNotice>{t('notifications.saved')}</SuccessNotice>}
      <Button type="submit" pending={save.isPending} pendingLabel={t('notifications.saving')}>
        {t('notifications.save')}
      </Button>
    </form>
  );
}
