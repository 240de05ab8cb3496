// The live board under load: 200 open event streams on one server, and how long a check-in takes
// to reach all of them. Starts its own server on loopback with a temporary database, stops by
// itself. Run alone with `node scripts/bench/live.ts`; `npm run bench` runs it too.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EventSource } from 'eventsource';
import superjson from 'superjson';
import { openDb } from '../../server/db/client.ts';
import { createMeeting } from '../../server/services/meetings.ts';
import { makeUser, TEST_PASSWORD } from '../../tests/helpers/db.ts';
import { addMember, makeNetwork } from '../../tests/helpers/scene.ts';
import { clientDir as emptyClient, HttpClient, startServer, tempDir, UNTHROTTLED, type RunningServer } from '../../tests/reliability/server.ts';
import { percentile } from './stats.ts';
import { memoryOf } from './memory.ts';
import { printTable, type Row } from './table.ts';

const CONNECTIONS = 200;
const EVENTS = 20;
/** Longest the whole bench may run, and the longest one event may take to reach everyone. */
const DEADLINE_MS = 120_000;
const EVENT_TIMEOUT_MS = 5_000;

/** A network, a meeting, one member whose 200 screens watch it, and 20 members who check in. */
async function seed(dbPath: string) {
  const db = openDb(dbPath);
  const networkId = makeNetwork(db, { name: 'Live Bench', slug: 'live-bench' });
  const viewer = await makeUser(db, { name: 'Viewer' });
  const facilitator = await makeUser(db, { name: 'Facilitator' });
  addMember(db, networkId, viewer.id, 'member');
  addMember(db, networkId, facilitator.id, 'facilitator');
  const arrivals = [];
  for (let i = 0; i < EVENTS; i++) {
    const m = await makeUser(db, { name: `Member ${i + 1}` });
    addMember(db, networkId, m.id, 'member');
    arrivals.push(m);
  }
  const access = { networkId, role: 'facilitator' as const, isAdmin: false };
  const { id: meetingId } = createMeeting(db, facilitator, access, { clientId: crypto.randomUUID(), title: 'Live bench', date: '2026-12-07', attendeeIds: [], guestCount: 0, agenda: '', notes: '' });
  db.$client.close();
  return { networkId, meetingId, viewer, arrivals };
}

export type LiveBench = { rows: Row[]; notes: string };

export async function liveBench(log: (line: string) => void, clientDir?: string, cpus?: string): Promise<LiveBench> {
  const deadline = Date.now() + DEADLINE_MS;
  const dir = tempDir('bench-live');
  const client = clientDir ?? emptyClient();
  const sources: EventSource[] = [];
  let server: RunningServer | undefined;
  try {
    const dbPath = join(dir, 'needle.db');
    const seeded = await seed(dbPath);
    server = await startServer({ dbPath, clientDir: client, env: { NODE_ENV: 'production', ...UNTHROTTLED }, cpus });
    const pid = server.child.pid!;
    const viewer = new HttpClient(server.base);
    if ((await viewer.signIn(seeded.viewer.email, TEST_PASSWORD)) !== 200) throw new Error('sign-in failed');
    const arrivals = await Promise.all(
      seeded.arrivals.map(async (m) => {
        const c = new HttpClient(server!.base);
        if ((await c.signIn(m.email, TEST_PASSWORD)) !== 200) throw new Error('sign-in failed');
        return c;
      }),
    );
    const ref = { networkId: seeded.networkId, meetingId: seeded.meetingId };
    // A warm server: the routes, the queries and the session path have all run once.
    for (let i = 0; i < 20; i++) await viewer.query('meeting.get', ref);
    // Start-up garbage is collected within a few seconds; RSS before that would flatter the streams.
    await new Promise((r) => setTimeout(r, 3000));
    const before = memoryOf(pid).now;

    log(`live: opening ${CONNECTIONS} event streams`);
    const url = `${server.base}/trpc/meeting.live?input=${encodeURIComponent(JSON.stringify(superjson.serialize(ref)))}`;
    // received[c][k]: when stream c heard the k-th event.
    const received: number[][] = [];
    await Promise.all(
      Array.from({ length: CONNECTIONS }, (_, c) => {
        received.push([]);
        const source = new EventSource(url, { fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, cookie: viewer.cookie } }) });
        sources.push(source);
        source.addEventListener('message', () => received[c]!.push(performance.now()));
        return new Promise<void>((resolve, reject) => {
          // Cleared once connected: 200 timers left waiting kept the bench alive two minutes after its table.
          const late = setTimeout(() => reject(new Error(`stream ${c} did not connect`)), Math.max(0, deadline - Date.now()));
          source.addEventListener('connected', () => (clearTimeout(late), resolve()), { once: true });
        });
      }),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const open = memoryOf(pid).now;

    log(`live: ${EVENTS} check-ins, each to all ${CONNECTIONS} streams`);
    const worst: number[] = [];
    const all: number[] = [];
    for (let k = 0; k < EVENTS; k++) {
      const sent = performance.now();
      const reply = await arrivals[k]!.mutation('meeting.checkIn', ref);
      if (reply.status !== 200) throw new Error(`check-in ${k} answered ${reply.status}`);
      const until = Date.now() + EVENT_TIMEOUT_MS;
      while (received.some((r) => r.length <= k)) {
        if (Date.now() > until || Date.now() > deadline) throw new Error(`event ${k} reached ${received.filter((r) => r.length > k).length} of ${CONNECTIONS} streams`);
        await new Promise((r) => setTimeout(r, 2));
      }
      const delays = received.map((r) => r[k]! - sent);
      worst.push(Math.max(...delays));
      all.push(...delays);
      await new Promise((r) => setTimeout(r, 50));
    }
    const inOrder = worst.map(Math.round).join(', ');
    const after = memoryOf(pid).now;
    all.sort((a, b) => a - b);
    worst.sort((a, b) => a - b);
    const extra = Math.max(open, after) - before;
    const ms = (x: number) => `${Math.round(x)} ms`;
    return {
      rows: [
        { measure: `live board: ${CONNECTIONS} open event streams, server's extra memory (RSS)`, result: `${extra.toFixed(1)} MB (${Math.round(before)} → ${Math.round(Math.max(open, after))} MB)`, goal: '< 50 MB', met: extra < 50 },
        {
          measure: `live board: check-in (HTTP) to the event at all ${CONNECTIONS} streams (${EVENTS} events)`,
          result: `max ${ms(worst.at(-1)!)} · p99 ${ms(percentile(all, 99))} · median of worst ${ms(percentile(worst, 50))}`,
          goal: '≤ 200 ms',
          met: worst.at(-1)! <= 200,
        },
      ],
      notes: `live board: RSS before the streams ${before.toFixed(1)} MB, with ${CONNECTIONS} open ${open.toFixed(1)} MB, after ${EVENTS} events ${after.toFixed(1)} MB; slowest stream per event, in order: ${inOrder} ms`,
    };
  } finally {
    for (const s of sources) s.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (!clientDir) rmSync(client, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await liveBench((line) => process.stderr.write(`bench: ${line}\n`));
  printTable(result.rows);
  console.log(`\n${result.notes}`);
}
