import { z } from 'zod';
import { cycleCreateInput, type CarriedOut, type CycleFields, type Decision } from '../../../../shared/schemas/cycle.ts';
import type { Cycle } from '../use-cycles.ts';

// The form holds what its controls hold (strings; '' for "none"); the shared input schema checks
// what will be sent, so its messages (and the server's) land on the fields of the same names.
const formShape = z.object({
  title: z.string(),
  changeIdeaId: z.string(),
  ownerId: z.string(),
  coOwnerIds: z.array(z.string()),
  indicatorIds: z.array(z.string()),
  partnerOrganizationId: z.string(),
  site: z.string(),
  meetingId: z.string(),
  scale: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  objective: z.string(),
  questions: z.array(z.object({ question: z.string(), prediction: z.string(), result: z.string() })),
  planWho: z.string(),
  planWhat: z.string(),
  planWhen: z.string(),
  planWhere: z.string(),
  dataCollection: z.string(),
  carriedOut: z.string(),
  whatHappened: z.string(),
  observations: z.string(),
  surprises: z.string(),
  learning: z.string(),
  decision: z.string(),
  nextSteps: z.string(),
});

export type CycleFormValues = z.infer<typeof formShape>;
export type CycleFormField = keyof CycleFormValues;

/** The parts of a cycle the page edits one at a time (a meeting rarely needs more than one). */
export const CYCLE_SECTIONS = ['details', 'plan', 'do', 'study', 'act'] as const;
export type CycleSection = (typeof CYCLE_SECTIONS)[number];


export const SECTION_FIELDS: Record<CycleSection, readonly CycleFormField[]> = {
  details: ['title', 'changeIdeaId', 'indicatorIds', 'ownerId', 'coOwnerIds', 'partnerOrganizationId', 'site', 'meetingId', 'scale', 'startDate', 'endDate'],
  // Questions belong to Plan (question, prediction) and Study (result): both edit the same list.
  plan: ['objective', 'questions', 'planWho', 'planWhat', 'planWhen', 'planWhere', 'dataCollection'],
  do: ['carriedOut', 'whatHappened', 'observations', 'surprises'],
  study: ['questions', 'learning'],
  act: ['decision', 'nextSteps'],
};

export const EMPTY_QUESTION = { question: '', prediction: '', result: '' };

export function emptyCycleForm(ownerId: string): CycleFormValues {
  return {
    title: '',
    changeIdeaId: '',
    ownerId,
    coOwnerIds: [],
    indicatorIds: [],
    partnerOrganizationId: '',
    site: '',
    meetingId: '',
    scale: '',
    startDate: '',
    endDate: '',
    objective: '',
    questions: [{ ...EMPTY_QUESTION }],
    planWho: '',
    planWhat: '',
    planWhen: '',
    planWhere: '',
    dataCollection: '',
    carriedOut: '',
    whatHappened: '',
    observations: '',
    surprises: '',
    learning: '',
    decision: '',
    nextSteps: '',
  };
}

const id = (v: string) => (v ? Number(v) : null);
const str = (v: number | null) => (v === null ? '' : String(v));

export function toCycleFields(v: CycleFormValues): CycleFields {
  return {
    ...v,
    changeIdeaId: id(v.changeIdeaId),
    partnerOrganizationId: id(v.partnerOrganizationId),
    meetingId: id(v.meetingId),
    // The owner is never a co-owner too; the server drops it as well, but the form should agree.
    coOwnerIds: v.coOwnerIds.filter((c) => c !== v.ownerId),
    indicatorIds: v.indicatorIds.map(Number),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    carriedOut: (v.carriedOut || null) as CarriedOut | null,
    decision: (v.decision || null) as Decision | null,
  };
}

export function toCycleForm(c: Cycle): CycleFormValues {
  return {
    title: c.title,
    changeIdeaId: str(c.changeIdeaId),
    ownerId: c.ownerId ?? '',
    coOwnerIds: c.coOwnerIds,
    indicatorIds: c.indicatorIds.map(String),
    partnerOrganizationId: str(c.partnerOrganizationId),
    site: c.site,
    meetingId: str(c.meetingId),
    scale: c.scale,
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    objective: c.objective,
    questions: c.questions.map((q) => ({ question: q.question, prediction: q.prediction, result: q.result })),
    planWho: c.planWho,
    planWhat: c.planWhat,
    planWhen: c.planWhen,
    planWhere: c.planWhere,
    dataCollection: c.dataCollection,
    carriedOut: c.carriedOut ?? '',
    whatHappened: c.whatHappened,
    observations: c.observations,
    surprises: c.surprises,
    learning: c.learning,
    decision: c.decision ?? '',
    nextSteps: c.nextSteps,
  };
}

// Only the fields are checked here; the real client id is added when the form is sent.
const CHECK_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The form checked with the shared create rules. With `only`, issues about fields outside those
 * are left to the server (they are not on screen, and came from the saved cycle unchanged).
 */
export function cycleFormSchema(networkId: number, only?: readonly CycleFormField[]) {
  return formShape.superRefine((v, ctx) => {
    const result = cycleCreateInput.safeParse({ networkId, clientId: CHECK_ID, rampId: null, ...toCycleFields(v) });
    for (const issue of result.error?.issues ?? []) {
      if (only && !only.includes(issue.path[0] as CycleFormField)) continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
}

/**
 * What to send: the cycle as `base` holds it, with the fields this person changed put on top.
 * Saving over a newer version (after a conflict) keeps everyone else's other edits this way.
 */
export function mergeChanged(base: CycleFormValues, mine: CycleFormValues, changed: ReadonlySet<CycleFormField>): CycleFormValues {
  const out = { ...base };
  for (const f of changed) (out as Record<string, unknown>)[f] = mine[f];
  return out;
}
