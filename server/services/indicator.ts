import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { measurementValue } from '../../shared/domain/measurement.ts';
import { isPeriod, periodLabel, PERIOD_EXAMPLES } from '../../shared/domain/period.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { baselineToStore } from '../../shared/indicator/baseline.ts';
import type { DimensionInput, IndicatorSaveInput } from '../../shared/schemas/indicator.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { indicator, indicatorDimension, indicatorGroup, measurement } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion } from './versions.ts';

export type IndicatorRow = typeof indicator.$inferSelect;

export function indicatorOf(db: DbOrTx, networkId: number): IndicatorRow {
  const row = db.select().from(indicator).where(eq(indicator.networkId, networkId)).get();
  if (!row) throw new AppError('NO_INDICATOR');
  return row;
}

/** The dimensions with their groups, in order. */
export function dimensionsOf(db: DbOrTx, networkId: number) {
  const dims = db.select().from(indicatorDimension).where(eq(indicatorDimension.networkId, networkId)).orderBy(asc(indicatorDimension.position)).all();
  if (dims.length === 0) return [];
  const groups = db
    .select()
    .from(indicatorGroup)
    .where(inArray(indicatorGroup.dimensionId, dims.map((d) => d.id)))
    .orderBy(asc(indicatorGroup.position))
    .all();
  return dims.map((d) => ({ id: d.id, name: d.name, groups: groups.filter((g) => g.dimensionId === d.id).map((g) => ({ id: g.id, name: g.name })) }));
}

export function getIndicator(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const row = db.select().from(indicator).where(eq(indicator.networkId, networkId)).get();
  if (!row) return null;
  const measurements = db.select({ n: count() }).from(measurement).where(eq(measurement.networkId, networkId)).get()?.n ?? 0;
  return { ...row, dimensions: dimensionsOf(db, networkId), measurements };
}

/**
 * Changes that would strand measurements already entered are refused, saying which: a group or
 * dimension with data cannot go, and the frequency or the kind of value cannot change under data.
 */
function assertKeepsData(tx: DbOrTx, current: IndicatorRow, input: Omit<IndicatorSaveInput, 'networkId'>) {
  const stored = tx.select({ n: count() }).from(measurement).where(eq(measurement.networkId, current.networkId)).get()?.n ?? 0;
  if (stored === 0) return;
  if (current.frequency !== input.frequency) {
    throw new AppError('WOULD_LOSE_DATA', { field: 'frequency', key: `errors:indicator.byFrequency.${current.frequency}`, values: { count: stored } });
  }
  if (current.isProportion !== input.isProportion) {
    throw new AppError('WOULD_LOSE_DATA', { field: 'isProportion', key: current.isProportion ? 'errors:indicator.enteredAsFractions' : 'errors:indicator.enteredAsValues', values: { count: stored } });
  }
  const kept = new Set(input.dimensions.flatMap((d) => d.groups.map((g) => g.id)).filter((id) => id !== null));
  for (const dim of dimensionsOf(tx, current.networkId)) {
    for (const group of dim.groups) {
      if (kept.has(group.id)) continue;
      const n = tx.select({ n: count() }).from(measurement).where(eq(measurement.groupId, group.id)).get()?.n ?? 0;
      if (n > 0) throw new AppError('WOULD_LOSE_DATA', { field: 'dimensions', key: 'errors:indicator.groupHasData', values: { group: `${dim.name}: ${group.name}`, count: n } });
    }
  }
}

