import type { Words } from '../i18n/words.ts';
import type { RampProgress } from './content.ts';

/** 'Calendars: cycles 1 to 3 (2 cycles in this period)': a ramp that advanced, as the page and the files write it. */
export function rampLine(r: RampProgress, w: Words): string {
  const { t, f } = w;
  const which = r.fromNumber === r.toNumber ? t('report:cycles.ramp.one', { number: r.toNumber }) : t('report:cycles.ramp.range', { from: r.fromNumber, to: r.toNumber });
  return t('report:cycles.ramp.item', { title: r.title, which, inPeriod: t('report:cycles.ramp.inPeriod', { count: r.cyclesInPeriod, n: f.count(r.cyclesInPeriod) }) });
}
