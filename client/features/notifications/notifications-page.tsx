import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { NotificationText } from '../../components/notification-text.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';
import { useNow } from '../../lib/use-now.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useWords } from '../../lib/use-words.ts';

const PAGE_SIZE = 20;

/** All of my notifications, newest first, a page at a time. */
export function NotificationsPage() {
  const w = useWords('notifications');
  usePageTitle(w.t('notifications:page.title'));
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const pages = useInfiniteQuery({
    queryKey: [trpc.notifications.list.pathKey()[0], { input: { limit: PAGE_SIZE }, type: 'infinite' }],
    queryFn: ({ pageParam }) => client.notifications.list.query({ limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }) }),
  );
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const anyUnread = items.some((n) => n.readAt === null);
  const now = useNow();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={w.t('notifications:page.title')}
        description={w.t('notifications:page.description')}
        actions={
          <>
            {anyUnread && (
              <Button variant="secondary" onClick={() => markRead.mutate({ ids: 'all' })} pending={markRead.isPending}>
                {w.t('notifications:bell.markAllRead')}
              </Button>
            )}
            <Link to={paths.account.href()} className="flex min-h-11 items-center text-sm font-medium">
              {w.t('notifications:page.settings')}
            </Link>
          </>
        }
      />
      {markRead.isError && <ErrorState message={errorMessage(markRead.error)} />}
      {pages.isPending && <LoadingState />}
      {pages.isError && <ErrorState message={errorMessage(pages.error)} onRetry={() => void pages.refetch()} />}
      {pages.isSuccess && items.length === 0 && <EmptyState>{w.t('notifications:empty')}</EmptyState>}
      {items.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {items.map((n) => (
            <li key={n.id}>
              <Link
                to={n.link}
                onClick={() => n.readAt === null && markRead.mutate({ ids: [n.id] })}
                className="block px-4 text-sm no-underline hover:bg-slate-50 hover:no-underline"
              >
                <NotificationText n={n} w={w} now={now} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages.isSuccess && items.length > 0 && !anyUnread && <p className="mt-3 text-sm text-slate-600">{w.t('notifications:page.allRead')}</p>}
      {pages.hasNextPage && (
        <Button variant="secondary" className="mt-4" onClick={() => void pages.fetchNextPage()} pending={pages.isFetchingNextPage}>
          {w.t('notifications:page.showMore')}
        </Button>
      )}
    </div>
  );
}
