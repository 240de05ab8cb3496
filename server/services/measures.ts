import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { byKind } from '../../shared/domain/measures.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { equityView } from '../../shared/indicator/equity-view.ts';
import { overviewOf } from '../../shared/indicator/overview.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { indicator, indicatorNode, measurement } from '../db/schema.ts';
import type { NetworkAccess } from '../trpc.ts';
import { dimensionsOf } from './indicator.ts';

// The network's measures side by side: the list (what each is, what it tracks, how much data it
// has), each one's signal, and the family view (the outcome and its contributing indicators, each
// analysed as its own overview page analyses it, in one call).

/** Every measure of the network, the outcome first, with the drivers and change ideas each tracks. */
export function listMeasures(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const rows = db
    .select({
      id: indicator.id,
      kind: indicator.kind,
      name: indicator.name,
      unit: indicator.unit,
      frequency: indicator.frequency,
      polarity: indicator.polarity,
      isPublic: indicator.isPublic,
      contributesToId: indicator.contributesToId,
    })
    .from(indicator)
    .where(eq(indicator.networkId, networkId))
    .orderBy(asc(indicator.position), asc(indicator.id))
    .all()
    .sort(byKind);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = db.select().from(indicatorNode).where(inArray(indicatorNode.indicatorId, ids)).all();
  const counts = new Map(
    db.select({ id: measurement.indicatorId, n: count() }).from(measurement).where(inArray(measurement.indicatorId, ids)).groupBy(measurement.indicatorId).all().map((c) => [c.id, c.n]),
  );
  return rows.map((r) => ({ ...r, nodeIds: links.filter((l) => l.indicatorId === r.id).map((l) => l.nodeId), measurements: counts.get(r.id) ?? 0 }));
}

/** The measurements of the given measures in period order, by measure: the whole population only, or every group too. */
export function measurementsOf(db: Db, ids: readonly number[], { wholeOnly }: { wholeOnly: boolean }) {
  const rows = db
    .select({ indicatorId: measurement.indicatorId, period: measurement.period, groupId: measurement.groupId, value: measurement.value, numerator: measurement.numerator, denominator: measurement.denominator, note: measurement.note })
    .from(measurement)
    .where(and(inArray(measurement.indicatorId, [...ids]), wholeOnly ? isNull(measurement.groupId) : undefined))
    .orderBy(asc(measurement.period))
    .all();
  const byMeasure = new Map<number, typeof rows>();
  for (const m of rows) {
    const list = byMeasure.get(m.indicatorId);
    if (list) list.push(m);
    else byMeasure.set(m.indicatorId, [m]);
  }
  return byMeasure;
}

/**
 * Each measure's signal, read from its whole population as its own chart reads it: what the driver
 * diagram shows beside the drivers and change ideas a measure tracks.
 */
export function measureSignals(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, w: Words) {
  const measures = db.select().from(indicator).where(eq(indicator.networkId, networkId)).all();
  if (measures.length === 0) return [];
  const rows = measurementsOf(db, measures.map((m) => m.id), { wholeOnly: true });
  return measures.map((ind) => {
    const { verdict } = overviewOf({ ...ind, dimensions: [] }, rows.get(ind.id) ?? [], ind, w);
    return { id: ind.id, verdict: verdict.verdict, sentence: verdict.sentence };
  });
}

/**
 * The outcome and its contributing indicators on one page: each one's whole-population series with
 * its chart analysis, verdict and progress, and each of its dimensions' gap in a sentence, worked
 * out on the server in one pass (one query for every series, groups included), so a phone draws
 * six small charts from one answer.
 */
export function measureFamily(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, w: Words) {
  const members = db
    .select()
    .from(indicator)
    .where(and(eq(indicator.networkId, networkId), inArray(indicator.kind, ['outcome', 'contributing'])))
    .orderBy(asc(indicator.position), asc(indicator.id))
    .all()
    .sort(byKind);
  if (members.length === 0) return [];
  const byMeasure = measurementsOf(db, members.map((m) => m.id), { wholeOnly: false });
  return members.map((ind) => {
    const rows = byMeasure.get(ind.id) ?? [];
    const dimensions = dimensionsOf(db, ind.id);
    const overview = overviewOf({ ...ind, dimensions }, rows, ind, w);
    // Each dimension's gap, read as the equity page reads it: only its sentences travel, never a
    // group's values, and withheld values are left out before the gap is worked out.
    const equity = dimensions.flatMap((d) => {
      const view = equityView({ ...ind, dimensions }, rows, d, w);
      const sentence = view.why?.sentence ?? view.verdict?.sentence;
      return sentence ? [{ dimension: d.name, verdict: view.verdict!.verdict, sentence }] : [];
    });
    return {
      id: ind.id,
      kind: ind.kind,
      name: ind.name,
      unit: ind.unit,
      isProportion: ind.isProportion,
      ratePer: ind.ratePer,
      polarity: ind.polarity,
      frequency: ind.frequency,
      targetValue: ind.targetValue,
      targetDate: ind.targetDate,
      rows: overview.rows.map((r) => ({ period: r.period, label: r.label, value: r.value })),
      // The limits and phases too, so a small chart draws what the measure's own chart draws.
      points: overview.analysis.points.map((p) => ({ cl: p.cl, ucl: p.ucl, lcl: p.lcl, part: p.part, signal: p.sigmaSignal })),
      verdict: { verdict: overview.verdict.verdict, sentence: overview.verdict.sentence, detail: overview.verdict.detail, reasons: overview.verdict.reasons },
      progress: overview.progress,
      chart: overview.chart,
      /** The rules the verdict used, for its "how this was decided". */
      rules: overview.rules,
      equity,
    };
  });
}
