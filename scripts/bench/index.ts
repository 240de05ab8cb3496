// `npm run bench`: seeds a large partnership into a temporary database, starts the real server
// on loopback beside its peer (a bare tRPC procedure on Fastify: scripts/bench/bare-trpc.ts),
// measures reads, writes, the analysis, the family view of several measures, reports, the client,
// memory and the live board's event streams in one run, and prints one table. Goals missed are
// reported, not fatal: the exit code is non-zero only when the harness itself breaks.
//   --quick       a small partnership and short runs, to check the harness (figures mean little)
//   --keep        keep the temporary folder (the database) and say where it is
//   --soak 30m    instead: a steady mix of reads and writes for that long (scripts/bench/soak.ts)
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import superjson from 'superjson';
import { openDb } from '../../server/db/client.ts';
import { HttpClient, startServer, tempDir, UNTHROTTLED, type RunningServer } from '../../tests/reliability/server.ts';
import { clientRows } from './client.ts';
import { analysisTiming, reportTimings, timeIt } from './compute.ts';
import { familyRequests, familyTimings } from './family.ts';
import { autocannonAtRate, flatOut, paced, type LoadResult, type Target } from './load.ts';
import { liveBench } from './live.ts';
import { memoryOf } from './memory.ts';
import { FULL, PASSWORD, QUICK, type Seeded } from './seed.ts';
import { parseDuration, soak } from './soak.ts';
import { printTable, type Row } from './table.ts';

const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const soakAt = process.argv.indexOf('--soak');
const soakMs = soakAt >= 0 ? parseDuration(process.argv[soakAt + 1] ?? '') : null;
const scale = quick ? QUICK : FULL;
const SECONDS = quick ? 3 : 15;
const FLAT_SECONDS = quick ? 3 : 10;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const clientDir = resolve('dist/client');
if (!existsSync(join(clientDir, 'index.html'))) throw new Error('The client is not built: run `npm run build` first (npm run bench does).');

const dir = tempDir('bench');
const dbPath = join(dir, 'needle.db');
const servers: RunningServer[] = [];

