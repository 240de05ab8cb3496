import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { NotificationText } from '../components/notification-text.tsx';
import { MenuItem, MenuLabel, MenuSeparator } from '../components/ui/menu.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { useNow } from '../lib/use-now.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useWords } from '../lib/use-words.ts';
import { LATEST } from './notification-latest.ts';
import { paths } from './paths.ts';

/** The bell's menu: the latest notifications, each a link that marks it read, and the way to all. */
export function NotificationPanel({ onClose, focusFirst }: { onClose: () => void; focusFirst: boolean }) {
  const w = useWords('notifications');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: LATEST }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }) }),
  );
  const items = list.data?.items ?? [];
  const anyUnread = items.some((n) => n.readAt === null);
  const now = useNow();
  const panel = useRef<HTMLDivElement>(null);
  const loaded = !list.isPending;
  useEffect(() => {
    // Only while focus is still on the menu itself: a person who already moved keeps their place.
    const menu = panel.current?.closest<HTMLElement>('[role="menu"]');
    if (focusFirst && loaded && menu && document.activeElement === menu) menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [focusFirst, loaded]);
  return (
    <div ref={panel} className="w-[min(24rem,calc(100vw-2rem))]">
      <MenuLabel>{w.t('notifications:bell.latest')}</MenuLabel>
      {list.isPending && (
        <span role="status" className="flex min-h-11 items-center px-3">
          <Spinner />
        </span>
      )}
      {list.isError && <p className="px-3 py-2 text-sm text-red-800">{w.t('notifications:bell.couldNotLoad')}</p>}
      {list.isSuccess && items.length === 0 && <p className="px-3 py-2 text-sm text-slate-600">{w.t('notifications:empty')}</p>}
      {items.map((n) => (
        <MenuItem key={n.id} asChild className="items-start text-sm no-underline hover:no-underline">
          <Link to={n.link} onClick={() => n.readAt === null && markRead.mutate({ ids: [n.id] })}>
            <NotificationText n={n} w={w} now={now} />
          </Link>
        </MenuItem>
      ))}
      <MenuSeparator />
      {anyUnread && (
        <MenuItem
          onSelect={(event) => {
            // Stays open so the person sees the list turn read.
            event.preventDefault();
            markRead.mutate({ ids: 'all' });
          }}
        >
          {w.t('notifications:bell.markAllRead')}
        </MenuItem>
      )}
      <MenuItem asChild className="font-medium text-accent-900 no-underline hover:no-underline">
        <Link to={paths.notifications.href()} onClick={onClose}>
          {w.t('notifications:bell.seeAll')}
        </Link>
      </MenuItem>
    </div>
  );
}
