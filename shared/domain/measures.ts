import { MEASURE_KINDS, type MeasureKind } from '../schemas/indicator.ts';

/** Measures listed as a network reads them: the outcome first, then contributing, process and balancing ones. */
export const byKind = (a: { kind: MeasureKind }, b: { kind: MeasureKind }) => MEASURE_KINDS.indexOf(a.kind) - MEASURE_KINDS.indexOf(b.kind);
