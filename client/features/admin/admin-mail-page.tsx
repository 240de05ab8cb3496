import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MAIL_STATUSES } from '../../../shared/schemas/notification.ts';
import { MailRow } from './mail-row.tsx';

/** The outbox as an administrator needs it: is email on, what failed, and what went out lately. */
export function AdminMailPage() {
  const { t } = useTranslation('admin');
  const f = useFormats();
  usePageTitle(t('mail.title'));
  const trpc = useTRPC();
  // The worker keeps changing the outbox: look again while the page is open.
  const mail = useQuery({ ...trpc.admin.mail.list.queryOptions(), refetchInterval: 15_000 });
  const data = mail.data;

  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.description')} />
      {mail.isPending && <LoadingState label={t('mail.loading')} />}
      {mail.isError && <ErrorState message={errorMessage(mail.error)} onRetry={() => void mail.refetch()} />}
      {data && (
        <div className="space-y-6">
          {data.mailOn ? (
            <Alert tone="success" title={t('mail.on')}>
              {t('mail.onBody')}
            </Alert>
          ) : (
            <Alert tone="warning" title={t('mail.off')}>
              {t('mail.offBody')}
            </Alert>
          )}
          <section aria-labelledby="mail-counts">
            <h2 id="mail-counts" className="sr-only">
              {t('mail.countsHeading')}
            </h2>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
              {MAIL_STATUSES.map((status) => (
                <div key={status} className="rounded-lg border border-slate-200 bg-white p-3">
                  <dt className="text-sm text-slate-700">{t(`mail.status.${status}`)}</dt>
                  <dd className="text-xl font-semibold text-slate-900">{f.count(data.counts[status])}</dd>
                </div>
              ))}
            </dl>
          </section>
          {data.troubled.length > 0 && (
            <section aria-labelledby="mail-troubled" className="space-y-2">
              <h2 id="mail-troubled" className="text-lg font-semibold text-slate-900">
                {t('mail.troubledHeading')}
              </h2>
              <p className="text-sm text-slate-700">{t('mail.troubledBody')}</p>
              <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
                {data.troubled.map((row) => (
                  <MailRow key={row.id} row={row} mailOn={data.mailOn} />
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="mail-latest" className="space-y-2">
            <h2 id="mail-latest" className="text-lg font-semibold text-slate-900">
              {t('mail.latestHeading')}
            </h2>
            {data.latest.length === 0 ? (
              <EmptyState>{t('mail.empty')}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
                {data.latest.map((row) => (
                  <MailRow key={row.id} row={row} mailOn={data.mailOn} />
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
