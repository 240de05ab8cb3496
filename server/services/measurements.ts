import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { readMessage } from '../../shared/i18n/message.ts';
import Papa from 'papaparse';
import { importColumns, measurementKey, measurementProblems, type IndicatorShape } from '../../shared/domain/measurement.ts';
import { withheldReasons } from '../../shared/indicator/withheld.ts';
import type { MeasurementRow } from '../../shared/schemas/indicator.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { measurement, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import type { NetworkAccess } from '../trpc.ts';
import { can } from '../../shared/domain/permissions.ts';
import { recordAudit } from './audit.ts';
import { dimensionsOf, measureIn, type IndicatorRow } from './indicator.ts';
import { assertVersion } from './versions.ts';

export function shapeOf(db: DbOrTx, ind: IndicatorRow): IndicatorShape {
  const groups = dimensionsOf(db, ind.id).flatMap((d) => d.groups.map((g) => ({ id: g.id, name: g.name, dimension: d.name })));
  return { frequency: ind.frequency, isProportion: ind.isProportion, unit: ind.unit, ratePer: ind.ratePer, groups };
}

/**
 * Every measurement of one of the network's measures (its outcome when none is named). A group's value about fewer people than the network's
 * threshold is withheld from everyone but the facilitators and leads who keep the data, and so is
 * any other group hidden so that one cannot be worked out from the whole (shared/qi/suppression.ts).
 */
export function listMeasurements(db: Db, _actor: SessionUser, access: NetworkAccess, input: { indicatorId?: number } = {}) {
  const ind = measureIn(db, access.networkId, input.indicatorId);
  const steward = can(access, 'indicator.edit');
  const rows = db
    .select({
      period: measurement.period,
      groupId: measurement.groupId,
      value: measurement.value,
      numerator: measurement.numerator,
      denominator: measurement.denominator,
      note: measurement.note,
      updatedAt: measurement.updatedAt,
      enteredByName: user.name,
    })
    .from(measurement)
    .leftJoin(user, eq(user.id, measurement.enteredById))
    .where(eq(measurement.indicatorId, ind.id))
    .orderBy(asc(measurement.period), asc(measurement.groupKey))
    .all();
  const reasons = withheldReasons({ minGroupSize: ind.minGroupSize, dimensions: dimensionsOf(db, ind.id) }, rows);
  return rows.map((m, i) => {
    const suppressedReason = reasons[i]!;
    const suppressed = suppressedReason !== null;
    if (!suppressed || steward) return { ...m, suppressed, suppressedReason };
    return { ...m, value: null, numerator: null, denominator: null, note: '', suppressed, suppressedReason };
  });
}

/** Inserts or replaces rows by period and group, in the caller's transaction. Returns how many were new. */
export function upsert(tx: DbOrTx, indicatorId: number, actor: SessionUser, rows: readonly MeasurementRow[]): { created: number; updated: number } {
  const existing = new Set(
    tx
      .select({ period: measurement.period, groupId: measurement.groupId })
      .from(measurement)
      .where(eq(measurement.indicatorId, indicatorId))
      .all()
      .map(measurementKey),
  );
  // One prepared statement run row by row: SQLite reuses its plan, and a 28,000-row import holds
  // the write lock a third as long as with 500-row multi-value statements.
  const write = tx
    .insert(measurement)
    .values({
      indicatorId,
      period: sql.placeholder('period'),
      groupId: sql.placeholder('groupId'),
      groupKey: sql.placeholder('groupKey'),
      value: sql.placeholder('value'),
      numerator: sql.placeholder('numerator'),
      denominator: sql.placeholder('denominator'),
      note: sql.placeholder('note'),
      enteredById: actor.id,
      updatedAt: new Date(),
    })
    .onConflictDoUpdate({
      target: [measurement.indicatorId, measurement.period, measurement.groupKey],
      set: {
        value: sqlExcluded('value'),
        numerator: sqlExcluded('numerator'),
        denominator: sqlExcluded('denominator'),
        note: sqlExcluded('note'),
        enteredById: sqlExcluded('entered_by_id'),
        updatedAt: sqlExcluded('updated_at'),
      },
    })
    .prepare();
  let created = 0;
  for (const r of rows) {
    if (!existing.has(measurementKey(r))) created += 1;
    write.run({ period: r.period, groupId: r.groupId, groupKey: r.groupId ?? 0, value: r.value, numerator: r.numerator, denominator: r.denominator, note: r.note });
  }
  return { created, updated: rows.length - created };
}

