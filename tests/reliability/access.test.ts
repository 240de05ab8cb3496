// Access: the authorization matrix covers every procedure; nobody reads or writes another
// network's records, whether they name that network or smuggle its ids through their own; a
// deactivated person's session stops working on the next request.
import { expect, it } from 'vitest';
import { MATRIX } from '../helpers/authorization-matrix.ts';
import { auditRows, makeUser, TEST_PASSWORD, testDb } from '../helpers/db.ts';
import { cookieFrom, signIn, testApp, trpcMutation, trpcQuery } from '../helpers/http.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, callPath, outcome, procedures } from '../helpers/trpc.ts';

const DENIED = ['FORBIDDEN', 'NOT_FOUND'];
/** Keys that name a record (besides the network): carried over into another network, they must not reach it. */
const RECORD_KEYS = /^(cycleId|rampId|meetingId|actionId|nodeId|parentId|reportId|snapshotId|invitationId|changeIdeaId|jobId|version|planVersion|number)$/;
/** Procedures whose `version` is the network's own: under network B it names B itself, which B's lead may edit. */
const OWN_VERSION = new Set(['network.update']);

/** Network procedures: those whose matrix input names network A. */
async function networkProcedures() {
  const out: string[] = [];
  for (const [path, row] of Object.entries(MATRIX)) {
    if (!row.input) continue;
    const s = await scene(testDb());
    const input = (await row.input(s)) as Record<string, unknown> | undefined;
    if (input && input.networkId === s.networkA) out.push(path);
  }
  return out;
}

it('the authorization matrix has a row for every procedure of the router', () => {
  const all = Object.keys(procedures());
  expect(all.filter((p) => !(p in MATRIX)), 'procedures missing from tests/helpers/authorization-matrix.ts').toEqual([]);
  expect(Object.keys(MATRIX).filter((p) => !all.includes(p)), 'rows for procedures that do not exist').toEqual([]);
});

it('refuses every network procedure to people of another network, even its lead, and writes nothing', async () => {
  const paths = await networkProcedures();
  expect(paths.length).toBeGreaterThan(40);
  const leaks: string[] = [];
  let smuggled = 0;
  for (const path of paths) {
    const db = testDb();
    const s = await scene(db);
    const leadOfB = await makeUser(db, { name: 'Bea Lead of B' });
    addMember(db, s.networkB, leadOfB.id, 'lead');
    const input = (await MATRIX[path]!.input!(s)) as Record<string, unknown>;
    const before = auditRows(db).length;

    // 1. naming network A outright
    for (const who of [s.outsider, leadOfB]) {
      const got = await outcome(callPath(callerFor(db, who), path, input));
      if (!DENIED.includes(got)) leaks.push(`${path} as ${who.name} with network A's input: ${got}`);
    }
    // 2. naming their own network B, with network A's record ids
    // (a null parent or a version 0 names no record: such a call creates one in B, as it may)
    if (!OWN_VERSION.has(path) && Object.entries(input).some(([k, v]) => RECORD_KEYS.test(k) && ((typeof v === 'number' && v > 0) || (typeof v === 'string' && v !== '')))) {
      const got = await outcome(callPath(callerFor(db, leadOfB), path, { ...input, networkId: s.networkB }));
      if (got === 'OK') leaks.push(`${path} by B's lead, naming network B with network A's ids: OK`);
      smuggled++;
    }
    const written = auditRows(db).slice(before).filter((r) => r.networkId === s.networkA);
    if (written.length) leaks.push(`${path}: wrote ${written.map((r) => r.action).join(', ')} in network A`);
  }
  expect(leaks).toEqual([]);
  console.log(`access: ${paths.length} network procedures refused to 2 people of another network; ${smuggled} refused network A's ids under network B`);
});

it('ends a deactivated person’s session on the very next request, over HTTP', async () => {
  const t = await testApp();
  try {
    const s = await scene(t.db);
    const res = await signIn(t.app, s.member.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = cookieFrom(res);
    const admin = cookieFrom(await signIn(t.app, s.admin.email, TEST_PASSWORD));
    expect((await trpcQuery(t.app, 'network.overview', { networkId: s.networkA }, { cookie })).status).toBe(200);
    expect((await trpcMutation(t.app, 'admin.deactivateUser', { userId: s.member.id }, { cookie: admin })).status).toBe(200);
    const query = await trpcQuery(t.app, 'network.overview', { networkId: s.networkA }, { cookie });
    expect(query.status).toBe(401);
    expect(query.error?.data.code).toBe('UNAUTHORIZED');
    const write = await trpcMutation(t.app, 'cycle.quickLog', { networkId: s.networkA, clientId: crypto.randomUUID(), title: 'After deactivation', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null }, { cookie });
    expect(write.error?.data.code).toBe('UNAUTHORIZED');
  } finally {
    await t.close();
  }
});
