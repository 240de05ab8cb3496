import type { IndicatorSaveInput } from '../../shared/schemas/indicator.ts';
import type { Scene } from './scene.ts';
import { callerFor } from './trpc.ts';

/** Kindergarten readiness as a monthly percentage, with one dimension of three groups. */
export function readinessIndicator(networkId: number, extra: Partial<IndicatorSaveInput> = {}): IndicatorSaveInput {
  return {
    networkId,
    version: 0,
    name: 'Children ready for kindergarten',
    definition: 'Share of entering kindergartners assessed as ready in all five domains.',
    isProportion: true,
    numeratorLabel: 'Children assessed as ready',
    denominatorLabel: 'Children assessed',
    unit: 'percent',
    ratePer: null,
    polarity: 'higher_is_better',
    dataSource: 'District kindergarten entry assessment',
    frequency: 'monthly',
    baselinePeriod: '2024-01',
    baselineValue: 41,
    targetValue: 60,
    targetDate: '2028-06-30',
    minGroupSize: 10,
    dimensions: [{ id: null, name: 'Race and ethnicity', groups: [{ id: null, name: 'Black' }, { id: null, name: 'Latino' }, { id: null, name: 'White' }] }],
    ...extra,
  };
}

/** The facilitator defines the indicator in network A; returns it as `get` shows it. */
export async function withIndicator(s: Scene, extra: Partial<IndicatorSaveInput> = {}) {
  const caller = callerFor(s.db, s.facilitator).indicator;
  await caller.save(readinessIndicator(s.networkA, extra));
  return (await caller.get({ networkId: s.networkA }))!;
}
