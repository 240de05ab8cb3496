import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { GitBranch, Plus, Zap } from 'lucide-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { Button, buttonClasses } from '../../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { translateMessage } from '../../../../shared/i18n/message.ts';
import type { Translate } from '../../../../shared/i18n/words.ts';
import { useWords } from '../../../lib/use-words.ts';
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
  const { t } = useTranslation('cycles');
  const words = useWords('cycles');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('list.pageTitle', { network: network.name }));
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
          <h2 className="text-xl font-semibold text-slate-900">{t('list.heading')}</h2>
          <p className="text-sm text-slate-600">{t('list.intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canCreate && (
            <>
              <Link to={paths.quickLog.href({ slug: network.slug })} className={linkButton('secondary')}>
                <Zap aria-hidden="true" className="size-4" /> {t('list.quickLog')}
              </Link>
              <Link to={paths.newCycle.href({ slug: network.slug })} className={linkButton('primary')}>
                <Plus aria-hidden="true" className="size-4" /> {t('new.heading')}
              </Link>
            </>
          )}
        </div>
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      {/* The overview and the first page of results arrive together: sections appearing one by one
          would push the ones below them down while the person starts to read. */}
      {overview.isPending || list.isPending ? (
        <LoadingState label={t('list.loading')} />
      ) : (
        <>
          {overview.isError && <ErrorState message={errorMessage(overview.error)} onRetry={() => void overview.refetch()} />}
          {overview.data && overview.data.total > 0 && <OverviewToggle overview={overview.data} />}

          <p>
            <Link to={paths.ramps.href({ slug: network.slug })} className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium">
              <GitBranch aria-hidden="true" className="size-4" /> {t('list.rampsLink')}
            </Link>
          </p>

          <section aria-labelledby="find-heading" className="space-y-3">
            <h3 id="find-heading" className="sr-only">
              {t('list.find')}
            </h3>
            <CycleSearch key={filters.q} q={filters.q} onSearch={(q) => change('q', q)} />
            <CycleFilters filters={filters} lookups={lookups.data} onChange={change} onClear={() => setParams(new URLSearchParams())} />
            {lookups.error && <p className="text-sm text-slate-700">{t('list.lookupsFailed', { reason: errorMessage(lookups.error) })}</p>}
            {input.rampId && (
              <p className="text-sm text-slate-800">
                <Trans t={t} i18nKey="list.ofRamp" values={{ title: ramp.data?.title ?? '…' }} components={{ strong: <strong className="font-semibold" /> }} />{' '}
                <Link to={`?${withFilter(params, 'rampId', '').toString()}`}>{t('list.allRamps')}</Link>
              </p>
            )}
            {input.toComplete && (
              <p className="text-sm text-slate-800">
                {t('list.onlyToComplete')} <Link to={`?${withFilter(params, 'toComplete', '').toString()}`}>{t('list.allCycles')}</Link>
              </p>
            )}
            {problems.length > 0 && <Alert>{t('list.badLink', { problems: problems.map((p) => translateMessage(words.t, p)).join(' ') })}</Alert>}
          </section>

          <section aria-labelledby="results-heading" className="space-y-3">
            <h3 id="results-heading" className="sr-only">
              {t('list.results')}
            </h3>
            <p aria-live="polite" className="text-sm font-medium text-slate-800">
              {list.data ? countText(list.data, filtered, words.t, words.f.count) : ''}
            </p>
            {list.isError && <ErrorState message={errorMessage(list.error)} onRetry={() => void list.refetch()} />}
            {list.data &&
              (list.data.items.length > 0 ? (
                <>
                  <ul aria-label={t('list.heading')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs" aria-busy={list.isPlaceholderData || undefined}>
                    {list.data.items.map((c) => (
                      <CycleResult key={c.id} cycle={c} slug={network.slug} />
                    ))}
                  </ul>
                  <Pagination params={params} page={filters.page} total={list.data.total} limit={list.data.limit} />
                </>
              ) : list.data.total > 0 ? (
                <EmptyState>
                  <Trans t={t} i18nKey="list.empty.page" components={{ a: <Link to={withPage(params, 1)} /> }} />
                </EmptyState>
              ) : filtered ? (
                <EmptyState>
                  <Trans
                    t={t}
                    i18nKey="list.empty.filtered"
                    components={{ clear: <button type="button" className="font-medium text-accent-800 underline" onClick={() => setParams(new URLSearchParams())} /> }}
                  />
                </EmptyState>
              ) : (
                <EmptyState>
                  {t('list.empty.none')}{' '}
                  {canCreate && (
                    <Trans
                      t={t}
                      i18nKey="list.empty.start"
                      components={{ quick: <Link to={paths.quickLog.href({ slug: network.slug })} />, full: <Link to={paths.newCycle.href({ slug: network.slug })} /> }}
                    />
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
  const { t } = useTranslation('cycles');
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 640px)').matches);
  return (
    <section aria-labelledby="overview-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="overview-heading" className="text-base font-semibold text-slate-900">
          {t('overview.heading')}
        </h3>
        <Button variant="ghost" aria-expanded={open} aria-controls="cycle-overview" onClick={() => setOpen((o) => !o)}>
          {open ? t('overview.hide') : t('overview.show')}
        </Button>
      </div>
      <div id="cycle-overview" hidden={!open}>
        <CycleOverview overview={overview} />
      </div>
    </section>
  );
}

function countText(data: { total: number; offset: number; items: unknown[] }, filtered: boolean, t: Translate, count: (n: number) => string): string {
  if (data.total === 0) return filtered ? t('cycles:list.count.noMatch') : t('cycles:list.count.none');
  const all = filtered ? t('cycles:list.count.matching', { count: data.total, n: count(data.total) }) : t('cycles:list.count.all', { count: data.total, n: count(data.total) });
  if (data.items.length === data.total) return t('cycles:list.count.whole', { all });
  return t('cycles:list.count.part', { all, from: count(data.offset + 1), to: count(data.offset + data.items.length) });
}

function Pagination({ params, page, total, limit }: { params: URLSearchParams; page: number; total: number; limit: number }) {
  const { t } = useTranslation('cycles');
  const pages = Math.ceil(total / limit);
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('list.pages.label')} className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={withPage(params, page - 1)} className={linkButton('secondary')}>
          {t('list.pages.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        {t('list.pages.position', { page, pages })}
      </span>
      {page < pages ? (
        <Link to={withPage(params, page + 1)} className={linkButton('secondary')}>
          {t('list.pages.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