/** This process (and the threads it has) on `cores`, a taskset list; false where that cannot be. */
function runSelfOn(cores: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', cores, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const ALL_CORES = `0-${availableParallelism() - 1}`;

/**
 * On Linux with two cores or more and taskset: the load on core 0, the servers on core 1. Returns
 * the servers' core, or undefined where the cores stay shared. Work timed in this process (the
 * analysis, the family view, reports) and the browser get every core again (runSelfOn(ALL_CORES)),
 * as they had before, and a person's browser has a machine of its own.
 */
function pinCores(): string | undefined {
  if (availableParallelism() >= 2 && runSelfOn('0')) {
    log('the load runs on core 0, the servers on core 1');
    return '1';
  }
  log('the servers and the load share the cores');
  return undefined;
}

const query = (base: string, path: string, input: unknown) => `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;

try {
  log(`seeding ${scale.networks} networks, ${scale.users} people, ${(scale.networks * scale.cyclesPerNetwork).toLocaleString('en-US')} cycles into ${dbPath}`);
  const t0 = performance.now();
  const seedOutput = execFileSync(process.execPath, ['scripts/bench/seed-run.ts', dbPath, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  const seeded = JSON.parse(seedOutput.toString()) as Seeded;
  log(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  // One core for the server, as the issue frames it ("a national movement on one core"), and the
  // other for this process (the load, the browser), so neither takes the other's time.
  const cpus = pinCores();
  // 300 writes a second from one account is far above the per-person throttle: lift it here.
  // The soak reads V8's own account of its full collections (soak.ts).
  const needle = await startServer({ dbPath, clientDir, env: { NODE_ENV: 'production', ...UNTHROTTLED }, cpus, nodeFlags: soakMs === null ? [] : ['--trace-gc'] });
  servers.push(needle);
  const startMemory = memoryOf(needle.child.pid!).now;
  const member = new HttpClient(needle.base);
  const facilitator = new HttpClient(needle.base);
  if ((await member.signIn(seeded.member.email, PASSWORD)) !== 200 || (await facilitator.signIn(seeded.facilitator.email, PASSWORD)) !== 200) throw new Error('sign-in failed');
  const networkId = seeded.busiest.networkId;
  const asMember = { cookie: member.cookie };

  const overview: Target = { url: query(needle.base, 'network.overview', { networkId }), headers: asMember };
  const cycleList: Target = { url: query(needle.base, 'cycle.list', { networkId }), headers: asMember };
  const create: Target = {
    url: `${needle.base}/trpc/cycle.create`,
    method: 'POST',
    headers: { ...asMember, origin: needle.base, 'content-type': 'application/json' },
    body: () => JSON.stringify(superjson.serialize({ networkId, clientId: randomUUID(), rampId: null, title: 'Bench cycle', changeIdeaId: null, ownerId: seeded.member.id, coOwnerIds: [], partnerOrganizationId: null, meetingId: null, startDate: null, endDate: null, questions: [], carriedOut: null, decision: null, objective: 'Measure how fast a cycle is logged.' })),
  };

  const countCycles = () => member.query('cycle.list', { networkId, limit: 1 }).then((r) => (r.data as { total: number }).total);

  if (soakMs !== null) {
    log(`soak: ${Math.round(soakMs / 60_000)} min of reads and writes`);
    const result = await soak({ pid: needle.child.pid!, output: needle.child.stdout! }, { reads: [overview, cycleList], write: create, countWrites: countCycles }, soakMs, log);
    printTable(result.rows);
    console.log(`\n${result.notes}`);
    console.log(`seeded: ${JSON.stringify(seeded.counts)}; busiest network: ${seeded.busiest.members} people, ${seeded.busiest.cycles} cycles`);
    process.exitCode = 0;
  } else {
    const peer = await startServer({ dbPath, clientDir, script: 'scripts/bench/bare-trpc.ts', cpus });
    servers.push(peer);
    const peerTarget: Target = { url: query(peer.base, 'peer.read', { networkId }) };

    const reads: Record<string, { paced: LoadResult; autocannon: LoadResult; flat: LoadResult }> = {};
    for (const [name, target] of [['network.overview', overview], ['cycle.list', cycleList]] as const) {
      log(`reads: ${name} at 200 req/s, then flat out`);
      reads[name] = { paced: await paced(target, 200, SECONDS), autocannon: await autocannonAtRate(target, 200, SECONDS), flat: await flatOut(target, FLAT_SECONDS) };
    }
    log('reads: the bare tRPC peer at 200 req/s, then flat out');
    const peerPaced = await paced(peerTarget, 200, SECONDS);
    const peerFlat = await flatOut(peerTarget, FLAT_SECONDS);
    const memory: Record<string, number> = { started: startMemory, reads: memoryOf(needle.child.pid!).now };

    log('analysis, report assembly and PDF');
    if (cpus) runSelfOn(ALL_CORES);
    const analysis = await analysisTiming();
    const db = openDb(dbPath);
    const months = scale.years * 12;
    const memberUser = { id: seeded.member.id, name: 'Member', email: seeded.member.email, isAdmin: false };
    log('the family view: in process, then indicator.family over HTTP');
    const family = await familyTimings(db, memberUser, networkId, months, quick ? 100 : 300);
    const familyHttp = await familyRequests(needle.base, member.cookie, networkId, months, quick ? 50 : 200);
    const report = await reportTimings(db, { id: seeded.facilitator.id, name: 'Facilitator', email: seeded.facilitator.email, isAdmin: false }, networkId, seeded.busiest.reportId);
    db.$client.close();
    log('the PDF export through the server (its own process, download)');
    const exportPdf = await timeIt(async () => {
      const started = await facilitator.mutation('report.exportStart', { networkId, reportId: seeded.busiest.reportId, format: 'pdf' });
      const { jobId } = started.data as { jobId: string };
      for (;;) {
        const status = (await facilitator.query('report.exportStatus', { networkId, jobId })).data as { state: string };
        if (status.state === 'done') break;
        if (status.state === 'failed') throw new Error('the export failed');
        await new Promise((r) => setTimeout(r, 25));
      }
      const file = await fetch(`${needle.base}/api/exports/${jobId}`, { headers: { cookie: facilitator.cookie } });
      if (!file.ok) throw new Error(`download ${file.status}`);
      await file.arrayBuffer();
    }, 3, 1);

    memory.export = memoryOf(needle.child.pid!).now;
    log('writes: cycle.create at 300 req/s');
    if (cpus) runSelfOn('0');
    const before = await countCycles();
    const writes = await paced(create, 300, SECONDS);
    const written = (await countCycles()) - before;

    log('client: the first script, and the network home in Chromium on loopback and as a phone on slow 4G');
    // Chromium on one core took twice as long to draw the page as on two; the server keeps its core.
    if (cpus) runSelfOn(ALL_CORES);
    const client = await clientRows(needle.base, clientDir, `/n/${seeded.busiest.slug}`, seeded.member.email, PASSWORD, quick ? 2 : 5);
    memory.writes = memoryOf(needle.child.pid!).now;
    const rss = memoryOf(needle.child.pid!);

    log('the live board: 200 event streams on a server of its own');
    const live = await liveBench(log, clientDir, cpus);

    const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
    const latency = (r: LoadResult) => `p50 ${ms(r.p50)} · p99 ${ms(r.p99)}${r.failures ? ` · ${r.failures} failed` : ''}`;
    const share: Record<string, number> = { 'network.overview': 0.25, 'cycle.list': 0.2 };
    const rows: Row[] = [
      ...Object.entries(reads).map(([name, r]): Row => ({
        measure: `${name}, flat out, signed in: Needle / the bare tRPC peer`,
        result: `${Math.round(r.flat.rps)} / ${Math.round(peerFlat.rps)} req/s = ${((100 * r.flat.rps) / peerFlat.rps).toFixed(1)}%`,
        goal: `≥ ${100 * share[name]!}% of the peer`,
        met: r.flat.rps / peerFlat.rps >= share[name]! && r.flat.failures === 0,
      })),
      ...Object.entries(reads).map(([name, r]): Row => ({ measure: `${name}, paced at 200 req/s (${r.paced.requests} requests)`, result: latency(r.paced), goal: 'p99 ≤ 20 ms', met: r.paced.p99 <= 20 && r.paced.failures === 0 })),
      { measure: `cycle.create, 300 req/s durable (${writes.requests} requests)`, result: `${latency(writes)} · ${written} new rows (${writes.warmUp} from the warm-up)`, goal: 'p99 ≤ 50 ms, 0 errors', met: writes.p99 <= 50 && writes.failures === 0 && written === writes.requests + writes.warmUp },
      { measure: `analyzeSeries, 10,000 points (slowest: ${analysis.chart})`, result: `${ms(analysis.median)} (max ${ms(analysis.max)})`, goal: '≤ 10 ms', met: analysis.median <= 10 },
      { measure: `family view, server work (measureFamily): ${family.measures} measures × ${months} months, all ${family.series} series`, result: `p50 ${ms(family.family.median)} · p99 ${ms(family.family.p99)} · CPU ${ms(family.family.cpu)}`, goal: 'p99 ≤ 30 ms', met: family.family.p99 <= 30 },
      { measure: `indicator.family over HTTP, one at a time (${familyHttp.runs}; ${Math.round(familyHttp.bytes / 1024)} KB JSON)`, result: `p50 ${ms(familyHttp.median)} · p99 ${ms(familyHttp.p99)}`, goal: `all ${family.measures} in 1 request`, met: true },
      { measure: `report assembly, busiest network (${report.cycles} cycles)`, result: `${ms(report.assembly.median)} (max ${ms(report.assembly.max)})`, goal: '≤ 100 ms', met: report.assembly.median <= 100 },
      { measure: `its PDF, drawn (${Math.round(report.pdfBytes / 1024)} KB)`, result: `${ms(report.pdf.median)} (max ${ms(report.pdf.max)})`, goal: '≤ 1.5 s', met: report.pdf.median <= 1500 },
      { measure: 'its PDF, exported through the server', result: `${ms(exportPdf.median)} (max ${ms(exportPdf.max)})`, goal: '≤ 1.5 s', met: exportPdf.median <= 1500 },
      ...client.rows,
      ...live.rows,
      { measure: 'server memory (RSS), peak over the run', result: `${Math.round(rss.peak)} MB (at the end ${Math.round(rss.now)} MB)`, goal: '≤ 250 MB', met: rss.peak <= 250 },
    ];
    printTable(rows);
    const comparison = Object.entries(reads).map(([name, r]) => `${name} ${latency(r.autocannon)}`).join('; ');
    console.log(`\nthe harness's floor: the bare tRPC peer at 200 req/s ${latency(peerPaced)}`);
    console.log(`server RSS after each phase: ${Object.entries(memory).map(([k, v]) => `${k} ${Math.round(v)} MB`).join(', ')}`);
    console.log(`autocannon's own 200 req/s (bursts each second, uncorrected): ${comparison}`);
    console.log(client.notes);
    console.log(live.notes);
    console.log(`seeded: ${JSON.stringify(seeded.counts)}; busiest network: ${seeded.busiest.members} people, ${seeded.busiest.cycles} cycles`);
  }
} finally {
  for (const s of servers) await s.stop();
  if (keep) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
