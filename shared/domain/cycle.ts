import { CYCLE_STAGES, type CycleFields, type CycleQuestion, type CycleStage, type Decision } from '../schemas/cycle.ts';

const order = (stage: CycleStage) => CYCLE_STAGES.indexOf(stage);

/** The stage after this one, or null when the cycle is done. */
export function nextStage(stage: CycleStage): CycleStage | null {
  return CYCLE_STAGES[order(stage) + 1] ?? null;
}

type StageFacts = { stage: CycleStage; questions: readonly Pick<CycleQuestion, 'prediction'>[]; decision: Decision | null };

/**
 * Why a cycle cannot move to `to`, in words the form shows; empty when it can. A cycle moves forward
 * one stage at a time and may go back to any earlier stage. Study compares results with
 * predictions, so it needs them; a cycle is done only once the team has decided.
 */
export function stageBlockers(cycle: StageFacts, to: CycleStage): string[] {
  const from = order(cycle.stage);
  const target = order(to);
  if (target === from) return [`The cycle is already at ${to}.`];
  if (target > from + 1) return ['Move one stage at a time, so each stage gets its turn.'];
  if (target < from) return [];
  const reasons: string[] = [];
  if (target >= order('study')) {
    const unpredicted = cycle.questions.filter((q) => q.prediction.trim() === '').length;
    if (cycle.questions.length === 0) {
      reasons.push('Add a question with a prediction first: Study compares what happened with what you predicted.');
    } else if (unpredicted > 0) {
      reasons.push(
        unpredicted === 1
          ? 'One question has no prediction yet: Study compares what happened with what you predicted.'
          : `${unpredicted} questions have no prediction yet: Study compares what happened with what you predicted.`,
      );
    }
  }
  if (target >= order('done') && cycle.decision === null) {
    reasons.push('Choose adopt, adapt or abandon before closing the cycle.');
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

export const FIDELITY_LABELS: Record<FidelityCheck, string> = {
  predicted: 'Predictions before doing',
  studied: 'Every prediction studied',
  decided: 'A decision',
  continued: 'A next cycle, or a reason to stop',
};

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

/**
 * Which parts of a sound PDSA a cycle has. Each part falls due at the stage where it belongs, so a
 * cycle in Plan is never told it lacks a decision; the hints say what helps, not what is wrong.
 */
export function cycleFidelity(c: FidelityFacts): FidelityItem[] {
  const predicted: FidelityItem =
    c.predictedBeforeDo === null
      ? { check: 'predicted', state: 'upcoming', hint: 'Write what you expect for each question before you try it.' }
      : c.predictedBeforeDo
        ? { check: 'predicted', state: 'met', hint: 'Predictions were written before the test began.' }
        : { check: 'predicted', state: 'missing', hint: 'Predictions came after the test began. Next time, predict first: it is what makes the learning visible.' };

  const withPrediction = c.questions.filter((q) => q.prediction.trim() !== '');
  const studiedCount = withPrediction.filter((q) => q.result.trim() !== '').length;
  const studied: FidelityItem = !atLeast(c.stage, 'act')
    ? { check: 'studied', state: 'upcoming', hint: 'In Study, write the result next to each prediction.' }
    : withPrediction.length === 0
      ? { check: 'studied', state: 'missing', hint: 'There were no predictions to study. Add them to the questions, with what happened.' }
      : studiedCount === withPrediction.length
        ? { check: 'studied', state: 'met', hint: 'Every prediction has a result beside it.' }
        : {
            check: 'studied',
            state: 'missing',
            hint: `${studiedCount} of ${withPrediction.length} predictions have a result. Adding the rest shows what the test taught.`,
          };

  const decided: FidelityItem = c.decision
    ? { check: 'decided', state: 'met', hint: 'The team decided what to do with the change.' }
    : atLeast(c.stage, 'done')
      ? { check: 'decided', state: 'missing', hint: 'Choose adopt, adapt or abandon.' }
      : { check: 'decided', state: 'upcoming', hint: 'In Act, decide: adopt, adapt or abandon.' };

  const reasonToStop = c.decision !== null && c.decision !== 'adapt' && c.nextSteps.trim() !== '';
  const continued: FidelityItem =
    c.hasNextCycle
      ? { check: 'continued', state: 'met', hint: 'The next cycle of this ramp builds on it.' }
      : reasonToStop
        ? { check: 'continued', state: 'met', hint: 'The next steps say why the ramp stops here.' }
        : !atLeast(c.stage, 'done')
          ? { check: 'continued', state: 'upcoming', hint: 'When you close the cycle, start the next one or say why you stop.' }
          : c.decision === 'adapt'
            ? { check: 'continued', state: 'missing', hint: 'Adapting means testing again: start the next cycle.' }
            : { check: 'continued', state: 'missing', hint: 'Start the next cycle, or say in the next steps why the ramp stops here.' };

  return [predicted, studied, decided, continued];
}

export type FidelitySummary = Record<FidelityCheck, { met: number; due: number }> & { cycles: number };

/** Across a network's cycles: for each part, how many cycles it was due for, and how many had it. */
export function summarizeFidelity(cycles: readonly FidelityFacts[]): FidelitySummary {
  const summary = { cycles: cycles.length } as FidelitySummary;
  for (const check of FIDELITY_CHECKS) summary[check] = { met: 0, due: 0 };
  for (const cycle of cycles) {
    for (const item of cycleFidelity(cycle)) {
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
