import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { cycleFidelity, isOwnCycle, nextStage, stageBlockers, summarizeFidelity, type FidelityFacts } from '../../shared/domain/cycle.ts';
import { CYCLE_STAGES, cycleCreateInput, cycleListInput } from '../../shared/schemas/cycle.ts';

const en = wordsFor('en');
const es = wordsFor('es');
const q = (prediction = '', result = '') => ({ question: 'Will families take the calendar?', prediction, result });

describe('stage rules', () => {
  it('moves forward one stage at a time and back to any earlier stage', () => {
    const cycle = { stage: 'do' as const, questions: [q('Most will')], decision: null };
    expect(stageBlockers(cycle, 'study', en)).toEqual([]);
    expect(stageBlockers(cycle, 'act', en)).toEqual(['Move one stage at a time, so each stage gets its turn.']);
    expect(stageBlockers(cycle, 'plan', en)).toEqual([]);
    expect(stageBlockers(cycle, 'do', en)).toEqual(['The cycle is already at Do.']);
    expect(CYCLE_STAGES.map(nextStage)).toEqual(['do', 'study', 'act', 'done', null]);
  });

  it('will not reach Study without a prediction for every question, and says why', () => {
    expect(stageBlockers({ stage: 'do', questions: [], decision: null }, 'study', en)[0]).toMatch(/^Add a question with a prediction first/);
    expect(stageBlockers({ stage: 'do', questions: [q('Most'), q(' ')], decision: null }, 'study', en)[0]).toMatch(/^One question has no prediction yet/);
    expect(stageBlockers({ stage: 'do', questions: [q(), q()], decision: null }, 'study', en)[0]).toMatch(/^2 questions have no prediction yet/);
  });

  it('will not reach Done without a decision; going back is always allowed', () => {
    expect(stageBlockers({ stage: 'act', questions: [q('Most')], decision: null }, 'done', en)).toEqual(['Choose adopt, adapt or abandon before closing the cycle.']);
    expect(stageBlockers({ stage: 'act', questions: [q('Most')], decision: 'adopt' }, 'done', en)).toEqual([]);
    expect(stageBlockers({ stage: 'done', questions: [], decision: null }, 'plan', en)).toEqual([]);
  });

  it('says why in Spanish to a Spanish reader', () => {
    expect(stageBlockers({ stage: 'do', questions: [q('Most')], decision: null }, 'do', es)).toEqual(['El ciclo ya está en Hacer.']);
    expect(stageBlockers({ stage: 'do', questions: [q('Most')], decision: null }, 'act', es)).toEqual(['Avance una etapa a la vez, para que cada etapa tenga su turno.']);
    expect(stageBlockers({ stage: 'do', questions: [q('Most'), q(' ')], decision: null }, 'study', es)[0]).toMatch(/^Una pregunta todavía no tiene predicción: en Estudiar/);
    expect(stageBlockers({ stage: 'do', questions: [q(), q()], decision: null }, 'study', es)[0]).toMatch(/^2 preguntas todavía no tienen predicción/);
    expect(stageBlockers({ stage: 'act', questions: [q('Most')], decision: null }, 'done', es)).toEqual(['Elija adoptar, adaptar o abandonar antes de cerrar el ciclo.']);
  });
});

const facts = (over: Partial<FidelityFacts>): FidelityFacts => ({
  stage: 'plan',
  questions: [],
  predictedBeforeDo: null,
  decision: null,
  nextSteps: '',
  hasNextCycle: false,
  ...over,
});

describe('method fidelity', () => {
  it('asks nothing of a cycle before its moment: a new cycle has every part upcoming', () => {
    expect(cycleFidelity(facts({}), en).map((i) => i.state)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('a sound cycle meets every part', () => {
    const items = cycleFidelity(facts({ stage: 'done', questions: [q('Most', '14 of 20')], predictedBeforeDo: true, decision: 'adapt', hasNextCycle: true }), en);
    expect(items.map((i) => [i.check, i.state])).toEqual([
      ['predicted', 'met'],
      ['studied', 'met'],
      ['decided', 'met'],
      ['continued', 'met'],
    ]);
  });

  it('names what is missing, with a hint that helps', () => {
    const items = cycleFidelity(facts({ stage: 'done', questions: [q('Most', '14'), q('Half', '')], predictedBeforeDo: false, decision: 'adapt' }), en);
    expect(items.map((i) => i.state)).toEqual(['missing', 'missing', 'met', 'missing']);
    expect(items[1]!.hint).toMatch(/^1 of 2 predictions have a result/);
    expect(items[3]!.hint).toBe('Adapting means testing again: start the next cycle.');
  });

  it('gives its hints in Spanish to a Spanish reader', () => {
    const items = cycleFidelity(facts({ stage: 'done', questions: [q('Most', '14'), q('Half', ''), q('All', '')], predictedBeforeDo: false, decision: 'adapt' }), es);
    expect(items.map((i) => i.hint)).toEqual([
      'Las predicciones llegaron después de empezar la prueba. La próxima vez, prediga primero: eso es lo que hace visible el aprendizaje.',
      '1 de 3 predicciones tiene resultado. Agregar los que faltan muestra lo que enseñó la prueba.',
      'El equipo decidió qué hacer con el cambio.',
      'Adaptar significa volver a probar: empiece el siguiente ciclo.',
    ]);
    expect(cycleFidelity(facts({}), es)[0]!.hint).toBe('Escriba lo que espera para cada pregunta antes de probarlo.');
  });

  it('an adopted or abandoned change may stop, with a reason written in the next steps', () => {
    const stop = (nextSteps: string) => cycleFidelity(facts({ stage: 'done', decision: 'abandon', nextSteps }), en)[3]!.state;
    expect(stop('Families did not come; we test text reminders instead.')).toBe('met');
    expect(stop('  ')).toBe('missing');
  });

  it('sums up across cycles only the parts that were due', () => {
    const summary = summarizeFidelity([
      facts({}),
      facts({ stage: 'do', predictedBeforeDo: true }),
      facts({ stage: 'do', predictedBeforeDo: false }),
      facts({ stage: 'done', predictedBeforeDo: true, questions: [q('a', 'b')], decision: 'adopt', nextSteps: 'Spread to all sites' }),
    ]);
    expect(summary).toEqual({
      cycles: 4,
      predicted: { met: 2, due: 3 },
      studied: { met: 1, due: 1 },
      decided: { met: 1, due: 1 },
      continued: { met: 1, due: 1 },
    });
  });
});

describe('who edits a cycle', () => {
  it('its owner, a co-owner, or whoever logged it', () => {
    const cycle = { ownerId: 'owner', createdById: 'logger', coOwnerIds: ['co'] };
    expect(['owner', 'logger', 'co', 'someone'].map((id) => isOwnCycle(cycle, id))).toEqual([true, true, true, false]);
  });
});

describe('cycle schemas', () => {
  it('trims text and refuses an end date before the start', () => {
    const base = cycleCreateInput.safeParse({ networkId: 1, clientId: crypto.randomUUID(), rampId: null, title: '  Calendars  ', changeIdeaId: null, ownerId: 'u', coOwnerIds: [], partnerOrganizationId: null, meetingId: null, startDate: '2026-10-02', endDate: '2026-10-01', questions: [], carriedOut: null, decision: null });
    expect(base.success).toBe(false);
    expect(base.error?.issues[0]?.path).toEqual(['endDate']);
  });

  it('lists 25 cycles at a time unless asked', () => {
    expect(cycleListInput.parse({ networkId: 1 })).toMatchObject({ offset: 0, limit: 25 });
  });
});
