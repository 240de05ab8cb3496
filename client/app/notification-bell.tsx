import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, MenuContent, MenuTrigger } from '../components/ui/menu.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { useFormats } from '../lib/use-words.ts';
import { useTRPC } from '../lib/trpc.ts';
import { LATEST } from './notification-latest.ts';

// The list, its sentences and their words load when the bell is about to open (pointer over it or
// focus on it), so a keyboard user who opens it lands on the first notification.
const loadPanel = () => import('./notification-panel.tsx');
const NotificationPanel = lazy(() => loadPanel().then((m) => ({ default: m.NotificationPanel })));

/** Asked for again every minute, and when the person comes back to the window. */
const POLL_MS = 60_000;

/** The bell in the header: how many are unread, and the latest ones when opened. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const f = useFormats();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // Radix puts a keyboard user on the first item only if the items are there when the menu opens;
  // the panel does it itself once its list arrives.
  const [byKeyboard, setByKeyboard] = useState(false);
  const prepare = () => {
    void loadPanel();
    void queryClient.prefetchQuery(trpc.notifications.list.queryOptions({ limit: LATEST }));
  };
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: POLL_MS, refetchOnWindowFocus: true })).data ?? 0;
  const label = unread > 0 ? t('bell.labelUnread', { count: unread, n: f.count(unread) }) : t('bell.label');
  return (
    <Menu open={open} onOpenChange={setOpen}>
      {/* The name is in the content, not aria-label: the badge's "9+" is then no mismatch (WCAG 2.5.3). */}
      <MenuTrigger
        onPointerEnter={prepare}
        onFocus={prepare}
        onPointerDown={() => setByKeyboard(false)}
        onKeyDown={(event) => setByKeyboard(['Enter', ' ', 'ArrowDown', 'ArrowUp'].includes(event.key))}
        title={label} className="relative flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100">
        <Bell aria-hidden="true" className="size-5" />
        <span className="sr-only">{label}</span>
        {unread > 0 && (
          <span aria-hidden="true" className="absolute top-1 right-1 min-w-5 rounded-full bg-accent-700 px-1 text-center text-xs leading-5 font-semibold text-white">
            {unread > 9 ? `${f.count(9)}+` : f.count(unread)}
          </span>
        )}
      </MenuTrigger>
      <MenuContent>
        <Suspense
          fallback={
            <span role="status" className="flex min-h-11 items-center px-3">
              <Spinner />
            </span>
          }
        >
          <NotificationPanel onClose={() => setOpen(false)} focusFirst={byKeyboard} />
        </Suspense>
      </MenuContent>
    </Menu>
  );
}
