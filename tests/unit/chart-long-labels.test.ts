import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { periodLabel } from '../../shared/domain/period.ts';
import { nextPeriod } from '../../shared/indicator/family-axis.ts';
import { chartLayout, type LayoutPoint } from '../../shared/chart/layout.ts';
import { textWidth } from '../../shared/chart/labels.ts';

// Weeks are named by their Monday ('Week of Mar 3, 2025'), twice as long as a month's name: the
// names under a chart's axis are thinned out until none runs into the next.

const point = (y: number): LayoutPoint => ({ y, cl: 50, ucl: null, lcl: null, sigmaSignal: false, part: 0 });
const en = wordsFor('en');

describe('period names under the axis', () => {
  const weeks = Array.from({ length: 39 }).reduce<string[]>((ks) => [...ks, nextPeriod(ks.at(-1)!, 'weekly')], ['2025-W01']);
  const labels = weeks.map((k) => periodLabel(k, 'weekly', en));
  const layout = (shown: readonly string[]) =>
    chartLayout({ width: 480, height: 240, margin: { top: 10, right: 10, bottom: 30, left: 40 }, points: shown.map((_, i) => point(40 + i)), labels: shown, minLabelSpacing: 72 });

  it('leaves room for the longest name between two names', () => {
    const ticks = layout(labels).xTicks;
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) {
      const gap = ticks[i]!.x - ticks[i - 1]!.x - (textWidth(ticks[i]!.label) + textWidth(ticks[i - 1]!.label)) / 2;
      expect(gap, `${ticks[i - 1]!.label} | ${ticks[i]!.label}`).toBeGreaterThan(0);
    }
    expect(ticks.at(-1)!.label).toBe(labels.at(-1));
  });

  it('keeps the spacing made for months when the names are short', () => {
    const months = Array.from({ length: 40 }, (_, i) => `${['Jan', 'Feb', 'Mar', 'Apr'][i % 4]} 2025`);
    expect(layout(months).xTicks).toHaveLength(Math.ceil(40 / Math.ceil(40 / Math.floor(430 / 72))));
  });
});
