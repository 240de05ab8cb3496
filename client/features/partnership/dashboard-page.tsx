import { useQuery } from '@tanstack/react-query';
import { Download, Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_STATUSES, OUTCOME_AREAS, type NetworkStatus, type OutcomeArea } from '../../../shared/schemas/network.ts';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { csvText, downloadText } from '../../lib/download.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useWords } from '../../lib/use-words.ts';
import { cellsOf, csvRows, sortRows, type Column, type SortState } from './dashboard-cells.ts';
import { DashboardTable } from './dashboard-table.tsx';

/** The backbone's view of every network, for site admins and partnership staff. */
export function PartnershipDashboardPage() {
  const { t } = useTranslation(['partnership', 'common']);
  usePageTitle(t('dashboard.title'));
  const me = useMe();
  if (!me.data?.isAdmin && me.data?.partnershipStaff !== true) {
    return <MessagePage title={t('dashboard.refused.title')}>{t('dashboard.refused.body')}</MessagePage>;
  }
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useTranslation(['partnership', 'common']);
  const words = useWords('partnership', 'indicator', 'qi');
  const trpc = useTRPC();
  const query = useQuery(trpc.dashboard.networks.queryOptions());
  const [stage, setStage] = useState<NetworkStatus | ''>('');
  const [area, setArea] = useState<OutcomeArea | ''>('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortState>({ column: 'network', direction: 'ascending' });

  const all = useMemo(() => (query.data?.networks ?? []).map((row) => ({ row, cells: cellsOf(row, words) })), [query.data, words]);
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase(words.lang);
    const kept = all.filter(({ row }) => (!stage || row.status === stage) && (!area || row.outcomeArea === area) && (!needle || row.name.toLocaleLowerCase(words.lang).includes(needle)));
    return sortRows(kept, sort);
  }, [all, stage, area, search, sort, words.lang]);

  const onSort = (column: Column) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const download = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(t('dashboard.fileName', { date }), csvText(csvRows(shown, words)));
  };

  return (
    <>
      <PageHeader
        title={t('dashboard.heading')}
        description={
          <>
            <p>{t('dashboard.description')}</p>
            {query.data && <p className="mt-1">{t('dashboard.quarter', { period: words.f.period(query.data.quarter) })}</p>}
          </>
        }
        actions={
          all.length > 0 && (
            <Button variant="secondary" onClick={download}>
              <Download aria-hidden="true" className="size-4" /> {t('dashboard.download')}
            </Button>
          )
        }
      />
      {query.isPending && <LoadingState label={t('dashboard.loading')} />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.data && all.length === 0 && <EmptyState>{t('dashboard.empty')}</EmptyState>}
      {all.length > 0 && (
        <>
          <form role="search" aria-label={t('dashboard.filters.label')} onSubmit={(e) => e.preventDefault()} className="mb-4 grid gap-3 sm:grid-cols-3">
            <Field label={t('dashboard.filters.stage')}>
              {(p) => (
                <Select {...p} value={stage} onChange={(e) => setStage(e.target.value as NetworkStatus | '')}>
                  <option value="">{t('dashboard.filters.allStages')}</option>
                  {NETWORK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`common:labels.networkStatus.${s}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('dashboard.filters.area')}>
              {(p) => (
                <Select {...p} value={area} onChange={(e) => setArea(e.target.value as OutcomeArea | '')}>
                  <option value="">{t('dashboard.filters.allAreas')}</option>
                  {OUTCOME_AREAS.map((a) => (
                    <option key={a} value={a}>
                      {t(`common:labels.outcomeArea.${a}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('dashboard.filters.search')}>
              {(p) => (
                <div className="relative">
                  <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-600" />
                  <Input {...p} type="search" className="pl-9" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={100} />
                </div>
              )}
            </Field>
          </form>
          <p role="status" className="mb-2 text-sm text-slate-700">
            {t('dashboard.shown', { count: all.length, shown: words.f.count(shown.length), n: words.f.count(all.length) })}
          </p>
          {shown.length === 0 ? <EmptyState>{t('dashboard.noMatch')}</EmptyState> : <DashboardTable rows={shown} sort={sort} onSort={onSort} />}
        </>
      )}
    </>
  );
}
