import { measurementValue } from '../../../../shared/domain/measurement.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import type { Words } from '../../../../shared/i18n/words.ts';
import type { Indicator } from '../indicator-layout.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';

export type Measurement = RouterOutputs['indicator']['measurements'][number];

/** The value of one measurement, formatted, or null when it cannot be computed or was withheld. */
export function shownValue(ind: Indicator, m: Measurement, w: Words): string | null {
  const v = measurementValue(ind, m);
  return v === null ? null : formatValue(ind, v, w);
}

/** Every group of every dimension, with its dimension's name, as the shared measurement rules want them. */
export function groupsOf(ind: Indicator) {
  return ind.dimensions.flatMap((d) => d.groups.map((g) => ({ id: g.id, name: g.name, dimension: d.name })));
}

/** Periods, newest first, each with its measurements keyed by group (0: the whole population). */
export function byPeriod(rows: readonly Measurement[]): { period: string; cells: Map<number, Measurement> }[] {
  const periods = new Map<string, Map<number, Measurement>>();
  for (const m of rows) {
    const cells = periods.get(m.period) ?? new Map<number, Measurement>();
    cells.set(m.groupId ?? 0, m);
    periods.set(m.period, cells);
  }
  return [...periods.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([period, cells]) => ({ period, cells }));
}
