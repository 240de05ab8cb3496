import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../../shared/format/dates.ts';
import { describeAudit, type AuditEntry } from './describe.ts';

type Page = { entries: AuditEntry[]; nextBefore?: number | undefined };

/** The log, newest first, a page at a time. */
export function AuditLog({ query, showNetwork }: { query: UseInfiniteQueryResult<InfiniteData<Page>>; showNetwork: boolean }) {
  if (query.isPending) return <LoadingState label="Loading activity" />;
  // A failed "load more" keeps the pages already shown; only a failed first page replaces them.
  if (!query.data) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  const entries = query.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0) return <EmptyState>Nothing has happened here yet.</EmptyState>;
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
        {entries.map((e) => (
          <li key={e.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:gap-4">
            <time dateTime={e.at.toISOString()} className="shrink-0 text-sm text-slate-600 tabular-nums sm:w-44">
              {formatDateTime(e.at)}
            </time>
            <div className="min-w-0 text-sm text-slate-800">
              <p className="break-words">
                <span className="font-medium text-slate-900">{e.actorName ?? 'Someone'}</span> {describeAudit(e)}
              </p>
              {showNetwork && e.networkName && <p className="text-slate-600">in {e.networkName}</p>}
            </div>
          </li>
        ))}
      </ol>
      {query.isFetchNextPageError && <ErrorState message={errorMessage(query.error)} />}
      {query.hasNextPage && (
        <Button variant="secondary" pending={query.isFetchingNextPage} pendingLabel="Loading…" onClick={() => void query.fetchNextPage()}>
          Load more
        </Button>
      )}
    </div>
  );
}
