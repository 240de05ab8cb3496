import type { Words } from '../../shared/i18n/words.ts';
import { formatChange, formatValue, withheldNote } from '../../shared/indicator/format.ts';
import {
  NARRATIVE_PARTS,
  type CharterSummary,
  type CyclesSummary,
  type IndicatorStatus,
  type MeetingsSummary,
  type PlanProgress,
  type ReportChart,
  type ReportSection,
  type ShownDocument,
} from '../../shared/report/content.ts';
import { narrativeBlocks } from '../../shared/report/document.ts';
import { onTrackSentence } from '../../shared/report/on-track-words.ts';
import { rampLine } from '../../shared/report/ramp-words.ts';
import { inlineSpans, plainText, type Span } from '../../shared/text/light-markdown.ts';
import { CYCLE_STAGES, DECISIONS } from '../../shared/schemas/cycle.ts';

// A report as a neutral outline — headings, paragraphs, bullet lists, tables and the chart — so
// the PDF and the DOCX say exactly the same things in the same order and differ only in how they
// draw them. Every sentence is built here, in the reader's words `w`, which is also where null
// fields become words.

export type Table = { columns: { header: string; width: number }[]; rows: string[][] };
export type Block =
  | { kind: 'heading'; level: 2; text: string }
  // `spans` carries the light Markdown of text people wrote; `text` is the same words, plain.
  | { kind: 'paragraph'; text: string; strong?: boolean; muted?: boolean; spans?: Span[] }
  | { kind: 'bullets'; items: string[]; spans?: Span[][] }
  | { kind: 'table'; table: Table }
  | { kind: 'chart'; chart: ReportChart; title: string; formatY: (v: number) => string; caption: string; w: Words };

export type OutlineSection = { key: 'narrative' | 'featured' | ReportSection | `narrative-${string}`; title: string; blocks: Block[] };

export type TitleBlock = { title: string; networkName: string; period: string; status: string; footer: string };

/**
 * Progress for a renderer: every new step is reported, and within a step at most every 50 ms,
 * so a section of thousands of blocks moves the bar without flooding the channel.
 */
export function progressReporter(onProgress: ((fraction: number, step: string) => void) | undefined) {
  let lastStep = '';
  let lastAt = 0;
  return (fraction: number, step: string) => {
    const now = Date.now();
    if (step === lastStep && now - lastAt < 50 && fraction < 1) return;
    lastStep = step;
    lastAt = now;
    onProgress?.(fraction, step);
  };
}

export function titleBlock(doc: ShownDocument, w: Words): TitleBlock {
  const c = doc.content;
  const period = w.f.period(c.period);
  const status = doc.publication
    ? w.t('report:export.title.published', { version: doc.publication.version, date: w.f.momentDay(doc.publication.publishedAt, c.period.timeZone) })
    : w.t('report:export.title.draft');
  return { title: doc.title.trim() || w.t('report:export.title.untitled'), networkName: c.networkName, period, status, footer: `${c.networkName} · ${period}` };
}

/** The visible sections, in the report's order; hidden ones are not there at all. */
export function outline(doc: ShownDocument, w: Words): OutlineSection[] {
  const sections: OutlineSection[] = [];
  for (const part of NARRATIVE_PARTS) {
    const blocks = narrative(doc.narrative[part]);
    if (blocks.length > 0) sections.push({ key: `narrative-${part}`, title: w.t(`labels.narrative.${part}`), blocks });
  }
  // A hidden section is usually already absent (shownDocument); a draft's document still has it.
  const { indicator: ind, cycles: cy, plan: pl, charter: ch, meetings: me } = doc.content;
  const hidden = new Set(doc.hidden);
  const title = (section: ReportSection) => w.t(`labels.reportSection.${section}`);
  if (!hidden.has('indicator') && ind !== undefined) sections.push({ key: 'indicator', title: title('indicator'), blocks: [...indicator(ind, w), ...contributing(doc.content.contributing, w)] });
  // Featured learnings are the facilitator's explicit choice, so they show unless none were chosen.
  if (doc.featured.length > 0) sections.push({ key: 'featured', title: w.t('report:export.featured.title'), blocks: featured(doc, w) });
  if (!hidden.has('cycles') && cy) sections.push({ key: 'cycles', title: title('cycles'), blocks: cycles(cy, w) });
  if (!hidden.has('plan') && pl) sections.push({ key: 'plan', title: title('plan'), blocks: plan(pl, w) });
  if (!hidden.has('charter') && ch) sections.push({ key: 'charter', title: title('charter'), blocks: charter(ch, w) });
  if (!hidden.has('meetings') && me) sections.push({ key: 'meetings', title: title('meetings'), blocks: meetings(me, w) });
  return sections;
}

