import { importColumns } from '../../../../shared/domain/measurement.ts';
import { PERIOD_EXAMPLES } from '../../../../shared/domain/period.ts';
import type { Indicator } from '../indicator-layout.tsx';

/** A template file: the header and an example line for the whole population and one group. */
export function importExample(ind: Indicator): string {
  const group = ind.dimensions[0]?.groups[0];
  const period = PERIOD_EXAMPLES[ind.frequency];
  const line = (groupName: string, a: number, b: number) => (ind.isProportion ? [period, groupName, a, b, ''] : [period, groupName, a, '']).map(csvCell).join(',');
  return [importColumns(ind).join(','), line('', 45, 120), ...(group ? [line(`${ind.dimensions[0]!.name}: ${group.name}`, 12, 40)] : [])].join('\n') + '\n';
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
