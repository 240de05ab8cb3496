import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysBetween, type NeedsYouItem } from '../../../shared/domain/needs-you.ts';
import { localToday } from '../../../shared/domain/plan.ts';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { useFormats } from '../../lib/use-words.ts';

/** On a phone the list keeps "Log a cycle" in the first screenful; the rest is one tap away. */
const SHOWN_FIRST = 4;

/** What needs the person here, most urgent first; each item leads to where it is done. */
export function NeedsYouCard({ items }: { items: readonly NeedsYouItem[] }) {
  const { t } = useTranslation('networks');
  const f = useFormats();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN_FIRST);
  return (
    <SectionCard title={t('home.needsYou.title')}>
      {items.length === 0 ? (
        <EmptyState>{t('home.needsYou.empty')}</EmptyState>
      ) : (
        <>
          <ul className="-mx-2 divide-y divide-slate-100">
            {shown.map((item) => (
              <li key={`${item.kind}-${item.link}`}>
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
          {items.length > SHOWN_FIRST && (
            <Button variant="secondary" size="sm" className="mt-2" aria-expanded={all} onClick={() => setAll((v) => !v)}>
              {all ? t('home.needsYou.showFewer') : t('home.needsYou.showAll', { n: f.count(items.length) })}
            </Button>
          )}
        </>
      )}
    </SectionCard>
  );
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