/** Paragraphs and runs of bullet items grouped into one list. */
function narrative(text: string): Block[] {
  const blocks: Block[] = [];
  for (const b of narrativeBlocks(text)) {
    const last = blocks.at(-1);
    const spans = inlineSpans(b.text);
    const text = plainText(spans);
    if (b.kind === 'paragraph') blocks.push({ kind: 'paragraph', text, spans });
    else if (last?.kind === 'bullets' && last.spans) {
      last.items.push(text);
      last.spans.push(spans);
    } else blocks.push({ kind: 'bullets', items: [text], spans: [spans] });
  }
  return blocks;
}

/** The contributing indicators the network shows publicly, each as the outcome is written out. */
function contributing(measures: readonly IndicatorStatus[] | undefined, w: Words): Block[] {
  if (!measures || measures.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: w.t('report:view.contributing.heading') },
    { kind: 'paragraph', text: w.t('report:view.contributing.intro', { count: measures.length }) },
    ...measures.flatMap((m) => indicator(m, w)),
  ];
}

/** How long the chart runs: in months or weeks when it is measured by them, else in periods. */
function spanOf(frequency: IndicatorStatus['frequency'], n: number, w: Words): string {
  const values = { count: n, n: w.f.count(n) };
  if (frequency === 'weekly') return w.t('qi:periods.week', values);
  return frequency === 'monthly' ? w.t('report:export.chart.months', values) : w.t('report:export.chart.periods', values);
}

function indicator(ind: IndicatorStatus | null, w: Words): Block[] {
  const { t, f } = w;
  if (!ind) return [{ kind: 'paragraph', text: t('report:export.indicator.none') }];
  const value = (v: number) => formatValue(ind, v, w);
  const blocks: Block[] = [
    { kind: 'paragraph', text: ind.name, strong: true },
    ...(ind.definition.trim() ? [{ kind: 'paragraph' as const, text: ind.definition.trim(), muted: true }] : []),
    { kind: 'paragraph', text: ind.sentence.trim() || t('report:export.indicator.noSignal'), strong: true },
  ];
  const facts: string[][] = [];
  const atPeriod = (v: { value: number; label: string }) => t('report:valueAt', { value: value(v.value), period: v.label });
  if (ind.latest) facts.push([t('report:latest'), atPeriod(ind.latest)]);
  if (ind.baseline) facts.push([t('report:baseline'), atPeriod(ind.baseline)]);
  if (ind.changeSinceBaseline !== null && Number.isFinite(ind.changeSinceBaseline)) facts.push([t('report:export.indicator.change'), formatChange(ind, ind.changeSinceBaseline, w)]);
  if (ind.target) facts.push([t('report:target'), t('report:targetBy', { value: value(ind.target.value), date: f.day(ind.target.date) })]);
  if (ind.distanceToTarget !== null && Number.isFinite(ind.distanceToTarget)) facts.push([t('report:export.indicator.distance'), formatChange(ind, ind.distanceToTarget, w)]);
  if (facts.length > 0) {
    const columns = [
      { header: t('report:export.indicator.measure'), width: 0.35 },
      { header: t('report:export.indicator.value'), width: 0.65 },
    ];
    blocks.push({ kind: 'table', table: { columns, rows: facts } });
  } else blocks.push({ kind: 'paragraph', text: t('report:export.indicator.noMeasurements') });
  blocks.push({ kind: 'paragraph', text: onTrackSentence(ind, w) });

  if (ind.chart.points.length > 0) {
    const n = ind.chart.points.length;
    const chartName = t('report:export.chart.title', { chart: t(`labels.chartType.${ind.chart.type}`), name: ind.name });
    const values = {
      chart: t(`labels.chartType.${ind.chart.type}`),
      name: ind.name,
      points: t('report:export.chart.points', { count: n, n: f.count(n) }),
      span: spanOf(ind.frequency, n, w),
      frequency: t(`labels.frequency.${ind.frequency}`).toLocaleLowerCase(f.locale),
      first: ind.chart.labels[0] ?? '',
      last: ind.chart.labels.at(-1) ?? '',
    };
    blocks.push({
      kind: 'chart',
      chart: ind.chart,
      w,
      title: chartName,
      // Tick labels stay short: a rate's "per 1,000" is in the indicator's name and definition.
      formatY: (v) => formatValue({ unit: ind.unit === 'rate' ? 'score' : ind.unit, ratePer: ind.ratePer }, v, w),
      caption: ind.chart.labels.length ? t('report:export.chart.captionRange', values) : t('report:export.chart.caption', values),
    });
  }

  // The statistics behind the signal, for whoever wants them, after the plain words and the chart.
  if (ind.decided?.length) blocks.push({ kind: 'paragraph', text: t('report:export.indicator.decided', { how: ind.decided.join(' ') }), muted: true });

  blocks.push({ kind: 'heading', level: 2, text: t('report:equityTitle') });
  if (ind.equity.length === 0) blocks.push({ kind: 'paragraph', text: t('report:export.equity.none') });
  else {
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { header: t('report:export.equity.dimension'), width: 0.2 },
          { header: t('report:export.equity.latestGap'), width: 0.2 },
          { header: t('report:export.equity.highest'), width: 0.2 },
          { header: t('report:export.equity.lowest'), width: 0.2 },
          { header: t('report:export.equity.trend'), width: 0.2 },
        ],
        rows: ind.equity.map((e) => [
          e.dimension,
          e.latestGap ? t('report:valueAt', { value: formatChange(ind, e.latestGap.gap, w).replace(/^\+/, ''), period: e.latestGap.label }) : t('report:export.equity.notEnough'),
          e.latestGap ? t('report:export.equity.group', { group: e.latestGap.high.group, value: value(e.latestGap.high.value) }) : '—',
          e.latestGap ? t('report:export.equity.group', { group: e.latestGap.low.group, value: value(e.latestGap.low.value) }) : '—',
          e.why ? e.why.headline : e.verdict ? t(`qi:gap.headline.${e.verdict}`) : t('report:export.equity.tooFew'),
        ]),
      },
    });
    for (const e of ind.equity) {
      // Why the gap narrowed comes first, before the statistics' sentence.
      const notes = [e.why?.sentence ?? '', e.sentence?.trim() ?? '', withheldNote(e, w) ?? '']
        .filter(Boolean)
        .join(' ');
      if (notes) blocks.push({ kind: 'paragraph', text: t('report:export.equity.group', { group: e.dimension, value: notes }) });
      if (e.why) blocks.push({ kind: 'paragraph', text: t('report:export.indicator.decided', { how: e.why.method }), muted: true });
    }
  }
  return blocks;
}

