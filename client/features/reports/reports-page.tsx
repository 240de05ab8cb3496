import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { formatPeriod } from '../../../shared/format/dates.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../../shared/format/dates.ts';
import { plural } from '../../../shared/format/words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NewReportDialog } from './new-report-dialog.tsx';
import { STATUS_LABELS, STATUS_TONES, type ReportListItem, type ReportPageState } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

export function ReportsPage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(`Reports · ${network.name}`);
  const trpc = useTRPC();
  const reports = useQuery(trpc.report.list.queryOptions({ networkId: network.id }));
  const location = useLocation();
  const [notice] = useState((location.state as ReportPageState)?.notice);
  const canEdit = can(standing, 'report.edit');

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold text-slate-900">Progress reports</h2>
          <p className="text-sm text-slate-600">
            {reports.data
              ? `${plural(reports.data.length, 'report')}, newest period first.`
              : canEdit
                ? 'Reports on a period of the network’s work, newest first.'
                : 'The network’s published reports, newest first.'}
          </p>
        </div>
        {canEdit && <NewReportDialog />}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {reports.isPending && <LoadingState label="Loading reports" />}
      {reports.isError && <ErrorState message={errorMessage(reports.error)} onRetry={() => void reports.refetch()} />}
      {reports.data?.length === 0 && (
        <EmptyState>
          {canEdit
            ? 'No reports yet. Start one for a period: Needle gathers the indicator, cycles, plan and meetings, and you add the highlights.'
            : 'No report has been published yet. Facilitators and leads write them.'}
        </EmptyState>
      )}
      {reports.data && reports.data.length > 0 && (
        <ul aria-label="Reports" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {reports.data.map((r) => (
            <ReportRow key={r.id} report={r} slug={network.slug} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportRow({ report: r, slug, canEdit }: { report: ReportListItem; slug: string; canEdit: boolean }) {
  const href = r.latestVersion === null ? paths.editReport.href({ slug, reportId: r.id }) : paths.report.href({ slug, reportId: r.id });
  return (
    <li className="space-y-1 p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="font-medium text-slate-900">{formatPeriod(r)}</span>
        {canEdit && <Badge tone={STATUS_TONES[r.status]}>{STATUS_LABELS[r.status]}</Badge>}
      </p>
      <Link to={href} className="block font-medium break-words">
        {r.title}
      </Link>
      <p className="text-sm text-slate-700">
        {r.latestVersion === null
          ? `Not published yet · last saved ${formatDate(r.updatedAt)}`
          : `Version ${r.latestVersion}${r.publishedAt ? `, published ${formatDate(r.publishedAt)}` : ''}`}
      </p>
    </li>
  );
}
