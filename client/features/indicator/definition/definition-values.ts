import type { z } from 'zod';
import type { Words } from '../../../../shared/i18n/words.ts';
import { baselineOf } from '../../../../shared/indicator/baseline.ts';
import type { indicatorSaveInput } from '../../../../shared/schemas/indicator.ts';
import type { Indicator } from '../indicator-layout.tsx';

// The definition form edits exactly what indicator.save takes, so the form validates with the
// shared schema and sends its values as they are.

export type DefinitionValues = z.input<typeof indicatorSaveInput>;

export const DEFAULT_MIN_GROUP_SIZE = 10;

/** A new indicator's starting point: monthly, a percent that should go up. */
export function blankDefinition(networkId: number): DefinitionValues {
  return {
    networkId,
    version: 0,
    name: '',
    definition: '',
    isProportion: true,
    numeratorLabel: '',
    denominatorLabel: '',
    unit: 'percent',
    ratePer: null,
    polarity: 'higher_is_better',
    dataSource: '',
    frequency: 'monthly',
    baselinePeriod: null,
    baselineValue: null,
    targetValue: null,
    targetDate: null,
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
    dimensions: [],
  };
}

/**
 * The saved definition as the form edits it. A measured baseline period shows no typed value: its
 * measurement is the baseline (`rows`: the whole-population values).
 */
export function toDefinition(ind: Indicator, rows: readonly { period: string; value: number }[], w: Words): DefinitionValues {
  return {
    networkId: ind.networkId,
    version: ind.version,
    name: ind.name,
    definition: ind.definition,
    isProportion: ind.isProportion,
    numeratorLabel: ind.numeratorLabel,
    denominatorLabel: ind.denominatorLabel,
    unit: ind.unit,
    ratePer: ind.ratePer,
    polarity: ind.polarity,
    dataSource: ind.dataSource,
    frequency: ind.frequency,
    baselinePeriod: ind.baselinePeriod,
    baselineValue: baselineOf(ind, rows, w)?.measured ? null : ind.baselineValue,
    targetValue: ind.targetValue,
    targetDate: ind.targetDate,
    minGroupSize: ind.minGroupSize,
    dimensions: ind.dimensions.map((d) => ({ id: d.id, name: d.name, groups: d.groups.map((g) => ({ id: g.id, name: g.name })) })),
  };
}

/** What an empty box means for an optional number: nothing, not zero. A typo stays NaN so the schema can say so. */
export const optionalNumber = (v: unknown) => (v === '' || v === null || v === undefined ? null : typeof v === 'number' ? v : Number(String(v).trim().replace(/,/g, '')));
export const optionalText = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