function featured(doc: ShownDocument, w: Words): Block[] {
  const { t, f } = w;
  const blocks: Block[] = [];
  for (const c of doc.featured) {
    blocks.push({ kind: 'heading', level: 2, text: c.title.trim() || t('report:export.featured.untitled') });
    const meta = [
      f.day(c.date),
      t(`labels.stage.${c.stage}`),
      c.decision ? t('report:cycle.decision', { decision: t(`labels.decision.${c.decision}`) }) : t('report:export.featured.noDecision'),
      c.changeIdea ? t('report:cycle.changeIdea', { idea: c.changeIdea }) : '',
      c.ownerName ? t('report:owner', { name: c.ownerName }) : '',
    ].filter(Boolean);
    blocks.push({ kind: 'paragraph', text: meta.join(' · '), muted: true });
    const learning = narrative(c.learning);
    blocks.push(...(learning.length ? learning : [{ kind: 'paragraph' as const, text: t('report:export.featured.noLearning') }]));
  }
  return blocks;
}

function cycles(c: CyclesSummary, w: Words): Block[] {
  const { t, f } = w;
  if (c.total === 0) return [{ kind: 'paragraph', text: t('report:cycles.none') }];
  const decided = DECISIONS.reduce((n, d) => n + c.byDecision[d], 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: t('report:export.cycles.summary', { count: c.total, n: f.count(c.total), decided: t('report:export.cycles.decided', { count: decided, n: f.count(decided) }) }) },
    {
      kind: 'table',
      table: {
        columns: [
          { header: t('report:cycles.stage'), width: 0.5 },
          { header: t('report:export.cycles.count'), width: 0.5 },
        ],
        rows: CYCLE_STAGES.map((s) => [t(`labels.stage.${s}`), f.count(c.byStage[s])]),
      },
    },
    {
      kind: 'table',
      table: {
        columns: [
          { header: t('report:cycles.decision'), width: 0.5 },
          { header: t('report:export.cycles.count'), width: 0.5 },
        ],
        rows: [...DECISIONS.map((d) => [t(`labels.decision.${d}`), f.count(c.byDecision[d])]), [t('report:cycles.undecided'), f.count(c.byDecision.undecided)]],
      },
    },
    { kind: 'heading', level: 2, text: t('report:cycles.ramps') },
  ];
  if (c.rampsAdvanced.length === 0) blocks.push({ kind: 'paragraph', text: t('report:cycles.noRamps') });
  else blocks.push({ kind: 'bullets', items: c.rampsAdvanced.map((r) => rampLine(r, w)) });
  return blocks;
}

