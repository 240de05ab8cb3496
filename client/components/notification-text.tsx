import { notificationSentence } from '../../shared/domain/notification-sentence.ts';
import { timeAgo } from '../../shared/format/time-ago.ts';
import type { Words } from '../../shared/i18n/words.ts';
import type { RouterOutputs } from '../lib/trpc.ts';

export type NotificationItem = RouterOutputs['notifications']['list']['items'][number];

/**
 * One notification as the bell and the notifications page show it: the sentence, how long ago, and
 * whether it is new. New is said in words and weight, not by colour alone.
 */
export function NotificationText({ n, w, now }: { n: NotificationItem; w: Words; now: number }) {
  const unread = n.readAt === null;
  return (
    <span className="flex min-w-0 items-start gap-2 py-2">
      <span aria-hidden="true" className={unread ? 'mt-1.5 size-2 shrink-0 rounded-full bg-accent-700' : 'mt-1.5 size-2 shrink-0'} />
      <span className="min-w-0 flex-1">
        <span className={unread ? 'block font-semibold text-slate-900' : 'block text-slate-800'}>
          {unread && <span className="mr-1.5 rounded bg-accent-50 px-1.5 py-0.5 text-xs font-semibold text-accent-900 ring-1 ring-accent-200 ring-inset">{w.t('notifications:item.new')}</span>}
          {notificationSentence(w, n)}
        </span>
        <time dateTime={n.createdAt.toISOString()} title={w.f.dateTime(n.createdAt)} className="block text-xs text-slate-600">
          {timeAgo(w.f.locale, n.createdAt, now)}
        </time>
      </span>
    </span>
  );
}