/** Saves rows from the grid: all or none. A row's problems come back on its fields (`rows.3.numerator`). */
export function saveMeasurements(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId?: number; rows: MeasurementRow[] }) {
  return db.transaction((tx) => {
    const ind = measureIn(tx, networkId, input.indicatorId);
    const shape = shapeOf(tx, ind);
    const stored = new Map(
      tx
        .select({ period: measurement.period, groupId: measurement.groupId, updatedAt: measurement.updatedAt })
        .from(measurement)
        .where(eq(measurement.indicatorId, ind.id))
        .all()
        .map((m) => [measurementKey(m), m.updatedAt.getTime()]),
    );
    const seen = new Map<string, number>();
    input.rows.forEach((row, i) => {
      if (row.seenUpdatedAt !== undefined) {
        assertVersion(
          stored.get(measurementKey(row)) ?? null,
          row.seenUpdatedAt,
          { key: 'errors:measurements.changedMeanwhile', values: { period: row.period } },
          `rows.${i}.period`,
        );
      }
      const problem = measurementProblems(shape, row)[0];
      if (problem) throw new AppError('INVALID_MEASUREMENT', { field: `rows.${i}.${problem.field}`, ...readMessage(problem.message) });
      const key = measurementKey(row);
      if (seen.has(key)) throw new AppError('INVALID_MEASUREMENT', { field: `rows.${i}.period`, key: 'errors:measurements.duplicateRow', values: { row: seen.get(key)! + 1 } });
      seen.set(key, i);
    });
    const counts = upsert(tx, ind.id, actor, input.rows);
    recordAudit(tx, { actorId: actor.id, action: 'indicator.saveMeasurements', entityType: 'indicator', entityId: ind.id, networkId, detail: counts });
    return counts;
  });
}

export function deleteMeasurement(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId?: number; period: string; groupId: number | null }) {
  return db.transaction((tx) => {
    const ind = measureIn(tx, networkId, input.indicatorId);
    const where = and(eq(measurement.indicatorId, ind.id), eq(measurement.period, input.period), input.groupId === null ? isNull(measurement.groupId) : eq(measurement.groupId, input.groupId));
    const row = tx.select({ id: measurement.id }).from(measurement).where(where).get();
    if (!row) throw new AppError('NOT_FOUND', { key: 'errors:measurements.thereIsNoMeasurementFor' });
    tx.delete(measurement).where(eq(measurement.id, row.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'indicator.deleteMeasurement', entityType: 'indicator', entityId: ind.id, networkId, detail: { period: input.period, groupId: input.groupId } });
    return { deleted: true };
  });
}

/**
 * The measurements as a CSV file that imports back. Withheld group values are left out for
 * everyone, as everywhere: a file travels. `protecting` counts the ones left out only so that a
 * small group cannot be worked out from the whole.
 */
export function exportMeasurements(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, input: { indicatorId?: number } = {}) {
  const ind = measureIn(db, networkId, input.indicatorId);
  const dimensions = dimensionsOf(db, ind.id);
  const groups = new Map(dimensions.flatMap((d) => d.groups.map((g) => [g.id, `${d.name}: ${g.name}`] as const)));
  const rows = db.select().from(measurement).where(eq(measurement.indicatorId, ind.id)).orderBy(asc(measurement.period), asc(measurement.groupKey)).all();
  const reasons = withheldReasons({ minGroupSize: ind.minGroupSize, dimensions }, rows);
  const shown = rows.filter((_, i) => reasons[i] === null);
  const columns = importColumns(ind);
  const data = shown.map((m) => {
    const record: Record<string, string | number | null> = { period: m.period, group: m.groupId === null ? '' : (groups.get(m.groupId) ?? ''), note: m.note };
    if (ind.isProportion) Object.assign(record, { numerator: m.numerator, denominator: m.denominator });
    else record.value = m.value;
    return columns.map((c) => record[c] ?? '');
  });
  // escapeFormulae: a note that starts with = or @ must not run as a formula when the file opens in a spreadsheet.
  return {
    csv: Papa.unparse({ fields: columns, data }, { escapeFormulae: true }),
    rows: shown.length,
    suppressed: rows.length - shown.length,
    protecting: reasons.filter((r) => r === 'complement').length,
  };
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}
