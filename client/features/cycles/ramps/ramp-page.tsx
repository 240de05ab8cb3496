import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { DecisionBadge, StageBadge } from '../../../components/cycle-badges.tsx';
import { RenameRamp } from './rename-ramp.tsx';
import { dateRange, firstLines } from '../labels.ts';
import { paths } from '../../../app/paths.ts';

/** One ramp: its cycles in order, each with its scale and what it learned. */
export function RampPage() {
  const { t } = useTranslation('cycles');
  const words = useWords('cycles');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const { rampId } = useParams();
  const id = Number(rampId);
  const valid = Number.isInteger(id) && id > 0;
  const trpc = useTRPC();
  const ramp = useQuery({ ...trpc.cycle.ramp.queryOptions({ networkId: network.id, rampId: valid ? id : 0 }), enabled: valid });
  usePageTitle(ramp.data ? t('ramp.pageTitle', { title: ramp.data.title, network: network.name }) : t('ramp.pageTitleLoading', { network: network.name }));

  if (!valid || errorCode(ramp.error) === 'NOT_FOUND') {
    return (
      <MessagePage headingLevel={2} title={t('ramp.notFound.title')}>
        {t('ramp.notFound.body')}
      </MessagePage>
    );
  }
  if (ramp.isError) return <ErrorState message={errorMessage(ramp.error)} onRetry={() => void ramp.refetch()} />;
  if (!ramp.data) return <LoadingState label={t('ramp.loading')} />;

  const { title, cycles, canRename } = ramp.data;
  const idea = cycles.find((c) => c.changeIdeaTitle);
  return (
    <div className="space-y-4">
      <BackLink to={paths.ramps.href({ slug: network.slug })}>{t('ramp.allRamps')}</BackLink>
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold break-words text-slate-900">{idea ? t('ramp.testing', { title: idea.changeIdeaTitle }) : t('ramp.named', { title })}</h2>
          {canRename && <RenameRamp rampId={ramp.data.id} title={title} />}
        </div>
        <p className="text-sm text-slate-600">
          {idea && <>{t('ramp.namedSentence', { title })} </>}
          {t('ramp.count', { count: cycles.length, n: f.count(cycles.length) })}{' '}
          {idea && <Link to={paths.cycles.href({ slug: network.slug }, { changeIdeaId: idea.changeIdeaId })}>{t('ramp.ideaCycles')}</Link>}
        </p>
      </div>
      <ol aria-label={t('ramp.cyclesLabel')} className="relative space-y-4 border-l-2 border-slate-300 pl-5 sm:ml-2">
        {cycles.map((c) => {
          const dates = dateRange(c.startDate, c.endDate, words) ?? t('read.logged', { day: f.shortDay(c.loggedOn) });
          return (
            <li key={c.id} className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
              <span aria-hidden="true" className="absolute top-5 -left-[1.85rem] size-3 rounded-full border-2 border-white bg-slate-600" />
              <p className="text-sm font-semibold text-slate-700">{t('ramp.cycleNumber', { number: c.rampNumber })}</p>
              <h3 className="text-base font-semibold break-words">
                <Link translate="no" to={paths.cycle.href({ slug: network.slug, cycleId: c.id })}>
                  {c.title}
                </Link>
              </h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
                <dt className="font-medium text-slate-700">{t('read.scale')}</dt>
                <dd className="break-words text-slate-900">{c.scale ? <span translate="no">{c.scale}</span> : t('read.notGiven')}</dd>
                <dt className="font-medium text-slate-700">{t('read.dates')}</dt>
                <dd className="text-slate-900">{dates}</dd>
                <dt className="font-medium text-slate-700">{t('read.owner')}</dt>
                <dd className="text-slate-900">{c.ownerName ? <span translate="no">{c.ownerName}</span> : t('read.noOwner')}</dd>
              </dl>
              <p className="mt-2 flex flex-wrap items-center gap-1.5">
                <StageBadge stage={c.stage} />
                <DecisionBadge decision={c.decision} />
              </p>
              <div className="mt-2 text-sm">
                <p className="font-medium text-slate-700">{t('previous.learning')}</p>
                {c.learning.trim() ? (
                  <p translate="no" className="break-words whitespace-pre-wrap text-slate-900">
                    {firstLines(c.learning)}
                  </p>
                ) : (
                  <p className="text-slate-600 italic">{t('read.notWritten')}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
