import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { agendaNow, parseAgenda } from '../../../shared/domain/agenda.ts';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useAccountLanguage } from '../../lib/use-account-language.ts';
import { useNow } from '../../lib/use-now.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useFormats } from '../../lib/use-words.ts';
import { clock } from './agenda-card.tsx';
import { DecisionList } from './decisions-card.tsx';
import { LiveBadge } from './meeting-page.tsx';
import { MeetingNotFound } from './meeting-not-found.tsx';
import type { Meeting } from './meeting-values.ts';
import { useMeetingLive } from './use-meeting-live.ts';
import { paths } from '../../app/paths.ts';

/**
 * The live board, for the projector: who is here, the cycles logged and the decisions, in type
 * large enough to read from the back of the room, updating as people check in and log on their
 * phones. No app chrome but a way back.
 */
export function LiveBoardPage() {
  useAccountLanguage();
  const { t } = useTranslation('meetings');
  const { slug = '', meetingId = '' } = useParams();
  const id = Number(meetingId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const network = useQuery(trpc.network.bySlug.queryOptions({ slug }));
  const networkId = network.data?.id ?? 0;
  const meeting = useQuery({ ...trpc.meeting.get.queryOptions({ networkId, meetingId: id }), enabled: valid && networkId > 0 });
  usePageTitle(meeting.data ? t('live.pageTitle', { title: meeting.data.title }) : undefined);

  let body;
  if (!valid || errorCode(network.error) === 'NOT_FOUND' || errorCode(meeting.error) === 'NOT_FOUND') body = <MeetingNotFound />;
  else if (network.isError || meeting.isError) body = <ErrorState message={errorMessage(network.error ?? meeting.error)} onRetry={() => void (network.refetch(), meeting.refetch())} />;
  else if (!meeting.data) body = <LoadingState label={t('page.loading')} />;
  else return <Board meeting={meeting.data} networkId={networkId} slug={slug} />;
  return (
    <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
      {body}
    </main>
  );
}

function Board({ meeting, networkId, slug }: { meeting: Meeting; networkId: number; slug: string }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const live = useMeetingLive(networkId, meeting.id, meeting.lastEventId);
  const here = [...meeting.attendees, ...meeting.guests.map((g) => ({ ...g, guest: true }))];
  const total = here.length + meeting.guestCount;

  return (
    <main id="main" className="flex min-h-dvh flex-col gap-6 bg-white px-6 py-5 text-slate-900 lg:px-10">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <Link to={paths.meeting.href({ slug, meetingId: meeting.id })} className="inline-flex min-h-11 items-center gap-2 text-base font-medium">
          <ArrowLeft aria-hidden="true" className="size-5" /> {t('live.back')}
        </Link>
        <LiveBadge state={live} />
      </header>
      <div className="space-y-2">
        <h1 translate="no" className="text-4xl font-bold tracking-tight break-words lg:text-6xl">
          {meeting.title}
        </h1>
        <p className="text-2xl text-slate-700">{f.day(meeting.date)}</p>
        <AgendaNow meeting={meeting} />
      </div>
      <div className="grid flex-1 gap-6 text-2xl lg:grid-cols-3 lg:text-3xl">
        <section aria-labelledby="live-here" className="space-y-3">
          <h2 id="live-here" className="text-[0.8em] font-semibold text-slate-700 uppercase">
            {t('live.here', { count: total, n: f.count(total) })}
          </h2>
          {total === 0 ? (
            <p className="text-slate-600">{t('live.nobodyYet')}</p>
          ) : (
            <ul className="space-y-1">
              {here.map((p) => (
                <li key={'guest' in p ? `guest-${p.id}` : `member-${p.id}`}>
                  <span translate="no">{p.name}</span>
                  {'guest' in p && <span className="text-[0.7em] text-slate-600"> ({t('guests.tag')})</span>}
                </li>
              ))}
              {meeting.guestCount > 0 && <li className="text-slate-700">+{t('attendance.guests', { count: meeting.guestCount, n: f.count(meeting.guestCount) })}</li>}
            </ul>
          )}
        </section>
        <section aria-labelledby="live-cycles" className="space-y-3">
          <h2 id="live-cycles" className="text-[0.8em] font-semibold text-slate-700 uppercase">
            {t('live.cycles', { count: meeting.cycles.length, n: f.count(meeting.cycles.length) })}
          </h2>
          {meeting.cycles.length === 0 ? (
            <p className="text-slate-600">{t('live.noCycles')}</p>
          ) : (
            <ul aria-label={t('page.cycles.label')} className="space-y-3">
              {meeting.cycles.map((c) => (
                <li key={c.id}>
                  <p translate="no" className="font-medium break-words">
                    {c.title}
                  </p>
                  {c.ownerName && (
                    <p translate="no" className="text-[0.7em] text-slate-600">
                      {c.ownerName}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="live-decisions" className="space-y-3">
          <h2 id="live-decisions" className="text-[0.8em] font-semibold text-slate-700 uppercase">
            {t('live.decisions')}
          </h2>
          <DecisionList decisions={meeting.decisions} large />
        </section>
      </div>
    </main>
  );
}

/** The agenda item on now and its time, once the meeting has started. */
function AgendaNow({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const running = meeting.startedAt !== null && meeting.closedAt === null;
  const now = useNow(running ? 1000 : 60_000);
  if (!running) return null;
  const items = parseAgenda(meeting.agenda);
  const on = agendaNow(items, meeting.startedAt!.getTime(), now);
  if (!on) return null;
  return (
    <p className="text-3xl">
      <span className="font-semibold">{t('agenda.now')}: </span>
      <span translate="no">{items[on.index]!.title}</span>{' '}
      <span className={on.leftMs < 0 ? 'text-red-700 tabular-nums' : 'text-slate-700 tabular-nums'}>
        · {on.leftMs < 0 ? t('agenda.over', { time: clock(on.leftMs) }) : t('agenda.left', { time: clock(on.leftMs) })}
      </span>
    </p>
  );
}
