import { useQuery } from '@tanstack/react-query';
import { Pencil, Printer } from 'lucide-react';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { formatMomentDay } from '../../../shared/format/dates.ts';
import { ReportView } from '../../components/report/report-view.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { cx } from '../../components/ui/cx.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ExportButtons } from './export-buttons.tsx';
import { STATUS_LABELS, STATUS_TONES, type ReportPageState } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

/** A published report as its readers see it: the latest version by default, any earlier one on request. */
export function ReportPage() {
  const { network, standing } = useCurrentNetwork();
  const { reportId: param = '' } = useParams();
  const reportId = Number(param);
  const [search] = useSearchParams();
  const asked = Number(search.get('version'));
  const number = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const trpc = useTRPC();
  const location = useLocation();
  const [notice] = useState((location.state as ReportPageState)?.notice);
  const valid = Number.isInteger(reportId) && reportId > 0;
  const canEdit = can(standing, 'report.edit');
  const published = useQuery({ ...trpc.report.published.queryOptions({ networkId: network.id, reportId, ...(number ? { number } : {}) }), enabled: valid });
  const draft = useQuery({ ...trpc.report.draft.queryOptions({ networkId: network.id, reportId }), enabled: valid && canEdit });
  usePageTitle(published.data ? `${published.data.document.title} · ${network.name}` : `Report · ${network.name}`);

  const notFound = !valid || (published.isError && errorCode(published.error) === 'NOT_FOUND');
  // A draft never published has no reader's page yet: its writers go to the composer.
  if (notFound && canEdit && draft.data && draft.data.publications.length === 0) return <Navigate to={paths.editReport.href({ slug: network.slug, reportId: reportId! })} replace />;
  if (notFound && (!canEdit || draft.isError || !valid)) {
    return (
      <MessagePage headingLevel={2} title="Report not found">
        This report is not published, or there is no such report in this network. <Link to={paths.reports.href({ slug: network.slug })}>See all reports</Link>
      </MessagePage>
    );
  }
  if (published.isPending || (notFound && draft.isPending)) return <LoadingState label="Loading the report" />;
  if (published.isError) return <ErrorState message={errorMessage(published.error)} onRetry={() => void published.refetch()} />;

  const { document, versions } = published.data;
  const shown = published.data.number;
  const latest = versions[0]!.number;
  const status = draft.data?.status;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3" data-print-hide>
        <p className="text-sm">
          <Link to={paths.reports.href({ slug: network.slug })}>All reports</Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {canEdit && status && <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>}
          {canEdit && (
            <Link to={paths.editReport.href({ slug: network.slug, reportId: reportId! })} className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
              <Pencil aria-hidden="true" className="size-4" /> {status === 'correcting' ? 'Edit draft' : 'Start a correction'}
            </Link>
          )}
          <Button variant="secondary" onClick={() => window.print()}>
            <Printer aria-hidden="true" className="size-4" /> Print
          </Button>
        </div>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {canEdit && status === 'correcting' && (
        <Alert>The draft has changes that are not published yet. Readers see version {latest} until you publish the correction.</Alert>
      )}
      {shown !== latest && (
        <Alert title={`You are reading version ${shown}, an earlier version`}>
          <p>
            <Link to={paths.report.href({ slug: network.slug, reportId: reportId! })}>Read the latest, version {latest}</Link>
          </p>
        </Alert>
      )}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div data-print-region className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-8 print:border-0 print:p-0 print:shadow-none">
          <ReportView document={document} audience="network" titleLevel={2} />
        </div>
        <aside className="min-w-0 space-y-6" data-print-hide>
          <nav aria-labelledby="report-versions" className="space-y-2">
            <h3 id="report-versions" className="text-base font-semibold">
              Versions
            </h3>
            <ol className="space-y-2">
              {versions.map((v) => (
                <li key={v.number}>
                  <Link
                    to={paths.report.href({ slug: network.slug, reportId: reportId! }, { version: v.number === latest ? undefined : v.number })}
                    aria-current={v.number === shown ? 'page' : undefined}
                    className={cx(
                      'block rounded-lg border p-3 text-sm no-underline hover:no-underline',
                      v.number === shown ? 'border-accent-700 bg-accent-50 text-slate-900' : 'border-slate-200 bg-white text-slate-900 hover:bg-slate-50',
                    )}
                  >
                    <span className="block font-medium">
                      Version {v.number}
                      {v.number === latest ? ' (latest)' : ''}
                    </span>
                    <span className="block text-slate-700">{formatMomentDay(new Date(v.publishedAt).getTime(), document.content.period.timeZone)}</span>
                    {v.note && <span className="mt-1 block break-words text-slate-700">{v.note}</span>}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <section aria-labelledby="report-downloads" className="space-y-2">
            <h3 id="report-downloads" className="text-base font-semibold">
              Download
            </h3>
            <ExportButtons networkId={network.id} reportId={reportId} number={shown} />
          </section>
        </aside>
      </div>
    </div>
  );
}
