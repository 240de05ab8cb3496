import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { blankCycle, cycleFidelity, hasPredictions, isOwnCycle, stageBlockers } from '../../shared/domain/cycle.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import { localToday } from '../../shared/domain/plan.ts';
import { can } from '../../shared/domain/permissions.ts';
import type { Words } from '../../shared/i18n/words.ts';
import type { CycleFields, CycleStage, QuickLogInput } from '../../shared/schemas/cycle.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { byKind } from '../../shared/domain/measures.ts';
import { cycleCoOwner, cycleIndicator, driverNode, indicator, meeting, partnerOrganization, pdsaCycle, ramp, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import type { NetworkAccess } from '../trpc.ts';
import { recordAudit } from './audit.ts';
import { cycleAtMeetingChanged } from './meeting-live.ts';
import { networkSlug } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { indexCycle, unindexCycle } from './cycle-search.ts';
import { assertMeeting, assertMembers, assertNode, assertOrganization } from './links.ts';
import { rampWithCycles } from './ramps.ts';
import { assertVersion, earlierCreate } from './versions.ts';
import { oncePerWrite } from './write-receipts.ts';

type CycleRow = typeof pdsaCycle.$inferSelect;

function cycleIn(db: DbOrTx, networkId: number, cycleId: number): CycleRow {
  const row = db.select().from(pdsaCycle).where(and(eq(pdsaCycle.id, cycleId), eq(pdsaCycle.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:cycles.thereIsNoSuchCycle' });
  return row;
}

function coOwnerIdsOf(db: DbOrTx, cycleId: number): string[] {
  return db.select({ id: cycleCoOwner.userId }).from(cycleCoOwner).where(eq(cycleCoOwner.cycleId, cycleId)).all().map((r) => r.id);
}

function mayEdit(db: DbOrTx, access: NetworkAccess, actor: SessionUser, cycle: CycleRow): boolean {
  return can(access, 'cycle.editAny') || isOwnCycle({ ...cycle, coOwnerIds: coOwnerIdsOf(db, cycle.id) }, actor.id);
}

function assertEditor(db: DbOrTx, access: NetworkAccess, actor: SessionUser, cycle: CycleRow): void {
  if (!mayEdit(db, access, actor, cycle)) throw new AppError('NOT_CYCLE_EDITOR');
}

type Links = Pick<CycleFields, 'changeIdeaId' | 'ownerId' | 'coOwnerIds' | 'partnerOrganizationId' | 'meetingId'>;

/** The caller may own what they write (they passed the network check: a member, or a site admin). */
function assertCycleLinks(db: DbOrTx, actor: SessionUser, networkId: number, f: Links) {
  assertNode(db, networkId, f.changeIdeaId, 'changeIdeaId', 'change_idea');
  if (f.ownerId !== actor.id) assertMembers(db, networkId, [f.ownerId], 'ownerId', 'Choose an owner from the network.');
  assertMembers(db, networkId, f.coOwnerIds, 'coOwnerIds', 'Co-owners must be members of the network.');
  assertOrganization(db, f.partnerOrganizationId);
  assertMeeting(db, networkId, f.meetingId);
}

function setCoOwners(tx: DbOrTx, cycleId: number, ownerId: string | null, coOwnerIds: readonly string[]) {
  tx.delete(cycleCoOwner).where(eq(cycleCoOwner.cycleId, cycleId)).run();
  const others = [...new Set(coOwnerIds)].filter((id) => id !== ownerId);
  if (others.length) tx.insert(cycleCoOwner).values(others.map((userId) => ({ cycleId, userId }))).run();
}

/** The measures a cycle expects to move, replaced; each must be one of the network's. Left out (undefined), unchanged. */
function setMeasures(tx: DbOrTx, networkId: number, cycleId: number, indicatorIds: readonly number[] | undefined) {
  if (indicatorIds === undefined) return;
  const wanted = [...new Set(indicatorIds)];
  const found = wanted.length === 0 ? [] : tx.select({ id: indicator.id }).from(indicator).where(and(eq(indicator.networkId, networkId), inArray(indicator.id, wanted))).all();
  if (found.length !== wanted.length) throw new AppError('NOT_FOUND', { key: 'errors:cycles.chooseMeasuresOfThisNetwork', field: 'indicatorIds' });
  tx.delete(cycleIndicator).where(eq(cycleIndicator.cycleId, cycleId)).run();
  if (wanted.length > 0) tx.insert(cycleIndicator).values(wanted.map((indicatorId) => ({ cycleId, indicatorId }))).run();
}

function measureIdsOf(db: DbOrTx, cycleId: number): number[] {
  return db.select({ id: cycleIndicator.indicatorId }).from(cycleIndicator).where(eq(cycleIndicator.cycleId, cycleId)).all().map((r) => r.id);
}

function nextRampNumber(tx: DbOrTx, rampId: number): number {
  return (tx.select({ n: max(pdsaCycle.rampNumber) }).from(pdsaCycle).where(eq(pdsaCycle.rampId, rampId)).get()?.n ?? 0) + 1;
}

function assertRamp(db: DbOrTx, networkId: number, rampId: number) {
  const row = db.select({ id: ramp.id }).from(ramp).where(and(eq(ramp.id, rampId), eq(ramp.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:cycles.chooseARampOfThis', field: 'rampId' });
}

type NewCycle = CycleFields & { networkId: number; clientId: string; rampId: number | null };

function insertCycle(tx: DbOrTx, actor: SessionUser, input: NewCycle, extra: { stage?: CycleStage; quickLog?: boolean; predictedBeforeDo?: boolean | null } = {}) {
  const { coOwnerIds, indicatorIds, rampId, ...fields } = input;
  const created = tx
    .insert(pdsaCycle)
    .values({
      ...fields,
      rampId,
      rampNumber: rampId === null ? null : nextRampNumber(tx, rampId),
      loggedOn: localToday(),
      createdById: actor.id,
      stage: extra.stage ?? 'plan',
      quickLog: extra.quickLog ?? false,
      predictedBeforeDo: extra.predictedBeforeDo ?? null,
    })
    .returning()
    .get();
  setCoOwners(tx, created.id, created.ownerId, coOwnerIds);
  setMeasures(tx, input.networkId, created.id, indicatorIds);
  indexCycle(tx, created);
  cycleAtMeetingChanged(tx, created);
  return created;
}

export function createCycle(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<NewCycle, 'networkId'>) {
  return db.transaction((tx) => {
    const earlier = earlierCreate(tx, pdsaCycle, networkId, input.clientId);
    if (earlier) return earlier;
    assertCycleLinks(tx, actor, networkId, input);
    if (input.rampId !== null) assertRamp(tx, networkId, input.rampId);
    const created = insertCycle(tx, actor, { ...input, networkId });
    recordAudit(tx, { actorId: actor.id, action: 'cycle.create', entityType: 'pdsa_cycle', entityId: created.id, networkId, detail: { title: created.title } });
    return { id: created.id, created: true as const };
  });
}


/**
 * The quick log: a few fields now, the rest later. A cycle whose "what we tried" is filled in was
 * already carried out, so it starts at Do, and it honestly had no predictions before doing.
 */
export function quickLog(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<QuickLogInput, 'networkId'>) {
  return db.transaction((tx) => {
    const earlier = earlierCreate(tx, pdsaCycle, networkId, input.clientId);
    if (earlier) return earlier;
    const fields: CycleFields = {
      ...blankCycle(input.title, actor.id),
      changeIdeaId: input.changeIdeaId,
      meetingId: input.meetingId,
      whatHappened: input.whatWeTried,
      learning: input.whatWeLearned,
      decision: input.decision,
    };
    assertCycleLinks(tx, actor, networkId, fields);
    const tried = input.whatWeTried !== '';
    const created = insertCycle(
      tx,
      actor,
      { ...fields, networkId, clientId: input.clientId, rampId: null },
      { stage: tried ? 'do' : 'plan', quickLog: true, predictedBeforeDo: tried ? false : null },
    );
    recordAudit(tx, { actorId: actor.id, action: 'cycle.quickLog', entityType: 'pdsa_cycle', entityId: created.id, networkId, detail: { title: created.title } });
    return { id: created.id, created: true as const };
  });
}

export function updateCycle(db: Db, actor: SessionUser, access: NetworkAccess, input: CycleFields & { networkId?: number; cycleId: number; version: number; writeId?: string }) {
  return db.transaction((tx) => oncePerWrite(tx, actor, 'cycle.update', input.writeId, () => {
    const current = cycleIn(tx, access.networkId, input.cycleId);
    assertEditor(tx, access, actor, current);
    assertVersion(current.version, input.version);
    assertCycleLinks(tx, actor, access.networkId, input);
    // A router's input still carries the network id: it is dropped here, never written.
    const { networkId: _n, cycleId: _c, version: _v, writeId: _w, coOwnerIds, indicatorIds, ...fields } = input;
    const updated = tx
      .update(pdsaCycle)
      .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
      .where(eq(pdsaCycle.id, current.id))
      .returning()
      .get();
    setCoOwners(tx, current.id, updated.ownerId, coOwnerIds);
    setMeasures(tx, access.networkId, current.id, indicatorIds);
    indexCycle(tx, updated);
    cycleAtMeetingChanged(tx, updated, current.meetingId);
    recordAudit(tx, { actorId: actor.id, action: 'cycle.update', entityType: 'pdsa_cycle', entityId: current.id, networkId: access.networkId, detail: { title: updated.title } });
    return { version: updated.version };
  }));
}

export function setStage(db: Db, actor: SessionUser, access: NetworkAccess, input: { cycleId: number; version: number; stage: CycleStage }, w: Words) {
  return db.transaction((tx) => {
    const current = cycleIn(tx, access.networkId, input.cycleId);
    assertEditor(tx, access, actor, current);
    assertVersion(current.version, input.version);
    const blockers = stageBlockers(current, input.stage, w);
    if (blockers.length) throw new AppError('STAGE_BLOCKED', { message: blockers.join(' '), field: 'stage' });
    // Whether predictions came first is fixed the first time the cycle reaches Do.
    const predictedBeforeDo = current.predictedBeforeDo ?? (input.stage === 'do' ? hasPredictions(current.questions) : null);
    tx.update(pdsaCycle)
      .set({ stage: input.stage, predictedBeforeDo, version: current.version + 1, updatedAt: new Date() })
      .where(eq(pdsaCycle.id, current.id))
      .run();
    cycleAtMeetingChanged(tx, current);
    recordAudit(tx, { actorId: actor.id, action: 'cycle.setStage', entityType: 'pdsa_cycle', entityId: current.id, networkId: access.networkId, detail: { title: current.title, from: current.stage, to: input.stage } });
    notify(tx, {
      userIds: [...(current.ownerId ? [current.ownerId] : []), ...coOwnerIdsOf(tx, current.id)],
      event: 'cycle_stage',
      networkId: access.networkId,
      actorId: actor.id,
      detail: { title: current.title, stage: input.stage },
      link: notificationLinks.cycle(networkSlug(tx, access.networkId), current.id),
    });
    return { version: current.version + 1 };
  });
}

/**
 * "Start the next cycle": the following cycle of the same ramp (a cycle on its own becomes cycle 1
 * of a new ramp). The next cycle keeps the change idea, owners, place, objective, questions and
 * plan; predictions, results and the scale are its own to write.
 */
export function continueRamp(db: Db, actor: SessionUser, access: NetworkAccess, input: { cycleId: number; clientId: string }) {
  return db.transaction((tx) => {
    const earlier = earlierCreate(tx, pdsaCycle, access.networkId, input.clientId);
    if (earlier) return earlier;
    const source = cycleIn(tx, access.networkId, input.cycleId);
    assertEditor(tx, access, actor, source);
    let rampId = source.rampId;
    if (rampId === null) {
      rampId = tx.insert(ramp).values({ networkId: access.networkId, title: source.title }).returning({ id: ramp.id }).get().id;
      tx.update(pdsaCycle).set({ rampId, rampNumber: 1 }).where(eq(pdsaCycle.id, source.id)).run();
    }
    const created = insertCycle(tx, actor, {
      ...blankCycle(source.title, source.ownerId ?? actor.id),
      networkId: access.networkId,
      clientId: input.clientId,
      rampId,
      changeIdeaId: source.changeIdeaId,
      coOwnerIds: coOwnerIdsOf(tx, source.id),
      indicatorIds: measureIdsOf(tx, source.id),
      partnerOrganizationId: source.partnerOrganizationId,
      site: source.site,
      objective: source.objective,
      questions: source.questions.map((q) => ({ question: q.question, prediction: '', result: '' })),
      planWho: source.planWho,
      planWhat: source.planWhat,
      planWhen: source.planWhen,
      planWhere: source.planWhere,
      dataCollection: source.dataCollection,
    });
    recordAudit(tx, { actorId: actor.id, action: 'cycle.continueRamp', entityType: 'pdsa_cycle', entityId: created.id, networkId: access.networkId, detail: { title: created.title, from: source.id, rampNumber: created.rampNumber } });
    return { id: created.id, created: true as const };
  });
}

export function deleteCycle(db: Db, actor: SessionUser, access: NetworkAccess, input: { cycleId: number; version: number }) {
  return db.transaction((tx) => {
    const current = cycleIn(tx, access.networkId, input.cycleId);
    assertEditor(tx, access, actor, current);
    assertVersion(current.version, input.version);
    tx.delete(pdsaCycle).where(eq(pdsaCycle.id, current.id)).run();
    unindexCycle(tx, current.id);
    cycleAtMeetingChanged(tx, current);
    if (current.rampId !== null && !tx.select({ id: pdsaCycle.id }).from(pdsaCycle).where(eq(pdsaCycle.rampId, current.rampId)).get()) {
      tx.delete(ramp).where(eq(ramp.id, current.rampId)).run();
    }
    recordAudit(tx, { actorId: actor.id, action: 'cycle.delete', entityType: 'pdsa_cycle', entityId: current.id, networkId: access.networkId, detail: { title: current.title } });
    return { deleted: true };
  });
}

/** One cycle with the names it links to, its ramp, the cycle before it, and its method fidelity. */
export function getCycle(db: Db, actor: SessionUser, access: NetworkAccess, { cycleId }: { cycleId: number }, w: Words) {
  const cycle = cycleIn(db, access.networkId, cycleId);
  const coOwners = db
    .select({ id: user.id, name: user.name })
    .from(cycleCoOwner)
    .innerJoin(user, eq(user.id, cycleCoOwner.userId))
    .where(eq(cycleCoOwner.cycleId, cycleId))
    .orderBy(asc(user.name))
    .all();
  const nameOf = (id: string | null) => (id ? (db.select({ name: user.name }).from(user).where(eq(user.id, id)).get()?.name ?? null) : null);
  const changeIdea = cycle.changeIdeaId
    ? (db.select({ id: driverNode.id, title: driverNode.title }).from(driverNode).where(eq(driverNode.id, cycle.changeIdeaId)).get() ?? null)
    : null;
  const meetingRow = cycle.meetingId
    ? (db.select({ id: meeting.id, title: meeting.title, date: meeting.date }).from(meeting).where(eq(meeting.id, cycle.meetingId)).get() ?? null)
    : null;
  const organization = cycle.partnerOrganizationId
    ? (db.select({ id: partnerOrganization.id, name: partnerOrganization.name }).from(partnerOrganization).where(eq(partnerOrganization.id, cycle.partnerOrganizationId)).get() ?? null)
    : null;
  const rampInfo = cycle.rampId === null ? null : rampWithCycles(db, cycle.rampId);
  const number = cycle.rampNumber ?? 0;
  const previous = rampInfo?.cycles.filter((c) => c.rampNumber < number).at(-1) ?? null;
  const hasNextCycle = rampInfo?.cycles.some((c) => c.rampNumber > number) ?? false;
  const coOwnerIds = coOwners.map((c) => c.id);
  const measures = db
    .select({ id: indicator.id, name: indicator.name, kind: indicator.kind })
    .from(cycleIndicator)
    .innerJoin(indicator, eq(indicator.id, cycleIndicator.indicatorId))
    .where(eq(cycleIndicator.cycleId, cycleId))
    .orderBy(asc(indicator.position), asc(indicator.id))
    .all()
    .sort(byKind);
  return {
    ...cycle,
    coOwners,
    coOwnerIds,
    measures,
    indicatorIds: measures.map((m) => m.id),
    ownerName: nameOf(cycle.ownerId),
    createdByName: nameOf(cycle.createdById),
    changeIdea,
    meeting: meetingRow,
    organization,
    ramp: rampInfo,
    previous,
    hasNextCycle,
    fidelity: cycleFidelity({ ...cycle, hasNextCycle }, w),
    canEdit: can(access, 'cycle.editAny') || isOwnCycle({ ...cycle, coOwnerIds }, actor.id),
  };
}
