// The demo's year of meetings and PDSA cycles, written through the same services the app calls, so
// the audit log, the ramps and the search index look as if people had done it month by month.
// The stories are in the data files; this file only plays them. Every input passes the API's own
// schemas first: the demo never holds what a person could not have typed.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  CYCLE_STAGES,
  cycleCreateInput,
  cycleUpdateInput,
  quickLogInput,
  type CarriedOut,
  type CycleStage,
  type Decision,
} from '../../../shared/schemas/cycle.ts';
import { meetingCreateInput } from '../../../shared/schemas/meeting.ts';
import type { SessionUser } from '../../context.ts';
import { wordsFor } from '../../i18n.ts';
import { continueRamp, createCycle, quickLog, setStage, updateCycle } from '../../services/cycles.ts';
import { addDecision } from '../../services/meeting-mode.ts';
import { createMeeting } from '../../services/meetings.ts';
import type { NetworkAccess } from '../../trpc.ts';
import type { Db } from '../client.ts';
import { driverNode, membership } from '../schema.ts';
import { CLINIC } from './cycles-clinic.ts';
import { EARLY_LEARNING } from './cycles-early-learning.ts';
import { LIBRARY_AND_TEXTS } from './cycles-library-texts.ts';
import { KINDERGARTEN_QUICK_LOGS } from './cycles-quick-logs.ts';
import { TRANSITIONS } from './cycles-transitions.ts';
import { OPPORTUNITY_YOUTH } from './cycles-youth.ts';
import { KINDERGARTEN_MEETINGS, OPPORTUNITY_YOUTH_MEETINGS } from './meetings.ts';

export type Login = 'maria' | 'james' | 'aisha' | 'tom' | 'rosa' | 'david' | 'lena' | 'marcus' | 'priya' | 'kevin';

export type MeetingStory = {
  date: string;
  title: string;
  attendees: Login[];
  guests: number;
  agenda: string[];
  /** Paragraphs. */
  notes: string[];
  /** Recorded in meeting mode as they were made, by whom. */
  decisions?: { by: Login; text: string }[];
};

/** [question, prediction, result once studied] */
export type Question = [string, string, string?];

export type CycleStory = {
  /** Unique in the demo: it makes the cycle's client id. */
  key: string;
  title: string;
  /** A change idea of the network's plan, by title; null for a test outside the plan. */
  idea: string | null;
  owner: Login;
  coOwners?: Login[];
  organization: string | null;
  site: string;
  scale: string;
  start: string | null;
  end: string | null;
  /** The date of the meeting where the cycle was logged. */
  meeting: string | null;
  objective: string;
  questions: Question[];
  who: string;
  what: string;
  when: string;
  where: string;
  data: string;
  carriedOut?: CarriedOut;
  happened?: string;
  observations?: string;
  surprises?: string;
  learning?: string;
  decision?: Decision;
  nextSteps?: string;
  /** Where the cycle stands today. */
  stage: CycleStage;
  /** false: the predictions were written only after the test began (they are added before Study). */
  predictedFirst?: boolean;
};

export type QuickLogStory = {
  key: string;
  title: string;
  idea: string | null;
  owner: Login;
  meeting: string | null;
  tried: string;
  learned: string;
  decision: Decision | null;
  /** Filled in later by its owner and taken to `stage`; without it the quick log is still to complete. */
  completed?: Omit<CycleStory, 'key' | 'title' | 'idea' | 'owner' | 'meeting'>;
};

export type NetworkStories = { meetings: MeetingStory[]; ramps: CycleStory[][]; cycles: CycleStory[]; quickLogs: QuickLogStory[] };

const KINDERGARTEN_PARTS = [LIBRARY_AND_TEXTS, CLINIC, EARLY_LEARNING, TRANSITIONS];

