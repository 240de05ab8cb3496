import { CircleCheck, CloudUpload } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClasses } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import type { QuickLogged } from './quick-log-form.tsx';
import { paths } from '../../../app/paths.ts';

/**
 * After the server has the cycle, or the phone keeps it to send when the connection is back: what
 * happened, and the likely next steps, biggest first.
 */
export function QuickLogDone({ logged, onAnother }: { logged: QuickLogged; onAnother: () => void }) {
  const { t } = useTranslation('cycles');
  const { network } = useCurrentNetwork();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const link = 'w-full no-underline hover:no-underline sm:w-auto';
  const queued = logged.id === null;

  return (
    <Card className={queued ? 'space-y-4 border-sky-200' : 'space-y-4 border-emerald-200'}>
      <div className="flex items-start gap-3">
        {queued ? (
          <CloudUpload aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-sky-800" />
        ) : (
          <CircleCheck aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-emerald-700" />
        )}
        <div className="min-w-0 space-y-1">
          <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
            {queued ? t('quickLog.done.queuedHeading') : t('quickLog.done.heading')}
          </h3>
          <p className="break-words text-slate-800">
            {queued ? t('quickLog.done.queued', { title: logged.title }) : t('quickLog.done.inCycles', { title: logged.title })}
          </p>
          {!logged.created && (
            <p className="text-sm text-slate-700">
              {t('quickLog.done.loggedOnce')}
              {logged.missedEdits && <> {t('quickLog.done.missedEdits')}</>}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button onClick={onAnother} className="w-full sm:w-auto">
          {t('quickLog.done.another')}
        </Button>
        {logged.id !== null && (
          <Link to={paths.cycle.href({ slug: network.slug, cycleId: logged.id })} className={buttonClasses('secondary', 'md', link)}>
            {t('quickLog.done.openCycle')}
          </Link>
        )}
        {logged.meetingId !== null && (
          <Link to={paths.meeting.href({ slug: network.slug, meetingId: logged.meetingId })} className={buttonClasses('secondary', 'md', link)}>
            {t('quickLog.backToMeeting')}
          </Link>
        )}
      </div>
    </Card>
  );
}
