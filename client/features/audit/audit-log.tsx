import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useWords } from '../../lib/use-words.ts';
import { describeAudit, type AuditEntry } from './describe.ts';

type Page = { entries: AuditEntry[]; nextBefore?: number | undefined };

/** The log, newest first, a page at a time. */
export function AuditLog({ query, showNetwork }: { query: UseInfiniteQueryResult<InfiniteData<Page>>; showNetwork: boolean }) {
  const { t } = useTranslation(['audit', 'common']);
  const words = useWords('audit');
  if (query.isPending) return <LoadingState label={t('log.loading')} />;
  // A failed "load more" keeps the pages already shown; only a failed first page replaces them.
  if (!query.data) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  const entries = query.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0) return <EmptyState>{t('log.empty')}</EmptyState>;
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
        {entries.map((e) => (
          <li key={e.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:gap-4">
            <time dateTime={e.at.toISOString()} className="shrink-0 text-sm text-slate-600 tabular-nums sm:w-44">
              {words.f.dateTime(e.at)}
            </time>
            <div className="min-w-0 text-sm text-slate-800">
              <p className="break-words">
                {e.actorName ? (
                  <span className="font-medium text-slate-900" translate="no">
                    {e.actorName}
                  </span>
                ) : (
                  <span className="font-medium text-slate-900">{t('log.someone')}</span>
                )}{' '}
                {describeAudit(words, e)}
              </p>
              {showNetwork && e.networkName && <p className="text-slate-600">{t('log.inNetwork', { network: e.networkName })}</p>}
            </div>
          </li>
        ))}
      </ol>
      {query.isFetchNextPageError && <ErrorState message={errorMessage(query.error)} />}
      {query.hasNextPage && (
        <Button variant="secondary" pending={query.isFetchingNextPage} pendingLabel={t('common:states.loadingMore')} onClick={() => void query.fetchNextPage()}>
          {t('common:actions.loadMore')}
        </Button>
      )}
    </div>
  );
}
