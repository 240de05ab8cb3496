import { CalendarDays, Zap } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../shared/domain/plan.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { buttonClasses } from '../../components/ui/button.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats } from '../../lib/use-words.ts';
import { featuredMeeting } from '../../../shared/domain/meeting-dates.ts';
import { paths } from '../../app/paths.ts';

type Dated = { id: number; title: string; date: string };

/**
 * The home page's way into the meeting-time flow: log a cycle now, and the meeting it belongs to.
 * `meetings` are those around today that the home brings (today's, the next, the latest).
 */
export function LogCycleCard({ meetings }: { meetings: readonly Dated[] }) {
  const { t } = useTranslation('networks');
  const f = useFormats();
  const { network, standing } = useCurrentNetwork();
  const featured = featuredMeeting(meetings, localToday());
  const today = featured?.when === 'today' ? featured.meeting : undefined;

  return (
    <section
      aria-labelledby="log-cycle-heading"
      className="flex flex-col gap-4 rounded-xl border border-accent-200 bg-accent-50 p-4 shadow-xs sm:flex-row sm:items-center sm:justify-between sm:p-5"
    >
      <div className="min-w-0 space-y-1">
        <h2 id="log-cycle-heading" className="text-base font-semibold text-slate-900">
          {t('logCycle.heading')}
        </h2>
        <p className="text-sm text-slate-700">{t('logCycle.intro')}</p>
        {/* Two lines, always: whatever the meeting line turns out to say, the button below it stays put. */}
        <div className="grid h-10 grid-cols-[auto_minmax(0,1fr)] items-center gap-x-1.5 text-sm text-slate-800">
          <CalendarDays aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
          {featured ? (
            <>
              <span className="truncate">
                {featured.when === 'today'
                  ? t('logCycle.when.today')
                  : t(`logCycle.when.${featured.when}`, { date: f.shortDay(featured.meeting.date) })}
              </span>
              <Link to={paths.meeting.href({ slug: network.slug, meetingId: featured.meeting.id })} className="col-start-2 truncate font-medium" translate="no">
                {featured.meeting.title}
              </Link>
            </>
          ) : (
            <>
              <span>{t('logCycle.noMeetings')}</span>
              {can(standing, 'meeting.edit') && (
                <Link to={paths.newMeeting.href({ slug: network.slug })} className="col-start-2 font-medium">
                  {t('logCycle.addOne')}
                </Link>
              )}
            </>
          )}
        </div>
      </div>
      <Link
        to={paths.quickLog.href({ slug: network.slug }, { meetingId: today?.id })}
        className={buttonClasses('primary', 'md', 'w-full shrink-0 py-3 text-lg no-underline hover:no-underline sm:w-auto')}
      >
        <Zap aria-hidden="true" className="size-5" /> {t('logCycle.button')}
      </Link>
    </section>
  );
}
