import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { GitBranch, Plus, Zap } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { Button, buttonClasses } from '../../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { CycleFilters, CycleSearch } from './cycle-filters.tsx';
import { CycleOverview } from './cycle-overview.tsx';
import { CycleResult } from './cycle-result.tsx';
import { isFiltered, readListFilters, toListInput, withFilter, withPage, type FilterKey } from './list-filters.ts';
import { useCycleLookups, type CyclePageState, type Overview } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

const linkButton = (variant: 'primary' | 'secondary') => buttonClasses(variant, 'md', 'no-underline hover:no-underline');

export function CyclesPage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(`Cycles · ${network.name}`);
  const trpc = useTRPC();
  const location = useLocation();
  const [notice] = useState((location.state as CyclePageState)?.notice);
  const [params, setParams] = useSearchParams();
  const filters = readListFilters(params);
  const { input, problems } = toListInput(network.id, filters);
  const canCreate = can(standing, 'cycle.create');

  const overview = useQuery(trpc.cycle.overview.queryOptions({ networkId: network.id }));
  // The previous page of results stays on screen while the next loads, so the list does not jump.
  const list = useQuery(trpc.cycle.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const lookups = useCycleLookups();
  const ramp = useQuery({ ...trpc.cycle.ramp.queryOptions({ networkId: network.id, rampId: Number(filters.rampId) || 0 }), enabled: !!input.rampId });

  function change(key: FilterKey, value: string, replace = false) {
    setParams(withFilter(params, key, value), { replace });
  }

  const filtered = isFiltered(filters);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold text-slate-900">Cycles</h2>
          <p className="text-sm text-slate-600">Plan–Do–Study–Act cycles: small tests of the change ideas, and what each one taught.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canCreate && (
            <>
              <Link to={paths.quickLog.href({ slug: network.slug })} className={linkButton('secondary')}>
                <Zap aria-hidden="true" className="size-4" /> Quick log
              </Link>
              <Link to={paths.newCycle.href({ slug: network.slug })} className={linkButton('primary')}>
                <Plus aria-hidden="true" className="size-4" /> New cycle
              </Link>
            </>
          )}
        </div>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      {/* The overview and the first page of results arrive together: sections appearing one by one
          would push the ones below them down while the person starts to read. */}
      {overview.isPending || list.isPending ? (
        <LoadingState label="Loading cycles" />
      ) : (
        <>
          {overview.isError && <ErrorState message={errorMessage(overview.error)} onRetry={() => void overview.refetch()} />}
          {overview.data && overview.data.total > 0 && <OverviewToggle overview={overview.data} />}

          <p>
            <Link to={paths.ramps.href({ slug: network.slug })} className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium">
              <GitBranch aria-hidden="true" className="size-4" /> Ramps: cycles that build on each other
            </Link>
          </p>

          <section aria-labelledby="find-heading" className="space-y-3">
            <h3 id="find-heading" className="sr-only">
              Find cycles
            </h3>
            <CycleSearch key={filters.q} q={filters.q} onSearch={(q) => change('q', q)} />
            <CycleFilters filters={filters} lookups={lookups.data} onChange={change} onClear={() => setParams(new URLSearchParams())} />
            {lookups.error && <p className="text-sm text-slate-700">Some filter choices could not be loaded: {errorMessage(lookups.error)}</p>}
            {input.rampId && (
              <p className="text-sm text-slate-800">
                Showing the cycles of ramp <strong className="font-semibold">“{ramp.data?.title ?? '…'}”</strong>.{' '}
                <Link to={`?${withFilter(params, 'rampId', '').toString()}`}>Show all ramps</Link>
              </p>
            )}
            {input.toComplete && (
              <p className="text-sm text-slate-800">
                Showing quick logs still to complete. <Link to={`?${withFilter(params, 'toComplete', '').toString()}`}>Show all cycles</Link>
              </p>
            )}
            {problems.length > 0 && <Alert>Part of the link could not be used, so it is left out: {problems.join(' ')}</Alert>}
          </section>

          <section aria-labelledby="results-heading" className="space-y-3">
            <h3 id="results-heading" className="sr-only">
              Results
            </h3>
            <p aria-live="polite" className="text-sm font-medium text-slate-800">
              {list.data ? countText(list.data, filtered) : ''}
            </p>
            {list.isError && <ErrorState message={errorMessage(list.error)} onRetry={() => void list.refetch()} />}
            {list.data &&
              (list.data.items.length > 0 ? (
                <>
                  <ul aria-label="Cycles" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs" aria-busy={list.isPlaceholderData || undefined}>
                    {list.data.items.map((c) => (
                      <CycleResult key={c.id} cycle={c} slug={network.slug} />
                    ))}
                  </ul>
                  <Pagination params={params} page={filters.page} total={list.data.total} limit={list.data.limit} />
                </>
              ) : list.data.total > 0 ? (
                <EmptyState>
                  There are no cycles on this page. <Link to={withPage(params, 1)}>Go to the first page</Link>.
                </EmptyState>
              ) : filtered ? (
                <EmptyState>
                  No cycles match these filters.{' '}
                  <button type="button" className="font-medium text-accent-800 underline" onClick={() => setParams(new URLSearchParams())}>
                    Clear filters
                  </button>{' '}
                  to see them all.
                </EmptyState>
              ) : (
                <EmptyState>
                  No cycles yet — log the first one at your next meeting.{' '}
                  {canCreate && (
                    <>
                      <Link to={paths.quickLog.href({ slug: network.slug })}>Quick log a cycle</Link> in a minute, or <Link to={paths.newCycle.href({ slug: network.slug })}>plan a new one</Link> in full.
                    </>
                  )}
                </EmptyState>
              ))}
          </section>
        </>
      )}
    </div>
  );
}

/** The overview is open on a wide screen; on a phone it waits behind a button, so the list comes first. */
function OverviewToggle({ overview }: { overview: Overview }) {
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 640px)').matches);
  return (
    <section aria-labelledby="overview-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="overview-heading" className="text-base font-semibold text-slate-900">
          Overview
        </h3>
        <Button variant="ghost" aria-expanded={open} aria-controls="cycle-overview" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide overview' : 'Show overview'}
        </Button>
      </div>
      <div id="cycle-overview" hidden={!open}>
        <CycleOverview overview={overview} />
      </div>
    </section>
  );
}

function countText(data: { total: number; offset: number; items: unknown[] }, filtered: boolean): string {
  if (data.total === 0) return filtered ? 'No cycles match.' : 'No cycles yet.';
  const all = filtered ? `${plural(data.total, 'cycle')} match` : `${plural(data.total, 'cycle')}`;
  if (data.items.length === data.total) return `${all}.`;
  return `${all}; showing ${data.offset + 1}–${data.offset + data.items.length}.`;
}

function Pagination({ params, page, total, limit }: { params: URLSearchParams; page: number; total: number; limit: number }) {
  const pages = Math.ceil(total / limit);
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of cycles" className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={withPage(params, page - 1)} className={linkButton('secondary')}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link to={withPage(params, page + 1)} className={linkButton('secondary')}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
