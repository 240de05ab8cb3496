import { and, asc, count, eq, inArray, isNull, max } from 'drizzle-orm';
import { measurementValue } from '../../shared/domain/measurement.ts';
import { byTimeKey, isPeriod, periodLabel, PERIOD_EXAMPLES } from '../../shared/domain/period.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { baselineToStore } from '../../shared/indicator/baseline.ts';
import type { DimensionInput, IndicatorSaveInput, MeasureKind } from '../../shared/schemas/indicator.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { driverNode, indicator, indicatorDimension, indicatorGroup, indicatorNode, measurement } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion } from './versions.ts';

export type IndicatorRow = typeof indicator.$inferSelect;

/** The network's outcome, its one community-level indicator ("the needle"), if it is defined. */
export function outcomeOf(db: DbOrTx, networkId: number): IndicatorRow | undefined {
  return db.select().from(indicator).where(and(eq(indicator.networkId, networkId), eq(indicator.kind, 'outcome'))).get();
}

/**
 * The measure a call is about, inside the network whose access was checked: `indicatorId`, or the
 * outcome when the call names none (as every call did before a network had several measures).
 * Another network's measure is not found here, as if it did not exist.
 */
export function measureIn(db: DbOrTx, networkId: number, indicatorId?: number): IndicatorRow {
  if (indicatorId === undefined) {
    const outcome = outcomeOf(db, networkId);
    if (!outcome) throw new AppError('NO_INDICATOR');
    return outcome;
  }
  const row = db.select().from(indicator).where(and(eq(indicator.id, indicatorId), eq(indicator.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:indicator.noSuchMeasure' });
  return row;
}

/** The dimensions with their groups, in order. */
export function dimensionsOf(db: DbOrTx, indicatorId: number) {
  const dims = db.select().from(indicatorDimension).where(eq(indicatorDimension.indicatorId, indicatorId)).orderBy(asc(indicatorDimension.position)).all();
  if (dims.length === 0) return [];
  const groups = db
    .select()
    .from(indicatorGroup)
    .where(inArray(indicatorGroup.dimensionId, dims.map((d) => d.id)))
    .orderBy(asc(indicatorGroup.position))
    .all();
  return dims.map((d) => ({ id: d.id, name: d.name, groups: groups.filter((g) => g.dimensionId === d.id).map((g) => ({ id: g.id, name: g.name })) }));
}

/** The drivers and change ideas a measure tracks. */
export function nodeIdsOf(db: DbOrTx, indicatorId: number): number[] {
  return db.select({ id: indicatorNode.nodeId }).from(indicatorNode).where(eq(indicatorNode.indicatorId, indicatorId)).orderBy(asc(indicatorNode.nodeId)).all().map((r) => r.id);
}

/** A measure with its groups, how many values it holds and what it tracks; null for a network with no outcome yet. */
export function getIndicator(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId?: number } = {}) {
  const row = input.indicatorId === undefined ? outcomeOf(db, networkId) : measureIn(db, networkId, input.indicatorId);
  if (!row) return null;
  const measurements = db.select({ n: count() }).from(measurement).where(eq(measurement.indicatorId, row.id)).get()?.n ?? 0;
  return { ...row, dimensions: dimensionsOf(db, row.id), measurements, nodeIds: nodeIdsOf(db, row.id) };
}

/**
 * Changes that would strand measurements already entered are refused, saying which: a group or
 * dimension with data cannot go, and the frequency or the kind of value cannot change under data.
 */
function assertKeepsData(tx: DbOrTx, current: IndicatorRow, input: Omit<IndicatorSaveInput, 'networkId'>) {
  const stored = tx.select({ n: count() }).from(measurement).where(eq(measurement.indicatorId, current.id)).get()?.n ?? 0;
  if (stored === 0) return;
  if (current.frequency !== input.frequency) {
    throw new AppError('WOULD_LOSE_DATA', { field: 'frequency', key: `errors:indicator.byFrequency.${current.frequency}`, values: { count: stored } });
  }
  if (current.isProportion !== input.isProportion) {
    throw new AppError('WOULD_LOSE_DATA', { field: 'isProportion', key: current.isProportion ? 'errors:indicator.enteredAsFractions' : 'errors:indicator.enteredAsValues', values: { count: stored } });
  }
  const kept = new Set(input.dimensions.flatMap((d) => d.groups.map((g) => g.id)).filter((id) => id !== null));
  for (const dim of dimensionsOf(tx, current.id)) {
    for (const group of dim.groups) {
      if (kept.has(group.id)) continue;
      const n = tx.select({ n: count() }).from(measurement).where(eq(measurement.groupId, group.id)).get()?.n ?? 0;
      if (n > 0) throw new AppError('WOULD_LOSE_DATA', { field: 'dimensions', key: 'errors:indicator.groupHasData', values: { group: `${dim.name}: ${group.name}`, count: n } });
    }
  }
}

/** Dimensions and groups as the form sent them: existing ones (by id) renamed and reordered, new ones added, missing ones removed. */
function syncDimensions(tx: DbOrTx, indicatorId: number, dims: readonly DimensionInput[]) {
  const existing = dimensionsOf(tx, indicatorId);
  const existingDims = new Set(existing.map((d) => d.id));
  const existingGroups = new Set(existing.flatMap((d) => d.groups.map((g) => g.id)));
  const keptDims = new Set<number>();
  const keptGroups = new Set<number>();
  dims.forEach((dim, position) => {
    let dimensionId: number;
    if (dim.id !== null && existingDims.has(dim.id)) {
      dimensionId = dim.id;
      tx.update(indicatorDimension).set({ name: dim.name, position }).where(eq(indicatorDimension.id, dim.id)).run();
    } else {
      dimensionId = tx.insert(indicatorDimension).values({ indicatorId, name: dim.name, position }).returning({ id: indicatorDimension.id }).get().id;
    }
    keptDims.add(dimensionId);
    dim.groups.forEach((g, gPosition) => {
      if (g.id !== null && existingGroups.has(g.id)) {
        tx.update(indicatorGroup).set({ name: g.name, position: gPosition, dimensionId }).where(eq(indicatorGroup.id, g.id)).run();
        keptGroups.add(g.id);
      } else {
        keptGroups.add(tx.insert(indicatorGroup).values({ dimensionId, name: g.name, position: gPosition }).returning({ id: indicatorGroup.id }).get().id);
      }
    });
  });
  for (const d of existing) {
    for (const g of d.groups) if (!keptGroups.has(g.id)) tx.delete(indicatorGroup).where(eq(indicatorGroup.id, g.id)).run();
    if (!keptDims.has(d.id)) tx.delete(indicatorDimension).where(eq(indicatorDimension.id, d.id)).run();
  }
}

/** The whole population's value in the baseline period, read as the definition being saved reads it; null when not measured. */
function measuredBaseline(tx: DbOrTx, indicatorId: number, def: Omit<IndicatorSaveInput, 'networkId' | 'version' | 'dimensions'>, w: Words) {
  if (!def.baselinePeriod) return null;
  const row = tx
    .select()
    .from(measurement)
    .where(and(eq(measurement.indicatorId, indicatorId), eq(measurement.period, def.baselinePeriod), isNull(measurement.groupId)))
    .get();
  const value = row ? measurementValue(def, row) : null;
  return value === null || !Number.isFinite(value) ? null : { label: periodLabel(def.baselinePeriod, def.frequency, w), value };
}

/** The drivers and change ideas a measure tracks, replaced by `nodeIds`: each must be in the network's plan. */
function syncNodes(tx: DbOrTx, networkId: number, indicatorId: number, nodeIds: readonly number[]) {
  const wanted = [...new Set(nodeIds)];
  const found = wanted.length === 0 ? [] : tx.select({ id: driverNode.id }).from(driverNode).where(and(eq(driverNode.networkId, networkId), inArray(driverNode.id, wanted))).all();
  if (found.length !== wanted.length) throw new AppError('MEASURE_REFUSED', { field: 'nodeIds', key: 'errors:indicator.nodeNotInPlan' });
  tx.delete(indicatorNode).where(eq(indicatorNode.indicatorId, indicatorId)).run();
  if (wanted.length > 0) tx.insert(indicatorNode).values(wanted.map((nodeId) => ({ indicatorId, nodeId }))).run();
}

/** Which measure a save writes: the one it names, the outcome, or none yet (a new measure). */
function savedMeasure(tx: DbOrTx, networkId: number, input: { indicatorId?: number; kind?: MeasureKind; version: number }): IndicatorRow | undefined {
  if (input.indicatorId !== undefined) {
    if (input.version === 0) throw new AppError('INDICATOR_EXISTS');
    return measureIn(tx, networkId, input.indicatorId);
  }
  const kind = input.kind ?? 'outcome';
  if (kind !== 'outcome') {
    if (input.version !== 0) throw new AppError('MEASURE_REFUSED', { field: 'indicatorId', key: 'errors:indicator.nameTheMeasure' });
    return undefined;
  }
  const outcome = outcomeOf(tx, networkId);
  if (outcome && input.version === 0) throw new AppError('INDICATOR_EXISTS');
  return outcome;
}

/**
 * Defines a measure or changes its definition. Without `indicatorId` it is the network's outcome
 * (created at version 0), or, with another `kind`, a new measure beside it.
 */
export function saveIndicator(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<IndicatorSaveInput, 'networkId'> & { networkId?: number }, w: Words) {
  return db.transaction((tx) => {
    // A router's input still carries the network id: it is dropped here, never written.
    const { networkId: _n, indicatorId: _i, version, dimensions, kind: askedKind, isPublic, nodeIds, ...fields } = input;
    const definition = {
      ...fields,
      baselinePeriod: fields.baselinePeriod || null,
      ratePer: fields.unit === 'rate' ? fields.ratePer : null,
      numeratorLabel: fields.isProportion ? fields.numeratorLabel : '',
      denominatorLabel: fields.isProportion ? fields.denominatorLabel : '',
    };
    const current = savedMeasure(tx, networkId, input);
    const kind = current?.kind ?? askedKind ?? 'outcome';
    // The outcome stays the outcome: a measure is not promoted or demoted under its data.
    if (askedKind && current && (askedKind === 'outcome') !== (current.kind === 'outcome')) {
      throw new AppError('MEASURE_REFUSED', { field: 'kind', key: 'errors:indicator.outcomeStaysOutcome' });
    }
    const links = {
      kind: askedKind ?? kind,
      isPublic: kind === 'outcome' ? false : (isPublic ?? current?.isPublic ?? false),
      contributesToId: (askedKind ?? kind) === 'contributing' ? (outcomeOf(tx, networkId)?.id ?? null) : null,
    };
    // One baseline: a measured baseline period's value is its measurement, never a typed number.
    const baseline = baselineToStore(definition, current ? measuredBaseline(tx, current.id, definition, w) : null, w);
    if ('problem' in baseline) throw new AppError('BASELINE_REFUSED', { field: 'baselineValue', message: baseline.problem });
    definition.baselineValue = baseline.value;
    let id: number;
    let next: number;
    if (!current) {
      assertVersion(0, version);
      const last = tx.select({ at: max(indicator.position) }).from(indicator).where(and(eq(indicator.networkId, networkId), eq(indicator.kind, links.kind))).get()?.at;
      id = tx.insert(indicator).values({ networkId, ...definition, ...links, position: last === null || last === undefined ? 0 : last + 1 }).returning({ id: indicator.id }).get().id;
      next = 1;
    } else {
      id = current.id;
      assertVersion(current.version, version);
      assertKeepsData(tx, current, input);
      next = current.version + 1;
      tx.update(indicator).set({ ...definition, ...links, version: next, updatedAt: new Date() }).where(eq(indicator.id, id)).run();
    }
    syncDimensions(tx, id, dimensions);
    if (kind !== 'outcome' && nodeIds !== undefined) syncNodes(tx, networkId, id, nodeIds);
    recordAudit(tx, { actorId: actor.id, action: current ? 'indicator.update' : 'indicator.create', entityType: 'indicator', entityId: id, networkId, detail: { name: fields.name } });
    return { id, version: next };
  });
}

/**
 * Removes a measure beside the outcome with its values, groups and links (the database cascades);
 * cycles that named it keep everything else. The outcome is never removed: the network's work is for it.
 */
export function removeMeasure(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId: number; version: number }) {
  return db.transaction((tx) => {
    const row = measureIn(tx, networkId, input.indicatorId);
    if (row.kind === 'outcome') throw new AppError('MEASURE_REFUSED', { field: 'indicatorId', key: 'errors:indicator.outcomeStays' });
    assertVersion(row.version, input.version);
    const values = tx.select({ n: count() }).from(measurement).where(eq(measurement.indicatorId, row.id)).get()?.n ?? 0;
    tx.delete(indicator).where(eq(indicator.id, row.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'indicator.remove', entityType: 'indicator', entityId: row.id, networkId, detail: { name: row.name, values } });
    return { removed: row.id };
  });
}

export function saveChartSettings(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { networkId?: number; indicatorId?: number; version: number; chartType: IndicatorRow['chartType']; ruleSet: IndicatorRow['ruleSet']; baselineThrough: string | null; phases: { start: string; label: string }[] },
) {
  return db.transaction((tx) => {
    const current = measureIn(tx, networkId, input.indicatorId);
    assertVersion(current.version, input.version);
    // As in saveIndicator: the network id an input carries is never written.
    const { networkId: _n, indicatorId: _i, version: _v, ...settings } = input;
    const phases = [...settings.phases].sort((a, b) => byTimeKey(a.start, b.start));
    const example = PERIOD_EXAMPLES[current.frequency];
    if (settings.baselineThrough && !isPeriod(settings.baselineThrough, current.frequency)) {
      throw new AppError('INVALID_PERIOD', { field: 'baselineThrough', key: 'errors:indicator.baselineThrough', values: { example } });
    }
    phases.forEach((p, i) => {
      if (!isPeriod(p.start, current.frequency)) throw new AppError('INVALID_PERIOD', { field: `phases.${i}.start`, key: 'errors:indicator.phaseStart', values: { example } });
    });
    tx.update(indicator)
      .set({ ...settings, baselineThrough: settings.baselineThrough || null, phases, version: current.version + 1, updatedAt: new Date() })
      .where(eq(indicator.id, current.id))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'indicator.chart', entityType: 'indicator', entityId: current.id, networkId, detail: { chartType: settings.chartType, ruleSet: settings.ruleSet } });
    return { version: current.version + 1 };
  });
}
