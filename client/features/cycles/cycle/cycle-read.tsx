import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CARRIED_OUT_LABELS, CYCLE_STAGES } from '../../../../shared/schemas/cycle.ts';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { DecisionBadge } from '../../../components/cycle-badges.tsx';
import type { CycleSection } from '../form/cycle-form-values.ts';
import { dateRange, DECISION_HINTS } from '../labels.ts';
import type { Cycle } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

/** A written answer, or a quiet note that there is none yet; line breaks kept, never HTML. */
export function Text({ children, empty = 'Not written yet.' }: { children: string; empty?: string }) {
  if (!children.trim()) return <p className="text-slate-600 italic">{empty}</p>;
  return <p className="break-words whitespace-pre-wrap text-slate-900">{children}</p>;
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
  const dates = dateRange(cycle.startDate, cycle.endDate);
  const place = [cycle.organization?.name, cycle.site].filter(Boolean).join(' · ');
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <Item term="Owner">{cycle.ownerName ? `${cycle.ownerName}${cycle.ownerId === myId ? ' (you)' : ''}` : 'No owner'}</Item>
      <Item term="Co-owners">{cycle.coOwners.length ? cycle.coOwners.map((c) => c.name).join(', ') : 'None'}</Item>
      <Item term="Organization and site">{place || 'Not given'}</Item>
      <Item term="Change idea">
        {cycle.changeIdea ? <Link to={paths.cycles.href({ slug }, { changeIdeaId: cycle.changeIdea.id })}>{cycle.changeIdea.title}</Link> : 'Not linked to a change idea'}
      </Item>
      <Item term="Meeting">
        {cycle.meeting ? (
          <Link to={paths.meeting.href({ slug, meetingId: cycle.meeting.id })}>
            {cycle.meeting.title} · {formatShortDay(cycle.meeting.date)}
          </Link>
        ) : (
          'No meeting'
        )}
      </Item>
      <Item term="Ramp">
        {cycle.ramp ? (
          <Link to={paths.ramp.href({ slug, rampId: cycle.ramp.id })}>
            Cycle {cycle.rampNumber} in ramp “{cycle.ramp.title}”
          </Link>
        ) : (
          'A cycle on its own so far'
        )}
      </Item>
      <Item term="Scale">{cycle.scale || 'Not given'}</Item>
      <Item term="Dates">
        {dates ?? 'No dates yet'}
        <span className="block text-slate-600">
          Logged {formatShortDay(cycle.loggedOn)}
          {cycle.createdByName ? ` by ${cycle.createdByName}` : ''}
        </span>
      </Item>
    </dl>
  );
}

function Plan({ cycle }: ReadProps) {
  return (
    <div className="space-y-4 text-sm">
      <Block title="Objective">
        <Text>{cycle.objective}</Text>
      </Block>
      <Block title="Questions and predictions">
        {cycle.questions.length === 0 ? (
          <p className="text-slate-600 italic">No questions yet.</p>
        ) : (
          <ol className="space-y-3">
            {cycle.questions.map((q, i) => (
              <li key={i} className="space-y-1 rounded-lg border border-slate-200 bg-slate-50 p-3">
                <p className="font-medium break-words text-slate-900">
                  {i + 1}. {q.question}
                </p>
                <div>
                  <span className="font-medium text-slate-700">Prediction: </span>
                  <span className={q.prediction ? 'break-words whitespace-pre-wrap' : 'text-slate-600 italic'}>{q.prediction || 'None yet'}</span>
                </div>
              </li>
            ))}
          </ol>
        )}
      </Block>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term="Who">
          <Text>{cycle.planWho}</Text>
        </Item>
        <Item term="What">
          <Text>{cycle.planWhat}</Text>
        </Item>
        <Item term="When">
          <Text>{cycle.planWhen}</Text>
        </Item>
        <Item term="Where">
          <Text>{cycle.planWhere}</Text>
        </Item>
      </dl>
      <Block title="Data to collect, and by whom">
        <Text>{cycle.dataCollection}</Text>
      </Block>
    </div>
  );
}

function Do({ cycle }: ReadProps) {
  return (
    <div className="space-y-4 text-sm">
      <Block title="Carried out as planned?">
        <p className={cycle.carriedOut ? 'text-slate-900' : 'text-slate-600 italic'}>{cycle.carriedOut ? CARRIED_OUT_LABELS[cycle.carriedOut] : 'Not said yet.'}</p>
      </Block>
      <Block title="What happened">
        <Text>{cycle.whatHappened}</Text>
      </Block>
      <Block title="What you observed">
        <Text>{cycle.observations}</Text>
      </Block>
      <Block title="Surprises">
        <Text>{cycle.surprises}</Text>
      </Block>
    </div>
  );
}

function Study({ cycle }: ReadProps) {
  return (
    <div className="space-y-4 text-sm">
      {cycle.questions.length === 0 ? (
        <p className="text-slate-600 italic">No questions to study yet: they are written in Plan, with predictions.</p>
      ) : (
        <ol className="space-y-3">
          {cycle.questions.map((q, i) => (
            <li key={i} className="space-y-2">
              <p className="font-medium break-words text-slate-900">
                {i + 1}. {q.question}
              </p>
              {/* Side by side where there is room, stacked on a phone. */}
              <div className="grid gap-2 sm:grid-cols-2">
                <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                  <p className="font-medium text-slate-700">Predicted</p>
                  <Text empty="No prediction was written.">{q.prediction}</Text>
                </div>
                <div className="rounded-lg border border-slate-200 bg-white p-3">
                  <p className="font-medium text-slate-700">Result</p>
                  <Text empty="No result yet.">{q.result}</Text>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Block title="What you learned">
        <Text>{cycle.learning}</Text>
      </Block>
    </div>
  );
}

function Act({ cycle }: ReadProps) {
  return (
    <div className="space-y-4 text-sm">
      <Block title="Decision">
        {cycle.decision ? (
          <p className="flex flex-wrap items-center gap-2">
            <DecisionBadge decision={cycle.decision} />
            <span className="text-slate-700">{DECISION_HINTS[cycle.decision]}</span>
          </p>
        ) : (
          <p className="text-slate-600 italic">Not decided yet.</p>
        )}
      </Block>
      <Block title="Next steps">
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
export function notYetDue(cycle: Cycle, section: CycleSection): string | null {
  const order = CYCLE_STAGES.indexOf(cycle.stage);
  const empty = (...texts: string[]) => texts.every((t) => !t.trim());
  if (section === 'do' && order < CYCLE_STAGES.indexOf('do') && !cycle.carriedOut && empty(cycle.whatHappened, cycle.observations, cycle.surprises)) {
    return 'Written once the test has run: what happened, what you observed, and any surprises.';
  }
  if (section === 'study' && order < CYCLE_STAGES.indexOf('study') && empty(cycle.learning, ...cycle.questions.map((q) => q.result))) {
    return 'Written at Study: each result beside its prediction, and what you learned.';
  }
  if (section === 'act' && order < CYCLE_STAGES.indexOf('act') && !cycle.decision && empty(cycle.nextSteps)) {
    return 'Written at Act: adopt, adapt or abandon, and the next steps.';
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
