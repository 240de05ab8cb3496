import type { Words } from '../i18n/words.ts';
import { CYCLE_STAGES, type CycleFields, type CycleQuestion, type CycleStage, type Decision } from '../schemas/cycle.ts';

const order = (stage: CycleStage) => CYCLE_STAGES.indexOf(stage);

/** The stage after this one, or null when the cycle is done. */
export function nextStage(stage: CycleStage): CycleStage | null {
  return CYCLE_STAGES[order(stage) + 1] ?? null;
}

type StageFacts = { stage: CycleStage; questions: readonly Pick<CycleQuestion, 'prediction'>[]; decision: Decision | null };

/**
 * Why a cycle cannot move to `to`, in the reader's words; empty when it can. A cycle moves forward
 * one stage at a time and may go back to any earlier stage. Study compares results with
 * predictions, so it needs them; a cycle is done only once the team has decided.
 */
export function stageBlockers(cycle: StageFacts, to: CycleStage, w: Words): string[] {
  const { t } = w;
  const from = order(cycle.stage);
  const target = order(to);
  if (target === from) return [t('cycles:blockers.alreadyThere', { stage: t(`labels.stage.${to}`) })];
  if (target > from + 1) return [t('cycles:blockers.oneAtATime')];
  if (target < from) return [];
  const reasons: string[] = [];
  if (target >= order('study')) {
    const unpredicted = cycle.questions.filter((q) => q.prediction.trim() === '').length;
    if (cycle.questions.length === 0) {
      reasons.push(t('cycles:blockers.noQuestions'));
    } else if (unpredicted > 0) {
      reasons.push(t('cycles:blockers.unpredicted', { count: unpredicted, n: w.f.count(unpredicted) }));
    }
  }
  if (target >= order('done') && cycle.decision === null) {
    reasons.push(t('cycles:blockers.noDecision'));
  }
  return reasons;
}

/** Whether every question carries a prediction (and there is at least one question). */
export function hasPredictions(questions: readonly Pick<CycleQuestion, 'prediction'>[]): boolean {
  return questions.length > 0 && questions.every((q) => q.prediction.trim() !== '');
}

// --- Method fidelity ----------------------------------------------------------------------------

export const FIDELITY_CHECKS = ['predicted', 'studied', 'decided', 'continued'] as const;
export type FidelityCheck = (typeof FIDELITY_CHECKS)[number];

/** met: done well; missing: its moment has passed without it; upcoming: not due at this stage yet. */
export type FidelityState = 'met' | 'missing' | 'upcoming';
export type FidelityItem = { check: FidelityCheck; state: FidelityState; hint: string };

export type FidelityFacts = {
  stage: CycleStage;
  questions: readonly Pick<CycleQuestion, 'prediction' | 'result'>[];
  /** Set when the cycle first moved to Do: were there predictions then? null before that. */
  predictedBeforeDo: boolean | null;
  decision: Decision | null;
  nextSteps: string;
  /** A later cycle in the same ramp exists. */
  hasNextCycle: boolean;
};

const atLeast = (stage: CycleStage, min: CycleStage) => order(stage) >= order(min);

/** What helps, as its catalogue key under cycles:fidelity.hint. */
type Hint =
  | `predicted.${'upcoming' | 'met' | 'missing'}`
  | `studied.${'upcoming' | 'nothingToStudy' | 'met' | 'some'}`
  | `decided.${'upcoming' | 'met' | 'missing'}`
  | `continued.${'nextCycle' | 'reasonToStop' | 'upcoming' | 'adapted' | 'missing'}`;
type Assessed = { check: FidelityCheck; state: FidelityState; hint: Hint; counts?: { done: number; total: number } };

