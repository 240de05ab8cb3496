import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import type { LibrarySearch } from '../../../shared/schemas/library.ts';
import { buttonClasses } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useMe } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import type { CopyNetwork } from './copy-dialog.tsx';
import { LibraryEntryCard } from './library-entry.tsx';
import { LibraryFilters, readFilters, type FilterKey } from './library-filters.tsx';

const linkButton = buttonClasses('secondary', 'md', 'no-underline hover:no-underline');

export function LibraryPage() {
  const { t } = useTranslation('library');
  const f = useFormats();
  usePageTitle(t('title'));
  const trpc = useTRPC();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const input: LibrarySearch = {
    page,
    ...(filters.q && { q: filters.q }),
    ...(filters.outcomeArea && { outcomeArea: filters.outcomeArea as LibrarySearch['outcomeArea'] }),
    ...(filters.decision && { decision: filters.decision as LibrarySearch['decision'] }),
    ...(filters.scale && { scale: filters.scale as LibrarySearch['scale'] }),
  };
  const library = useQuery(trpc.library.search.queryOptions(input, { placeholderData: keepPreviousData }));
  const networks = useQuery(trpc.network.list.queryOptions());
  const isAdmin = me.data?.isAdmin ?? false;
  // Where I may put a copy: my networks whose plan I may edit (staff edit none).
  const copyTo: CopyNetwork[] = (networks.data ?? []).filter((n) => can({ role: n.role, isAdmin }, 'plan.edit')).map(({ id, name, slug }) => ({ id, name, slug }));

  function change(key: FilterKey, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  }
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `?${next.toString()}`;
  };
  const filtered = Object.values(filters).some(Boolean);
  const data = library.data;
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('intro')} />
      <LibraryFilters key={filters.q} filters={filters} onChange={change} onClear={() => setParams(new URLSearchParams())} />
      {library.isPending && <LoadingState label={t('loading')} />}
      {library.isError && <ErrorState message={errorMessage(library.error)} onRetry={() => void library.refetch()} />}
      {data && (
        <section aria-labelledby="library-results" className="space-y-3">
          <h2 id="library-results" aria-live="polite" className="text-sm font-medium text-slate-800">
            {data.total === 0
              ? filtered
                ? t('count.noMatch')
                : t('count.none')
              : data.items.length === data.total
                ? t('count.all', { count: data.total, n: f.count(data.total) })
                : t('count.part', {
                    all: t('count.all', { count: data.total, n: f.count(data.total) }),
                    from: f.count((data.page - 1) * data.pageSize + 1),
                    to: f.count((data.page - 1) * data.pageSize + data.items.length),
                  })}
          </h2>
          {data.items.length > 0 ? (
            <ul className="space-y-4" aria-busy={library.isPlaceholderData || undefined}>
              {data.items.map((entry) => (
                <LibraryEntryCard key={entry.id} entry={entry} copyTo={copyTo} />
              ))}
            </ul>
          ) : (
            <EmptyState>{filtered ? t('empty.filtered') : t('empty.none')}</EmptyState>
          )}
          {pages > 1 && (
            <nav aria-label={t('pages.label')} className="flex flex-wrap items-center justify-between gap-2">
              {page > 1 ? (
                <Link to={hrefFor(page - 1)} className={linkButton}>
                  {t('pages.previous')}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-slate-700">{t('pages.position', { page: f.count(page), pages: f.count(pages) })}</span>
              {page < pages ? (
                <Link to={hrefFor(page + 1)} className={linkButton}>
                  {t('pages.next')}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
