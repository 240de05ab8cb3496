// The family view (issue 19): the outcome and its contributing indicators analysed in one call.
// Timed twice: in this process on the bench's database (`measureFamily`, the server's whole work
// for `indicator.family`: its queries and the six analyses), and as a request to the running server.
// The family view reads each measure's whole population only; every group's series is the equity
// page's, which reads a measure's rows and analyses them by dimension. "Analyses all series" can
// mean those too, so they are timed beside it, as a member's pages get them.
import { wordsFor } from '../../server/i18n.ts';
import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { accessFor } from '../../server/db/demo/access.ts';
import { getIndicator } from '../../server/services/indicator.ts';
import { listMeasurements } from '../../server/services/measurements.ts';
import { measureFamily } from '../../server/services/measures.ts';
import { equityView } from '../../shared/indicator/equity-view.ts';
import { percentile, type Timing } from './compute.ts';
import { FAMILY_SIZE } from './family-seed.ts';
import { BROWSER } from './load.ts';

const timingOf = (ms: number[]): Timing => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p99: percentile(sorted, 99), max: sorted.at(-1)!, runs: sorted.length };
};

/** Throws unless the family is the seeded one: six measures, each with `months` values. */
function assertFamily(family: { rows: unknown[] }[], months: number) {
  if (family.length !== FAMILY_SIZE) throw new Error(`the family view has ${family.length} measures, not ${FAMILY_SIZE}`);
  if (family.some((m) => m.rows.length !== months)) throw new Error(`a measure of the family has not ${months} months`);
}

export async function familyTimings(db: Db, member: SessionUser, networkId: number, months: number, runs: number) {
  const access = accessFor(db, member, networkId);
  const w = wordsFor('en');
  const family = () => measureFamily(db, member, access, w);
  const ids = family().map((m) => m.id);
  let series = 0;
  let views = 0;
  /** What the equity page of each measure needs, by dimension: its groups and the whole, analysed. */
  const equity = () => {
    series = 0;
    views = 0;
    for (const indicatorId of ids) {
      const ind = getIndicator(db, member, access, { indicatorId })!;
      const rows = listMeasurements(db, member, access, { indicatorId });
      for (const dimension of ind.dimensions) {
        equityView(ind, rows, dimension, w);
        series += dimension.groups.length;
        views += 1;
      }
    }
  };
  assertFamily(family(), months);
  for (let i = 0; i < 10; i++) {
    family();
    equity();
  }
  const alone: number[] = [];
  const groups: number[] = [];
  // CPU time beside the clock's: on two shared cores the clock also counts waiting for a core.
  const cpu = { family: 0, equity: 0 };
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    family();
    const t1 = performance.now();
    cpu.family += cpuMs(process.cpuUsage(c0));
    const c1 = process.cpuUsage();
    equity();
    groups.push(performance.now() - t1);
    cpu.equity += cpuMs(process.cpuUsage(c1));
    alone.push(t1 - t0);
  }
  return {
    family: { ...timingOf(alone), cpu: cpu.family / runs },
    equity: { ...timingOf(groups), cpu: cpu.equity / runs },
    all: { ...timingOf(alone.map((ms, i) => ms + groups[i]!)), cpu: (cpu.family + cpu.equity) / runs },
    measures: ids.length,
    series: ids.length + series,
    views,
  };
}

/** `indicator.family` over HTTP, one request at a time, as a browser asks for it (compressed). */
export async function familyRequests(base: string, cookie: string, networkId: number, months: number, count: number) {
  const url = `${base}/trpc/indicator.family?input=${encodeURIComponent(JSON.stringify({ json: { networkId } }))}`;
  const one = async () => {
    const res = await fetch(url, { headers: { ...BROWSER, cookie } });
    const text = await res.text();
    if (!res.ok) throw new Error(`indicator.family answered ${res.status}`);
    return text;
  };
  const answer = await one();
  assertFamily((JSON.parse(answer) as { result: { data: { json: { rows: unknown[] }[] } } }).result.data.json, months);
  for (let i = 0; i < 5; i++) await one();
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await one();
    ms.push(performance.now() - t);
  }
  return { ...timingOf(ms), bytes: answer.length };
}
