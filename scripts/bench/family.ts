// The family view (issue 19): the outcome and its contributing indicators analysed in one call.
// Timed twice: in this process on the bench's database (`measureFamily`, the server's whole work
// for `indicator.family`: its one query and the analysis of every series, each measure's whole
// population and each group's gap), and as a request to the running server.
import { wordsFor } from '../../server/i18n.ts';
import type { SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { accessFor } from '../../server/db/demo/access.ts';
import { getIndicator } from '../../server/services/indicator.ts';
import { measureFamily } from '../../server/services/measures.ts';
import type { Timing } from './compute.ts';
import { percentile } from './stats.ts';
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
  const measures = family();
  assertFamily(measures, months);
  // Every series the call analyses: each measure's whole population, and each group of each of its
  // dimensions (the gaps it reads in a sentence).
  const series = measures.reduce((n, m) => n + 1 + getIndicator(db, member, access, { indicatorId: m.id })!.dimensions.reduce((g, d) => g + d.groups.length, 0), 0);
  for (let i = 0; i < 10; i++) family();
  const clock: number[] = [];
  // CPU time beside the clock's: on two shared cores the clock also counts waiting for a core.
  let cpu = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    family();
    clock.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu += (used.user + used.system) / 1000;
  }
  return { family: { ...timingOf(clock), cpu: cpu / runs }, measures: measures.length, series };
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