/** Dimensions and groups as the form sent them: existing ones (by id) renamed and reordered, new ones added, missing ones removed. */
function syncDimensions(tx: DbOrTx, networkId: number, dims: readonly DimensionInput[]) {
  const existing = dimensionsOf(tx, networkId);
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
      dimensionId = tx.insert(indicatorDimension).values({ networkId, name: dim.name, position }).returning({ id: indicatorDimension.id }).get().id;
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
function measuredBaseline(tx: DbOrTx, networkId: number, def: Omit<IndicatorSaveInput, 'networkId' | 'version' | 'dimensions'>, w: Words) {
  if (!def.baselinePeriod) return null;
  const row = tx
    .select()
    .from(measurement)
    .where(and(eq(measurement.networkId, networkId), eq(measurement.period, def.baselinePeriod), isNull(measurement.groupId)))
    .get();
  const value = row ? measurementValue(def, row) : null;
  return value === null || !Number.isFinite(value) ? null : { label: periodLabel(def.baselinePeriod, def.frequency, w), value };
}

export function saveIndicator(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<IndicatorSaveInput, 'networkId'> & { networkId?: number }, w: Words) {
  return db.transaction((tx) => {
    // A router's input still carries the network id: it is dropped here, never written.
    const { networkId: _n, version, dimensions, ...fields } = input;
    const definition = {
      ...fields,
      baselinePeriod: fields.baselinePeriod || null,
      ratePer: fields.unit === 'rate' ? fields.ratePer : null,
      numeratorLabel: fields.isProportion ? fields.numeratorLabel : '',
      denominatorLabel: fields.isProportion ? fields.denominatorLabel : '',
    };
    const current = tx.select().from(indicator).where(eq(indicator.networkId, networkId)).get();
    // One baseline: a measured baseline period's value is its measurement, never a typed number.
    const baseline = baselineToStore(definition, current ? measuredBaseline(tx, networkId, definition, w) : null, w);
    if ('problem' in baseline) throw new AppError('BASELINE_REFUSED', { field: 'baselineValue', message: baseline.problem });
    definition.baselineValue = baseline.value;
    let next: number;
    if (!current) {
      assertVersion(0, version);
      tx.insert(indicator).values({ networkId, ...definition }).run();
      next = 1;
    } else {
      if (version === 0) throw new AppError('INDICATOR_EXISTS');
      assertVersion(current.version, version);
      assertKeepsData(tx, current, input);
      next = current.version + 1;
      tx.update(indicator).set({ ...definition, version: next, updatedAt: new Date() }).where(eq(indicator.networkId, networkId)).run();
    }
    syncDimensions(tx, networkId, dimensions);
    recordAudit(tx, { actorId: actor.id, action: current ? 'indicator.update' : 'indicator.create', entityType: 'indicator', entityId: networkId, networkId, detail: { name: fields.name } });
    return { version: next };
  });
}

export function saveChartSettings(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { networkId?: number; version: number; chartType: IndicatorRow['chartType']; ruleSet: IndicatorRow['ruleSet']; baselineThrough: string | null; phases: { start: string; label: string }[] },
) {
  return db.transaction((tx) => {
    const current = indicatorOf(tx, networkId);
    assertVersion(current.version, input.version);
    // As in saveIndicator: the network id an input carries is never written.
    const { networkId: _n, version: _v, ...settings } = input;
    const phases = [...settings.phases].sort((a, b) => a.start.localeCompare(b.start));
    const example = PERIOD_EXAMPLES[current.frequency];
    if (settings.baselineThrough && !isPeriod(settings.baselineThrough, current.frequency)) {
      throw new AppError('INVALID_PERIOD', { field: 'baselineThrough', key: 'errors:indicator.baselineThrough', values: { example } });
    }
    phases.forEach((p, i) => {
      if (!isPeriod(p.start, current.frequency)) throw new AppError('INVALID_PERIOD', { field: `phases.${i}.start`, key: 'errors:indicator.phaseStart', values: { example } });
    });
    tx.update(indicator)
      .set({ ...settings, baselineThrough: settings.baselineThrough || null, phases, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(indicator.networkId, networkId)))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'indicator.chart', entityType: 'indicator', entityId: networkId, networkId, detail: { chartType: settings.chartType, ruleSet: settings.ruleSet } });
    return { version: current.version + 1 };
  });
}
