import { useInfiniteQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysBetween, NEEDS_YOU_PAGE, type NeedsYouItem, type NeedsYouPage } from '../../../shared/domain/needs-you.ts';
import { localToday } from '../../../shared/domain/plan.ts';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { EmptyState, ErrorState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';

/** On a phone the list keeps "Log a cycle" in the first screenful; the rest is one tap away. */
const SHOWN_FIRST = 4;

/**
 * What needs the person here, most urgent first; each item leads to where it is done. The home's
 * answer brings the first items and the count; the rest are asked for only when wanted.
 */
export function NeedsYouCard({ networkId, needsYou }: { networkId: number; needsYou: NeedsYouPage }) {
  const { t } = useTranslation('networks');
  const f = useFormats();
  const [all, setAll] = useState(false);
  const more = useMorePages(networkId, needsYou);
  const items = all ? more.items : needsYou.items.slice(0, SHOWN_FIRST);
  const left = needsYou.total - more.items.length;
  const list = useRef<HTMLUListElement>(null);
  // "Show more" may vanish with the last page: the first new item takes the focus, not the page's top.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null || items.length <= focusAt.current) return;
    list.current?.querySelectorAll('a')[focusAt.current]?.focus();
    focusAt.current = null;
  }, [items.length]);
  const showMore = () => {
    focusAt.current = more.items.length;
    more.next();
  };
  // "Show all" means all: past the home's first items it asks for the next page at once.
  const toggleAll = () => {
    if (!all) more.start();
    setAll(!all);
  };
  return (
    <SectionCard title={t('home.needsYou.title')}>
      {needsYou.total === 0 ? (
        <EmptyState>{t('home.needsYou.empty')}</EmptyState>
      ) : (
        <>
          <ul ref={list} className="-mx-2 divide-y divide-slate-100">
            {items.map((item) => (
              <li key={itemKey(item)}>
                <Link to={item.link} className="flex min-h-11 items-center gap-3 rounded-lg px-2 py-2 text-slate-900 no-underline hover:bg-slate-50 hover:no-underline">
                  <span className="min-w-0 flex-1">
                    <span className="block text-sm font-medium">{t(`home.needsYou.kinds.${item.kind}`)}</span>
                    {item.title && (
                      <span translate="no" className="block truncate text-sm text-slate-700">
                        {item.title}
                      </span>
                    )}
                  </span>
                  <span className="shrink-0 text-xs text-slate-600">{ageText(item, t, f.count)}</span>
                  <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
                </Link>
              </li>
            ))}
          </ul>
          {all && more.error && <ErrorState message={errorMessage(more.error)} onRetry={more.next} />}
          <div className="mt-2 flex flex-wrap gap-2">
            {all && (more.hasNext || more.loading) && (
              <Button variant="secondary" size="sm" onClick={showMore} pending={more.loading}>
                {t('home.needsYou.showMore', { n: f.count(Math.min(NEEDS_YOU_PAGE, left)) })}
              </Button>
            )}
            {needsYou.total > SHOWN_FIRST && (
              <Button variant="secondary" size="sm" aria-expanded={all} onClick={toggleAll}>
                {all ? t('home.needsYou.showFewer') : t('home.needsYou.showAll', { n: f.count(needsYou.total) })}
              </Button>
            )}
          </div>
        </>
      )}
    </SectionCard>
  );
}

const itemKey = (item: NeedsYouItem) => `${item.kind}-${item.link}`;

/**
 * The home's first items and the pages asked for after them. Nothing is asked until `start` ("Show
 * all"); the list is counted afresh for each page, so an item that moved is shown once.
 */
function useMorePages(networkId: number, first: NeedsYouPage) {
  const trpc = useTRPC();
  const [wanted, setWanted] = useState(false);
  const pages = useInfiniteQuery(
    trpc.home.needsYou.infiniteQueryOptions(
      { networkId, limit: NEEDS_YOU_PAGE },
      { initialCursor: first.nextCursor ?? 0, getNextPageParam: (last) => last.nextCursor, enabled: wanted && first.nextCursor !== null },
    ),
  );
  const later = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const items = [...new Map([...first.items, ...later].map((item) => [itemKey(item), item])).values()];
  return {
    items,
    hasNext: pages.hasNextPage,
    // A page on its way: the first ("Show all") or the next; not a refetch of those already here.
    loading: pages.isLoading || pages.isFetchingNextPage,
    error: pages.error,
    start: () => setWanted(true),
    next: () => {
      if (pages.isError && !pages.data) void pages.refetch();
      else void pages.fetchNextPage();
    },
  };
}

type T = ReturnType<typeof useTranslation<'networks'>>['t'];

/** How long it has waited ("3 days"), or for an action not yet due, how long until it is. */
function ageText(item: NeedsYouItem, t: T, count: (n: number) => string): string {
  const days = daysBetween(item.since, localToday());
  if (item.kind === 'action_due') {
    return days >= 0 ? t('home.needsYou.due.today') : t('home.needsYou.due.in', { count: -days, n: count(-days) });
  }
  return days <= 0 ? t('home.needsYou.age.today') : t('home.needsYou.age.days', { count: days, n: count(days) });
}
