import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Translate } from '../../../../shared/i18n/words.ts';
import { CYCLE_STAGES } from '../../../../shared/schemas/cycle.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { DecisionBadge } from '../../../components/cycle-badges.tsx';
import type { CycleSection } from '../form/cycle-form-values.ts';
import { dateRange } from '../labels.ts';
import type { Cycle } from '../use-cycles.ts';
import { CycleMeasures } from './cycle-measures.tsx';
import { paths } from '../../../app/paths.ts';

/** A written answer, or a quiet note that there is none yet; line breaks kept, never HTML. */
export function Text({ children, empty }: { children: string; empty?: string }) {
  const { t } = useTranslation('cycles');
  if (!children.trim()) return <p className="text-slate-600 italic">{empty ?? t('read.notWritten')}</p>;
  return (
    <p translate="no" className="break-words whitespace-pre-wrap text-slate-900">
      {children}
    </p>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function Details({ cycle, slug, myId }: ReadProps) {
  const { t } = useTranslation('cycles');
  const words = useWords('cycles');
  const f = useFormats();
  const dates = dateRange(cycle.startDate, cycle.endDate, words);
  const place = [cycle.organization?.name, cycle.site].filter(Boolean).join(' · ');
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <Item term={t('read.owner')}>
        {cycle.ownerName ? (cycle.ownerId === myId ? t('read.ownerYou', { name: cycle.ownerName }) : <span translate="no">{cycle.ownerName}</span>) : t('read.noOwner')}
      </Item>
      <Item term={t('read.coOwners')}>{cycle.coOwners.length ? <span translate="no">{cycle.coOwners.map((c) => c.name).join(', ')}</span> : t('read.none')}</Item>
      <Item term={t('read.place')}>{place ? <span translate="no">{place}</span> : t('read.notGiven')}</Item>
      <Item term={t('read.changeIdea')}>
        {cycle.changeIdea ? (
          <Link translate="no" to={paths.cycles.href({ slug }, { changeIdeaId: cycle.changeIdea.id })}>
            {cycle.changeIdea.title}
          </Link>
        ) : (
          t('read.noChangeIdea')
        )}
      </Item>
      {cycle.measures.length > 0 && (
        <Item term={t('measures.read.label')}>
          <CycleMeasures measures={cycle.measures} slug={slug} />
        </Item>
      )}
      <Item term={t('read.meeting')}>
        {cycle.meeting ? (
          <Link to={paths.meeting.href({ slug, meetingId: cycle.meeting.id })}>
            {t('read.meetingLink', { title: cycle.meeting.title, day: f.shortDay(cycle.meeting.date) })}
          </Link>
        ) : (
          t('read.noMeeting')
        )}
      </Item>
      <Item term={t('read.ramp')}>
        {cycle.ramp ? (
          <Link to={paths.ramp.href({ slug, rampId: cycle.ramp.id })}>{t('read.rampLink', { number: cycle.rampNumber, title: cycle.ramp.title })}</Link>
        ) : (
          t('read.noRamp')
        )}
      </Item>
      <Item term={t('read.scale')}>{cycle.scale ? <span translate="no">{cycle.scale}</span> : t('read.notGiven')}</Item>
      <Item term={t('read.dates')}>
        {dates ?? t('read.noDates')}
        <span className="block text-slate-600">
          {cycle.createdByName
            ? t('read.loggedBy', { day: f.shortDay(cycle.loggedOn), name: cycle.createdByName })
            : t('read.logged', { day: f.shortDay(cycle.loggedOn) })}
        </span>
      </Item>
    </dl>
  );
}

function Plan({ cycle }: ReadProps) {
  const { t } = useTranslation('cycles');
  return (
    <div className="space-y-4 text-sm">
      <Block title={t('read.objective')}>
        <Text>{cycle.objective}</Text>
      </Block>
      <Block title={t('read.questions')}>
        {cycle.questions.length === 0 ? (
          <p className="text-slate-600 italic">{t('read.noQuestions')}</p>
        ) : (
          <ol className="space-y-3">
            {cycle.questions.map((q, i) => (
              <li key={i} className="space-y-1 rounded-lg border border-slate-200 bg-slate-50 p-3">
                <p className="font-medium break-words text-slate-900">
                  {i + 1}. <span translate="no">{q.question}</span>
                </p>
                <div>
                  <span className="font-medium text-slate-700">{t('read.prediction')} </span>
                  {q.prediction ? (
                    <span translate="no" className="break-words whitespace-pre-wrap">
                      {q.prediction}
                    </span>
                  ) : (
                    <span className="text-slate-600 italic">{t('read.noneYet')}</span>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </Block>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term={t('read.who')}>
          <Text>{cycle.planWho}</Text>
        </Item>
        <Item term={t('read.what')}>
          <Text>{cycle.planWhat}</Text>
        </Item>
        <Item term={t('read.when')}>
          <Text>{cycle.planWhen}</Text>
        </Item>
        <Item term={t('read.where')}>
          <Text>{cycle.planWhere}</Text>
        </Item>
      </dl>
      <Block title={t('read.dataCollection')}>
        <Text>{cycle.dataCollection}</Text>
      </Block>
    </div>
  );
}

function Do({ cycle }: ReadProps) {
  const { t } = useTranslation(['cycles', 'common']);
  return (
    <div className="space-y-4 text-sm">
      <Block title={t('read.carriedOut')}>
        <p className={cycle.carriedOut ? 'text-slate-900' : 'text-slate-600 italic'}>{cycle.carriedOut ? t(`common:labels.carriedOut.${cycle.carriedOut}`) : t('read.notSaid')}</p>
      </Block>
      <Block title={t('read.whatHappened')}>
        <Text>{cycle.whatHappened}</Text>
      </Block>
      <Block title={t('read.observations')}>
        <Text>{cycle.observations}</Text>
      </Block>
      <Block title={t('read.surprises')}>
        <Text>{cycle.surprises}</Text>
      </Block>
    </div>
  );
}

function Study({ cycle }: ReadProps) {
  const { t } = useTranslation('cycles');
  return (
    <div className="space-y-4 text-sm">
      {cycle.questions.length === 0 ? (
        <p className="text-slate-600 italic">{t('read.nothingToStudy')}</p>
      ) : (
        <ol className="space-y-3">
          {cycle.questions.map((q, i) => (
            <li key={i} className="space-y-2">
              <p className="font-medium break-words text-slate-900">
                {i + 1}. <span translate="no">{q.question}</span>
              </p>
              {/* Side by side where there is room, stacked on a phone. */}
              <div className="grid gap-2 sm:grid-cols-2">
                <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                  <p className="font-medium text-slate-700">{t('read.predicted')}</p>
                  <Text empty={t('read.noPrediction')}>{q.prediction}</Text>
                </div>
                <div className="rounded-lg border border-slate-200 bg-white p-3">
                  <p className="font-medium text-slate-700">{t('read.result')}</p>
                  <Text empty={t('read.noResult')}>{q.result}</Text>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Block title={t('read.learning')}>
        <Text>{cycle.learning}</Text>
      </Block>
    </div>
  );
}

function Act({ cycle }: ReadProps) {
  const { t } = useTranslation('cycles');
  return (
    <div className="space-y-4 text-sm">
      <Block title={t('read.decision')}>
        {cycle.decision ? (
          <p className="flex flex-wrap items-center gap-2">
            <DecisionBadge decision={cycle.decision} />
            <span className="text-slate-700">{t(`decisionHint.${cycle.decision}`)}</span>
          </p>
        ) : (
          <p className="text-slate-600 italic">{t('read.notDecided')}</p>
        )}
      </Block>
      <Block title={t('read.nextSteps')}>
        <Text>{cycle.nextSteps}</Text>
      </Block>
    </div>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <h4 className="text-sm font-medium text-slate-700">{title}</h4>
      {children}
    </div>
  );
}

/**
 * A later stage's part that nobody has written yet reads as one line, not a column of "not written
 * yet": on a phone at a meeting, the parts that matter now stay near the top.
 */
export function notYetDue(cycle: Cycle, section: CycleSection, t: Translate): string | null {
  const order = CYCLE_STAGES.indexOf(cycle.stage);
  const empty = (...texts: string[]) => texts.every((text) => !text.trim());
  if (section === 'do' && order < CYCLE_STAGES.indexOf('do') && !cycle.carriedOut && empty(cycle.whatHappened, cycle.observations, cycle.surprises)) {
    return t('cycles:notYetDue.do');
  }
  if (section === 'study' && order < CYCLE_STAGES.indexOf('study') && empty(cycle.learning, ...cycle.questions.map((q) => q.result))) {
    return t('cycles:notYetDue.study');
  }
  if (section === 'act' && order < CYCLE_STAGES.indexOf('act') && !cycle.decision && empty(cycle.nextSteps)) {
    return t('cycles:notYetDue.act');
  }
  return null;
}

type ReadProps = { cycle: Cycle; slug: string; myId: string };

export const SECTION_READERS: Record<CycleSection, (p: ReadProps) => ReactNode> = {
  details: Details,
  plan: Plan,
  do: Do,
  study: Study,
  act: Act,
};
