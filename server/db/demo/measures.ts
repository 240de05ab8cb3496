// The measures beside each demo network's outcome: contributing indicators, process and balancing
// measures, written through the same services the measure screens call, then named by the cycles
// that test their change ideas (each cycle's owner opens the cycle and ticks the measures it
// expects to move). The data lives in measures-kindergarten.ts and measures-youth.ts.
import { and, eq, inArray } from 'drizzle-orm';
import { cycleUpdateInput } from '../../../shared/schemas/cycle.ts';
import { indicatorSaveInput, measurementsSaveInput, type IndicatorSaveInput, type MeasureKind } from '../../../shared/schemas/indicator.ts';
import type { SessionUser } from '../../context.ts';
import { wordsFor } from '../../i18n.ts';
import { updateCycle } from '../../services/cycles.ts';
import { saveChartSettings, saveIndicator } from '../../services/indicator.ts';
import { saveMeasurements } from '../../services/measurements.ts';
import type { Db } from '../client.ts';
import { cycleCoOwner, driverNode, pdsaCycle, user } from '../schema.ts';
import { accessFor } from './access.ts';
import { demoClientId } from './cycles.ts';
import { KINDERGARTEN_MEASURES } from './measures-kindergarten.ts';
import { OPPORTUNITY_YOUTH_MEASURES } from './measures-youth.ts';

/** One stored value of a measure: a count out of a whole for a proportion, else a value. */
export type MeasureRow = { period: string; numerator?: number; denominator?: number; value?: number; note?: string };

export type MeasureStory = {
  kind: Exclude<MeasureKind, 'outcome'>;
  /** Shown in published reports and on the public page. */
  isPublic?: boolean;
  /** What the measure form holds. A baseline period is measured: its value comes from the rows. */
  definition: Pick<IndicatorSaveInput, 'name' | 'definition' | 'isProportion' | 'unit' | 'ratePer' | 'polarity' | 'dataSource' | 'frequency' | 'baselinePeriod' | 'targetValue' | 'targetDate'> &
    Partial<Pick<IndicatorSaveInput, 'numeratorLabel' | 'denominatorLabel'>>;
  /** The last period of the chart's usual level (the months or years before the network's tests). */
  usualThrough: string | null;
  rows: MeasureRow[];
  /** The drivers and change ideas of the network's plan it tracks, by title. */
  nodes: string[];
  /** The cycles (by story key) that expect to move it. */
  cycles: string[];
};

export type NetworkMeasures = { editor: string; dataEntry: string; measures: MeasureStory[] };

const valueOf = (m: MeasureStory, row: MeasureRow) => (m.definition.isProportion ? (100 * row.numerator!) / row.denominator! : row.value!);

/** Defines a measure, sets its chart and enters its data; returns its id. */
function loadMeasure(db: Db, networkId: number, m: MeasureStory, editor: SessionUser, dataEntry: SessionUser) {
  const nodes = m.nodes.length === 0 ? [] : db.select({ id: driverNode.id, title: driverNode.title }).from(driverNode).where(and(eq(driverNode.networkId, networkId), inArray(driverNode.title, m.nodes))).all();
  const nodeIds = m.nodes.map((title) => {
    const node = nodes.find((n) => n.title === title);
    if (!node) throw new Error(`The demo plan has no driver or change idea “${title}”.`);
    return node.id;
  });
  const baseline = m.definition.baselinePeriod ? m.rows.find((r) => r.period === m.definition.baselinePeriod) : undefined;
  if (m.definition.baselinePeriod && !baseline) throw new Error(`The demo measure “${m.definition.name}” has no data for its baseline period.`);
  const { id, version } = saveIndicator(
    db,
    editor,
    accessFor(db, editor, networkId),
    indicatorSaveInput.parse({
      networkId,
      version: 0,
      kind: m.kind,
      isPublic: m.isPublic ?? false,
      nodeIds,
      numeratorLabel: '',
      denominatorLabel: '',
      ...m.definition,
      // A new measure has no data yet, so its baseline is typed, from the data about to be entered.
      baselineValue: baseline ? valueOf(m, baseline) : null,
      minGroupSize: 10,
      dimensions: [],
    }),
    wordsFor('en'),
  );
  saveChartSettings(db, editor, accessFor(db, editor, networkId), { networkId, indicatorId: id, version, chartType: 'run', ruleSet: 'anhoej', baselineThrough: m.usualThrough, phases: [] });
  const rows = m.rows.map((r) => ({
    period: r.period,
    groupId: null,
    value: m.definition.isProportion ? null : r.value!,
    numerator: m.definition.isProportion ? r.numerator! : null,
    denominator: m.definition.isProportion ? r.denominator! : null,
    note: r.note ?? '',
  }));
  saveMeasurements(db, dataEntry, accessFor(db, dataEntry, networkId), measurementsSaveInput.parse({ networkId, indicatorId: id, rows }));
  return id;
}