function plan(p: PlanProgress, w: Words): Block[] {
  const { t, f } = w;
  if (p.actions.length === 0) return [{ kind: 'paragraph', text: t('report:plan.none') }];
  const k = p.counts;
  const counts = { done: f.count(k.done), inProgress: f.count(k.inProgress), notStarted: f.count(k.notStarted), blocked: f.count(k.blocked), dropped: f.count(k.dropped), overdue: f.count(k.overdue) };
  const blocks: Block[] = [{ kind: 'paragraph', text: t('report:export.plan.summary', { count: p.actions.length, n: f.count(p.actions.length), ...counts }) }];
  const columns: Table['columns'] = [
    { header: t('report:plan.action'), width: 0.42 },
    { header: t('report:plan.status'), width: 0.17 },
    { header: t('report:plan.due'), width: 0.14 },
    { header: t('report:plan.owner'), width: 0.27 },
  ];
  const status = (a: (typeof p.actions)[number]) => {
    const label = t(`labels.actionStatus.${a.status}`);
    if (a.overdue) return t('report:export.plan.overdueStatus', { status: label.toLocaleLowerCase(f.locale) });
    return a.doneInPeriod ? t('report:export.plan.inPeriod', { status: label }) : label;
  };
  const row = (a: (typeof p.actions)[number]) => [
    a.title,
    status(a),
    a.dueDate ? f.shortDay(a.dueDate) : t('report:export.plan.noDue'),
    [a.ownerName, a.partnerName].filter(Boolean).join(', ') || t('report:export.plan.noOwner'),
  ];
  const attention = p.actions.filter((a) => a.overdue || a.status === 'blocked');
  const rest = p.actions.filter((a) => !(a.overdue || a.status === 'blocked'));
  blocks.push({ kind: 'heading', level: 2, text: t('report:export.plan.attention') });
  if (attention.length === 0) blocks.push({ kind: 'paragraph', text: t('report:export.plan.noAttention') });
  else blocks.push({ kind: 'table', table: { columns, rows: attention.map(row) } });
  if (rest.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('report:export.plan.others') });
    blocks.push({ kind: 'table', table: { columns, rows: rest.map(row) } });
  }
  return blocks;
}

function charter(c: CharterSummary, w: Words): Block[] {
  const { t, f } = w;
  const sentences: string[] = [];
  if (!c.ratified) sentences.push(t('report:export.charter.none'));
  else sentences.push(t(c.ratifiedInPeriod ? 'report:export.charter.inForceInPeriod' : 'report:export.charter.inForce', { version: c.ratified.version, date: f.day(c.ratified.on) }));
  if (c.pendingVersion !== null) sentences.push(t('report:charter.pending', { version: c.pendingVersion }));
  return [{ kind: 'paragraph', text: sentences.join(' ') }];
}

function meetings(m: MeetingsSummary, w: Words): Block[] {
  const { t, f } = w;
  if (m.held === 0) return [{ kind: 'paragraph', text: t('report:export.meetings.none') }];
  const average = m.averageAttendance !== null && Number.isFinite(m.averageAttendance) ? f.count(Math.round(m.averageAttendance * 10) / 10) : null;
  const parts = {
    held: t('report:export.meetings.held', { count: m.held, n: f.count(m.held) }),
    signIns: t('report:export.meetings.signIns', { count: m.attendance, n: f.count(m.attendance) }),
    people: t('report:export.meetings.people', { count: m.people, n: f.count(m.people) }),
  };
  const blocks: Block[] = [{ kind: 'paragraph', text: average ? t('report:export.meetings.summaryAverage', { ...parts, average }) : t('report:export.meetings.summary', parts) }];
  if (m.meetings.length > 0)
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { header: t('report:meetings.date'), width: 0.25 },
          { header: t('report:meetings.meeting'), width: 0.55 },
          { header: t('report:meetings.attendance'), width: 0.2 },
        ],
        rows: m.meetings.map((x) => [f.day(x.date), x.title, f.count(x.attendance)]),
      },
    });
  return blocks;
}
