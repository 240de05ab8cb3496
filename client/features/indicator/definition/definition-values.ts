import type { z } from 'zod';
import type { Words } from '../../../../shared/i18n/words.ts';
import { baselineOf } from '../../../../shared/indicator/baseline.ts';
import { MEASURE_KINDS, type indicatorSaveInput, type MeasureKind } from '../../../../shared/schemas/indicator.ts';
import type { Indicator } from '../indicator-layout.tsx';

// The definition form edits exactly what indicator.save takes, so the form validates with the
// shared schema and sends its values as they are.

export type DefinitionValues = z.input<typeof indicatorSaveInput>;

export const DEFAULT_MIN_GROUP_SIZE = 10;

/** The kinds a measure beside the outcome can be, and change between. */
export const SIDE_KINDS = MEASURE_KINDS.filter((k): k is Exclude<MeasureKind, 'outcome'> => k !== 'outcome');

/** What a measure beside the outcome adds to its definition; nothing for the outcome. */
function sideFields(kind: MeasureKind, saved?: Pick<Indicator, 'id' | 'isPublic' | 'nodeIds'>): Partial<DefinitionValues> {
  if (kind === 'outcome') return {};
  return saved ? { indicatorId: saved.id, kind, isPublic: saved.isPublic, nodeIds: saved.nodeIds } : { kind, isPublic: false, nodeIds: [] };
}

/** A new measure's starting point: monthly, a percent that should go up; the outcome unless `kind` says otherwise. */
export function blankDefinition(networkId: number, kind: MeasureKind = 'outcome'): DefinitionValues {
  return {
    ...sideFields(kind),
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
    ...sideFields(ind.kind, ind),
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