/** Each cycle's owner adds the measures it expects to move, keeping everything else the cycle says. */
function nameMeasures(db: Db, networkId: number, named: Map<string, number[]>) {
  for (const [key, indicatorIds] of named) {
    const cycle = db.select().from(pdsaCycle).where(and(eq(pdsaCycle.networkId, networkId), eq(pdsaCycle.clientId, demoClientId(`cycle:${key}`)))).get();
    if (!cycle) throw new Error(`The demo has no cycle “${key}”.`);
    const owner = db.select().from(user).where(eq(user.id, cycle.ownerId!)).get()!;
    const actor: SessionUser = { id: owner.id, name: owner.name, email: owner.email, isAdmin: false };
    const coOwnerIds = db.select({ id: cycleCoOwner.userId }).from(cycleCoOwner).where(eq(cycleCoOwner.cycleId, cycle.id)).all().map((c) => c.id);
    const input = cycleUpdateInput.parse({
      networkId,
      cycleId: cycle.id,
      version: cycle.version,
      title: cycle.title,
      changeIdeaId: cycle.changeIdeaId,
      ownerId: cycle.ownerId,
      coOwnerIds,
      indicatorIds,
      partnerOrganizationId: cycle.partnerOrganizationId,
      site: cycle.site,
      meetingId: cycle.meetingId,
      scale: cycle.scale,
      startDate: cycle.startDate,
      endDate: cycle.endDate,
      objective: cycle.objective,
      questions: cycle.questions,
      planWho: cycle.planWho,
      planWhat: cycle.planWhat,
      planWhen: cycle.planWhen,
      planWhere: cycle.planWhere,
      dataCollection: cycle.dataCollection,
      carriedOut: cycle.carriedOut,
      whatHappened: cycle.whatHappened,
      observations: cycle.observations,
      surprises: cycle.surprises,
      learning: cycle.learning,
      decision: cycle.decision,
      nextSteps: cycle.nextSteps,
    });
    updateCycle(db, actor, accessFor(db, actor, networkId), input);
  }
}

function loadNetworkMeasures(db: Db, networkId: number, story: NetworkMeasures, person: (login: string) => SessionUser) {
  const named = new Map<string, number[]>();
  for (const m of story.measures) {
    const id = loadMeasure(db, networkId, m, person(story.editor), person(story.dataEntry));
    for (const key of m.cycles) named.set(key, [...(named.get(key) ?? []), id]);
  }
  nameMeasures(db, networkId, named);
}

/** Called from load.ts inside its transaction, after the cycles and the outcomes are in. */
export function loadDemoMeasures(db: Db, networks: { k: number; oy: number }, person: (login: string) => SessionUser) {
  loadNetworkMeasures(db, networks.k, KINDERGARTEN_MEASURES, person);
  loadNetworkMeasures(db, networks.oy, OPPORTUNITY_YOUTH_MEASURES, person);
}
