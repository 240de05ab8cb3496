import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NewReportDialog } from './new-report-dialog.tsx';
import { languageList, STATUS_TONES, type ReportListItem, type ReportPageState } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

export function ReportsPage() {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('list.pageTitle', { network: network.name }));
  const trpc = useTRPC();
  const reports = useQuery(trpc.report.list.queryOptions({ networkId: network.id }));
  const location = useLocation();
  const [notice] = useState((location.state as ReportPageState)?.notice);
  const canEdit = can(standing, 'report.edit');

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold text-slate-900">{t('list.heading')}</h2>
          <p className="text-sm text-slate-600">
            {reports.data
              ? t('list.count', { count: reports.data.length, n: f.count(reports.data.length) })
              : canEdit
                ? t('list.introEditor')
                : t('list.introReader')}
          </p>
        </div>
        {canEdit && <NewReportDialog />}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {reports.isPending && <LoadingState label={t('list.loading')} />}
      {reports.isError && <ErrorState message={errorMessage(reports.error)} onRetry={() => void reports.refetch()} />}
      {reports.data?.length === 0 && (
        <EmptyState>
          {canEdit ? t('list.emptyEditor') : t('list.emptyReader')}
        </EmptyState>
      )}
      {reports.data && reports.data.length > 0 && (
        <ul aria-label={t('list.label')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {reports.data.map((r) => (
            <ReportRow key={r.id} report={r} slug={network.slug} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportRow({ report: r, slug, canEdit }: { report: ReportListItem; slug: string; canEdit: boolean }) {
  const { t } = useTranslation('reports');
  const f = useFormats();
  // Said only when it is news: a version in both languages, or only in the other one.
  const screen = currentLanguage();
  const languages = r.languages.length > 1 || (r.languages.length === 1 && r.languages[0] !== screen && screen !== 'pseudo') ? languageList(r.languages, f.locale) : null;
  const href = r.latestVersion === null ? paths.editReport.href({ slug, reportId: r.id }) : paths.report.href({ slug, reportId: r.id });
  return (
    <li className="space-y-1 p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="font-medium text-slate-900">{f.period(r)}</span>
        {canEdit && <Badge tone={STATUS_TONES[r.status]}>{t(`status.${r.status}`)}</Badge>}
      </p>
      <Link to={href} translate="no" className="block font-medium break-words">
        {r.title}
      </Link>
      <p className="text-sm text-slate-700">
        {r.latestVersion === null
          ? t('list.notPublished', { date: f.date(new Date(r.updatedAt)) })
          : r.publishedAt
            ? t('list.versionPublished', { version: r.latestVersion, date: f.date(new Date(r.publishedAt)) })
            : t('version', { version: r.latestVersion })}
        {languages && ` · ${t('list.languages', { languages })}`}
      </p>
    </li>
  );
}
