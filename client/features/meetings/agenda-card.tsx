import { useMutation } from '@tanstack/react-query';
import { Play } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaNow, parseAgenda } from '../../../shared/domain/agenda.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { cx } from '../../components/ui/cx.ts';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useNow } from '../../lib/use-now.ts';
import { useFormats } from '../../lib/use-words.ts';
import type { Meeting } from './meeting-values.ts';
import { useRefreshMeetings } from './use-meetings.ts';

/** "12:05": minutes and seconds of a span, never negative (over time says so in words). */
export function clock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The agenda, one item a line, with the minutes each has. Once the facilitator starts the meeting
 * the item on now is marked, with the time it has left (or has run over).
 */
export function AgendaCard({ meeting, canRun, networkId }: { meeting: Meeting; canRun: boolean; networkId: number }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const items = parseAgenda(meeting.agenda);
  const running = meeting.startedAt !== null && meeting.closedAt === null;
  const now = useNow(running ? 1000 : 60_000);
  const on = running ? agendaNow(items, meeting.startedAt!.getTime(), now) : null;

  return (
    <SectionCard title={t('page.agenda')} action={canRun && meeting.startedAt === null && meeting.closedAt === null && <StartMeeting meeting={meeting} networkId={networkId} />}>
      {meeting.startedAt && <p className="mb-2 text-sm text-slate-700">{t('mode.startedAt', { time: f.time(meeting.startedAt) })}</p>}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('page.noAgenda')}</p>
      ) : (
        <ol className="space-y-1.5">
          {items.map((item, i) => {
            const current = on?.index === i;
            return (
              <li key={i} aria-current={current ? 'step' : undefined} className={cx('flex flex-wrap items-baseline justify-between gap-x-3 rounded-lg px-2 py-1.5 text-sm', current ? 'bg-sky-50 ring-2 ring-sky-700' : '')}>
                <span translate="no" className={cx('min-w-0 break-words text-slate-900', current && 'font-semibold')}>
                  {item.title}
                </span>
                <span className="flex shrink-0 items-center gap-2 text-slate-700">
                  {current && <Badge tone="accent">{t('agenda.now')}</Badge>}
                  {current && on ? (
                    <span className={cx('font-medium tabular-nums', on.leftMs < 0 ? 'text-red-700' : 'text-slate-900')}>
                      {on.leftMs < 0 ? t('agenda.over', { time: clock(on.leftMs) }) : t('agenda.left', { time: clock(on.leftMs) })}
                    </span>
                  ) : (
                    item.minutes !== null && t('agenda.minutes', { n: f.count(item.minutes) })
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {canRun && meeting.closedAt === null && <p className="mt-3 text-xs text-slate-600">{t('agenda.hint')}</p>}
    </SectionCard>
  );
}

function StartMeeting({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation('meetings');
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  const [error, setError] = useState<string>();
  const start = useMutation(trpc.meeting.start.mutationOptions({ onSuccess: refresh, onError: (e) => setError(errorMessage(e)) }));
  return (
    <div className="space-y-2">
      <Button size="sm" pending={start.isPending} pendingLabel={t('mode.starting')} onClick={() => start.mutate({ networkId, meetingId: meeting.id })}>
        <Play aria-hidden="true" className="size-4" /> {t('mode.start')}
      </Button>
      <FormAlert message={error} />
    </div>
  );
}