const KINDERGARTEN_STORIES: NetworkStories = {
  meetings: KINDERGARTEN_MEETINGS,
  ramps: KINDERGARTEN_PARTS.flatMap((p) => p.ramps),
  cycles: KINDERGARTEN_PARTS.flatMap((p) => p.cycles),
  quickLogs: KINDERGARTEN_QUICK_LOGS,
};

const OPPORTUNITY_YOUTH_STORIES: NetworkStories = { meetings: OPPORTUNITY_YOUTH_MEETINGS, ...OPPORTUNITY_YOUTH };

/** A stable UUID per story, so the demo is the same every time it loads. */
export function demoClientId(key: string): string {
  const h = createHash('sha256').update(`needle-demo:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const order = (stage: CycleStage) => CYCLE_STAGES.indexOf(stage);

type Person = (login: string) => SessionUser;

/** One network's meetings, then its cycles: the ramps, the cycles on their own, the quick logs. */
function loadNetworkStories(db: Db, networkId: number, stories: NetworkStories, person: Person, organizationIds: Record<string, number>) {
  const ideas = new Map(
    db
      .select({ id: driverNode.id, title: driverNode.title })
      .from(driverNode)
      .where(and(eq(driverNode.networkId, networkId), eq(driverNode.kind, 'change_idea')))
      .all()
      .map((n) => [n.title, n.id]),
  );
  const ideaId = (title: string | null) => {
    if (title === null) return null;
    const id = ideas.get(title);
    if (id === undefined) throw new Error(`The demo plan has no change idea “${title}”.`);
    return id;
  };
  const organizationId = (name: string | null) => {
    if (name === null) return null;
    const id = organizationIds[name];
    if (id === undefined) throw new Error(`The demo has no partner organization “${name}”.`);
    return id;
  };
  const access = (actor: SessionUser): NetworkAccess => {
    const row = db
      .select({ role: membership.role })
      .from(membership)
      .where(and(eq(membership.networkId, networkId), eq(membership.userId, actor.id)))
      .get();
    return { networkId, role: row?.role ?? null, isAdmin: false };
  };

  const facilitator = person('james');
  const meetings = new Map<string, number>();
  for (const m of stories.meetings) {
    const input = meetingCreateInput.parse({
      networkId,
      clientId: demoClientId(`meeting:${m.date}:${m.title}`),
      title: m.title,
      date: m.date,
      attendeeIds: m.attendees.map((login) => person(login).id),
      guestCount: m.guests,
      agenda: m.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n'),
      notes: m.notes.join('\n\n'),
    });
    const id = createMeeting(db, facilitator, access(facilitator), input).id;
    meetings.set(m.date, id);
    for (const d of m.decisions ?? []) {
      addDecision(db, person(d.by), access(person(d.by)), { meetingId: id, clientId: demoClientId(`decision:${m.date}:${d.text}`), text: d.text });
    }
  }
  const meetingId = (date: string | null) => {
    if (date === null) return null;
    const id = meetings.get(date);
    if (id === undefined) throw new Error(`The demo has no meeting on ${date}.`);
    return id;
  };

  /** What the cycle's form holds once it has reached `reached`: each stage's fields appear in their turn. */
  const fieldsAt = (s: CycleStory, reached: CycleStage) => {
    const past = (stage: CycleStage) => order(reached) >= order(stage);
    const predicted = s.predictedFirst !== false || past('do');
    return {
      title: s.title,
      changeIdeaId: ideaId(s.idea),
      ownerId: person(s.owner).id,
      coOwnerIds: (s.coOwners ?? []).map((login) => person(login).id),
      partnerOrganizationId: organizationId(s.organization),
      site: s.site,
      meetingId: meetingId(s.meeting),
      scale: s.scale,
      startDate: s.start,
      endDate: s.end,
      objective: s.objective,
      questions: s.questions.map(([question, prediction, result]) => ({
        question,
        prediction: predicted ? prediction : '',
        result: past('study') ? (result ?? '') : '',
      })),
      planWho: s.who,
      planWhat: s.what,
      planWhen: s.when,
      planWhere: s.where,
      dataCollection: s.data,
      carriedOut: past('do') ? (s.carriedOut ?? null) : null,
      whatHappened: past('do') ? (s.happened ?? '') : '',
      observations: past('do') ? (s.observations ?? '') : '',
      surprises: past('do') ? (s.surprises ?? '') : '',
      learning: past('study') ? (s.learning ?? '') : '',
      decision: past('act') ? (s.decision ?? null) : null,
      nextSteps: past('act') ? (s.nextSteps ?? '') : '',
    };
  };

  /**
   * A cycle's history from `from` to its stage today, by its owner: each stage is reached, then the
   * fields that belong to it are written (unless they were all written already: `rewrite` false).
   */
  const advance = (s: CycleStory, cycleId: number, version: number, from: CycleStage, rewrite = true) => {
    const actor = person(s.owner);
    const standing = access(actor);
    let v = version;
    for (const stage of CYCLE_STAGES.slice(order(from) + 1, order(s.stage) + 1)) {
      v = setStage(db, actor, standing, { cycleId, version: v, stage }, wordsFor('en')).version;
      if (!rewrite || stage === 'done') continue;
      const input = cycleUpdateInput.parse({ networkId, cycleId, version: v, ...fieldsAt(s, stage) });
      v = updateCycle(db, actor, standing, input).version;
    }
  };

  const create = (s: CycleStory) => {
    const input = cycleCreateInput.parse({ networkId, clientId: demoClientId(`cycle:${s.key}`), rampId: null, ...fieldsAt(s, 'plan') });
    const { id } = createCycle(db, person(s.owner), access(person(s.owner)), input);
    advance(s, id, 1, 'plan');
    return id;
  };

  for (const ramp of stories.ramps) {
    let previous: { id: number; owner: Login } | null = null;
    for (const s of ramp) {
      let id: number;
      if (previous === null) {
        id = create(s);
      } else {
        // "Start the next cycle" on the one before, by its owner, who then writes the new plan.
        const actor = person(previous.owner);
        id = continueRamp(db, actor, access(actor), { cycleId: previous.id, clientId: demoClientId(`cycle:${s.key}`) }).id;
        const input = cycleUpdateInput.parse({ networkId, cycleId: id, version: 1, ...fieldsAt(s, 'plan') });
        advance(s, id, updateCycle(db, actor, access(actor), input).version, 'plan');
      }
      previous = { id, owner: s.owner };
    }
  }
  for (const s of stories.cycles) create(s);

  for (const q of stories.quickLogs) {
    const actor = person(q.owner);
    const input = quickLogInput.parse({
      networkId,
      clientId: demoClientId(`cycle:${q.key}`),
      title: q.title,
      changeIdeaId: ideaId(q.idea),
      meetingId: meetingId(q.meeting),
      whatWeTried: q.tried,
      whatWeLearned: q.learned,
      decision: q.decision,
    });
    const { id } = quickLog(db, actor, access(actor), input);
    if (!q.completed) continue;
    // Completed later in one sitting (predictions written after the fact), then moved on stage by stage.
    const story: CycleStory = { key: q.key, title: q.title, idea: q.idea, owner: q.owner, meeting: q.meeting, ...q.completed };
    const completion = cycleUpdateInput.parse({ networkId, cycleId: id, version: 1, ...fieldsAt(story, story.stage) });
    advance(story, id, updateCycle(db, actor, access(actor), completion).version, q.tried === '' ? 'plan' : 'do', false);
  }
}

/** Called from load.ts inside its transaction. */
export function loadDemoCycles(db: Db, networkIds: { k: number; oy: number }, person: Person, organizationIds: Record<string, number>) {
  loadNetworkStories(db, networkIds.k, KINDERGARTEN_STORIES, person, organizationIds);
  loadNetworkStories(db, networkIds.oy, OPPORTUNITY_YOUTH_STORIES, person, organizationIds);
}
