import { and, asc, eq, inArray } from 'drizzle-orm';
import { isOwnCycle } from '../../shared/domain/cycle.ts';
import { can } from '../../shared/domain/permissions.ts';
import { byTimeKey } from '../../shared/domain/period.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { cycleCoOwner, driverNode, pdsaCycle, ramp, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import type { NetworkAccess } from '../trpc.ts';
import { recordAudit } from './audit.ts';
import { cycleDate } from './cycle-list.ts';
import { assertVersion } from './versions.ts';

// A ramp: the cycles testing one change idea at growing scale. It is made by "start the next
// cycle" and named after its first cycle until someone gives it a better name.

function rampIn(db: DbOrTx, networkId: number, rampId: number) {
  const row = db.select().from(ramp).where(and(eq(ramp.id, rampId), eq(ramp.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:ramps.thereIsNoSuchRamp' });
  return row;
}

/** The network's ramps, newest activity first, with how far each has come. */
export function listRamps(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const ramps = db.select().from(ramp).where(eq(ramp.networkId, networkId)).all();
  if (ramps.length === 0) return [];
  const cycles = db
    .select({
      rampId: pdsaCycle.rampId,
      rampNumber: pdsaCycle.rampNumber,
      stage: pdsaCycle.stage,
      decision: pdsaCycle.decision,
      scale: pdsaCycle.scale,
      date: cycleDate,
      changeIdeaTitle: driverNode.title,
    })
    .from(pdsaCycle)
    .leftJoin(driverNode, eq(driverNode.id, pdsaCycle.changeIdeaId))
    .where(inArray(pdsaCycle.rampId, ramps.map((r) => r.id)))
    .orderBy(asc(pdsaCycle.rampNumber))
    .all();
  return ramps
    .map((r) => {
      const own = cycles.filter((c) => c.rampId === r.id);
      const last = own.at(-1);
      return {
        id: r.id,
        title: r.title,
        cycles: own.length,
        changeIdeaTitle: own.find((c) => c.changeIdeaTitle)?.changeIdeaTitle ?? null,
        latest: last ? { rampNumber: last.rampNumber ?? 0, stage: last.stage, decision: last.decision, scale: last.scale } : null,
        decisions: own.map((c) => c.decision),
        lastDate: own.reduce<string | null>((d, c) => (d === null || c.date > d ? c.date : d), null),
      };
    })
    .sort((a, b) => byTimeKey(b.lastDate ?? '', a.lastDate ?? '') || b.id - a.id);
}

/** Who may rename a ramp: facilitators and leads, and anyone who may edit one of its cycles. */
function mayRename(db: DbOrTx, access: NetworkAccess, actor: SessionUser, rampId: number): boolean {
  if (can(access, 'cycle.editAny')) return true;
  const cycles = db.select({ id: pdsaCycle.id, ownerId: pdsaCycle.ownerId, createdById: pdsaCycle.createdById }).from(pdsaCycle).where(eq(pdsaCycle.rampId, rampId)).all();
  if (cycles.length === 0) return false;
  const coOwners = db.select().from(cycleCoOwner).where(inArray(cycleCoOwner.cycleId, cycles.map((c) => c.id))).all();
  return cycles.some((c) => isOwnCycle({ ...c, coOwnerIds: coOwners.filter((o) => o.cycleId === c.id).map((o) => o.userId) }, actor.id));
}

export function getRamp(db: Db, actor: SessionUser, access: NetworkAccess, { rampId }: { rampId: number }) {
  rampIn(db, access.networkId, rampId);
  return { ...rampWithCycles(db, rampId), canRename: mayRename(db, access, actor, rampId) };
}

export function renameRamp(db: Db, actor: SessionUser, access: NetworkAccess, input: { rampId: number; seenTitle: string; title: string }) {
  return db.transaction((tx) => {
    const current = rampIn(tx, access.networkId, input.rampId);
    if (!mayRename(tx, access, actor, current.id)) throw new AppError('NOT_CYCLE_EDITOR', { key: 'errors:ramps.onlyTheOwnersOfIts' });
    assertVersion(current.title, input.seenTitle, { key: 'errors:ramps.renamed', values: { title: current.title } }, 'title');
    tx.update(ramp).set({ title: input.title }).where(eq(ramp.id, current.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'cycle.renameRamp', entityType: 'ramp', entityId: current.id, networkId: access.networkId, detail: { from: current.title, to: input.title } });
    return { title: input.title };
  });
}

export function rampWithCycles(db: DbOrTx, rampId: number) {
  const row = db.select().from(ramp).where(eq(ramp.id, rampId)).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:ramps.thereIsNoSuchRamp' });
  const cycles = db
    .select({
      id: pdsaCycle.id,
      rampNumber: pdsaCycle.rampNumber,
      title: pdsaCycle.title,
      stage: pdsaCycle.stage,
      decision: pdsaCycle.decision,
      scale: pdsaCycle.scale,
      startDate: pdsaCycle.startDate,
      endDate: pdsaCycle.endDate,
      loggedOn: pdsaCycle.loggedOn,
      learning: pdsaCycle.learning,
      nextSteps: pdsaCycle.nextSteps,
      changeIdeaId: pdsaCycle.changeIdeaId,
      changeIdeaTitle: driverNode.title,
      ownerName: user.name,
    })
    .from(pdsaCycle)
    .leftJoin(driverNode, eq(driverNode.id, pdsaCycle.changeIdeaId))
    .leftJoin(user, eq(user.id, pdsaCycle.ownerId))
    .where(eq(pdsaCycle.rampId, rampId))
    .orderBy(asc(pdsaCycle.rampNumber))
    .all()
    .map((c) => ({ ...c, rampNumber: c.rampNumber ?? 0 }));
  return { id: row.id, networkId: row.networkId, title: row.title, cycles };
}