function assess(c: FidelityFacts): Assessed[] {
  const predicted: Assessed =
    c.predictedBeforeDo === null
      ? { check: 'predicted', state: 'upcoming', hint: 'predicted.upcoming' }
      : c.predictedBeforeDo
        ? { check: 'predicted', state: 'met', hint: 'predicted.met' }
        : { check: 'predicted', state: 'missing', hint: 'predicted.missing' };

  const withPrediction = c.questions.filter((q) => q.prediction.trim() !== '');
  const studiedCount = withPrediction.filter((q) => q.result.trim() !== '').length;
  const studied: Assessed = !atLeast(c.stage, 'act')
    ? { check: 'studied', state: 'upcoming', hint: 'studied.upcoming' }
    : withPrediction.length === 0
      ? { check: 'studied', state: 'missing', hint: 'studied.nothingToStudy' }
      : studiedCount === withPrediction.length
        ? { check: 'studied', state: 'met', hint: 'studied.met' }
        : { check: 'studied', state: 'missing', hint: 'studied.some', counts: { done: studiedCount, total: withPrediction.length } };

  const decided: Assessed = c.decision
    ? { check: 'decided', state: 'met', hint: 'decided.met' }
    : atLeast(c.stage, 'done')
      ? { check: 'decided', state: 'missing', hint: 'decided.missing' }
      : { check: 'decided', state: 'upcoming', hint: 'decided.upcoming' };

  const reasonToStop = c.decision !== null && c.decision !== 'adapt' && c.nextSteps.trim() !== '';
  const continued: Assessed =
    c.hasNextCycle
      ? { check: 'continued', state: 'met', hint: 'continued.nextCycle' }
      : reasonToStop
        ? { check: 'continued', state: 'met', hint: 'continued.reasonToStop' }
        : !atLeast(c.stage, 'done')
          ? { check: 'continued', state: 'upcoming', hint: 'continued.upcoming' }
          : c.decision === 'adapt'
            ? { check: 'continued', state: 'missing', hint: 'continued.adapted' }
            : { check: 'continued', state: 'missing', hint: 'continued.missing' };

  return [predicted, studied, decided, continued];
}

/**
 * Which parts of a sound PDSA a cycle has. Each part falls due at the stage where it belongs, so a
 * cycle in Plan is never told it lacks a decision; the hints, in the reader's words, say what
 * helps, not what is wrong.
 */
export function cycleFidelity(c: FidelityFacts, w: Words): FidelityItem[] {
  return assess(c).map(({ check, state, hint, counts }) => ({
    check,
    state,
    hint: counts
      ? w.t(`cycles:fidelity.hint.${hint}`, { count: counts.done, done: w.f.count(counts.done), total: w.f.count(counts.total) })
      : w.t(`cycles:fidelity.hint.${hint}`),
  }));
}

type RampPlace = { rampId: number | null; rampNumber: number | null };

/** Each ramp's last cycle number among the given cycles (all of a ramp's cycles, so a later one is seen). */
export function lastInRamps(cycles: readonly RampPlace[]): Map<number, number> {
  const last = new Map<number, number>();
  for (const c of cycles) if (c.rampId !== null) last.set(c.rampId, Math.max(last.get(c.rampId) ?? 0, c.rampNumber ?? 0));
  return last;
}

/** A cycle carried on: a later cycle of its ramp exists. */
export function hasNextCycle(c: RampPlace, lastInRamp: ReadonlyMap<number, number>): boolean {
  return c.rampId !== null && (c.rampNumber ?? 0) < (lastInRamp.get(c.rampId) ?? 0);
}

export type FidelitySummary = Record<FidelityCheck, { met: number; due: number }> & { cycles: number };

/** Across a network's cycles: for each part, how many cycles it was due for, and how many had it. */
export function summarizeFidelity(cycles: readonly FidelityFacts[]): FidelitySummary {
  const summary = { cycles: cycles.length } as FidelitySummary;
  for (const check of FIDELITY_CHECKS) summary[check] = { met: 0, due: 0 };
  for (const cycle of cycles) {
    for (const item of assess(cycle)) {
      if (item.state === 'upcoming') continue;
      summary[item.check].due += 1;
      if (item.state === 'met') summary[item.check].met += 1;
    }
  }
  return summary;
}

/** Members edit the cycles they own, co-own or logged; facilitators and leads edit any (checked with `can`). */
export function isOwnCycle(cycle: { ownerId: string | null; createdById: string | null; coOwnerIds: readonly string[] }, userId: string): boolean {
  return cycle.ownerId === userId || cycle.createdById === userId || cycle.coOwnerIds.includes(userId);
}

/** A cycle with nothing written yet but its title and owner: what the quick log and a next cycle start from. */
export function blankCycle(title: string, ownerId: string): CycleFields {
  return {
    title,
    changeIdeaId: null,
    ownerId,
    coOwnerIds: [],
    partnerOrganizationId: null,
    site: '',
    meetingId: null,
    scale: '',
    startDate: null,
    endDate: null,
    objective: '',
    questions: [],
    planWho: '',
    planWhat: '',
    planWhen: '',
    planWhere: '',
    dataCollection: '',
    carriedOut: null,
    whatHappened: '',
    observations: '',
    surprises: '',
    learning: '',
    decision: null,
    nextSteps: '',
  };
}
