// The work that is pure computation or close to it, timed in this process: the chart analysis,
// assembling the busiest network's report from the database, and drawing its PDF. Each is run a
// few times after a warm-up and given as the median, with the slowest run beside it (and the 99th
// percentile, which means something when there are many runs).
import { wordsFor } from '../../server/i18n.ts';
import { analyzeSeries } from '../../shared/qi/analyze-series.ts';
import { CHART_TYPES } from '../../shared/qi/chart-types.ts';
import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { renderPdf } from '../../server/exports/pdf.ts';
import { getDraft } from '../../server/services/reports.ts';
import { percentile } from './stats.ts';
import { random } from './words.ts';
import { accessFor } from '../../server/db/demo/access.ts';

export type Timing = { median: number; p99: number; max: number; runs: number };

export async function timeIt(fn: () => unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)]!, p99: percentile(ms, 99), max: ms[runs - 1]!, runs };
}

/** 10,000 points for every chart type; the slowest type's timing is the figure. */
export async function analysisTiming(points = 10_000): Promise<Timing & { chart: string }> {
  const r = random(7);
  const series = Array.from({ length: points }, () => {
    const denominator = r.int(400, 700);
    return { value: Math.round(denominator * (0.4 + r.next() * 0.2)), denominator };
  });
  let worst: Timing & { chart: string } = { median: 0, p99: 0, max: 0, runs: 0, chart: '' };
  for (const chart of CHART_TYPES) {
    const input = { chart, points: chart === 'i' || chart === 'c' || chart === 'run' ? series.map((p) => ({ value: p.value })) : series, freeze: 24 };
    const t = await timeIt(() => analyzeSeries(input), 30, 5);
    if (t.median > worst.median) worst = { ...t, chart };
  }
  return worst;
}

export async function reportTimings(db: Db, facilitator: SessionUser, networkId: number, reportId: number) {
  const access = accessFor(db, facilitator, networkId);
  const assembly = await timeIt(() => getDraft(db, facilitator, access, { reportId }, 'en'), 20);
  const { document } = getDraft(db, facilitator, access, { reportId }, 'en');
  let bytes = 0;
  const pdf = await timeIt(async () => (bytes = (await renderPdf(document, wordsFor('en'))).length), 5, 1);
  return { assembly, pdf, pdfBytes: bytes, answerBytes: JSON.stringify(document).length, cycles: document.content.cycles.total };
}
