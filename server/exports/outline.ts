import { formatDay, formatMomentDay, formatPeriod, formatShortDay } from '../../shared/format/dates.ts';
import { LOCALE } from '../../shared/format/locale.ts';
import { formatCount, plural } from '../../shared/format/words.ts';
import { formatChange, formatValue, withheldNote } from '../../shared/indicator/format.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { FREQUENCY_LABELS } from '../../shared/domain/period.ts';
import { CHART_TYPE_LABELS } from '../../shared/qi/chart-types.ts';
import {
  NARRATIVE_LABELS,
  NARRATIVE_PARTS,
  REPORT_SECTION_LABELS,
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
import { inlineSpans, plainText, type Span } from '../../shared/text/light-markdown.ts';
import { CYCLE_STAGE_LABELS, CYCLE_STAGES, DECISION_LABELS, DECISIONS } from '../../shared/schemas/cycle.ts';
import { ACTION_STATUS_LABELS } from '../../shared/schemas/plan.ts';

// A report as a neutral outline — headings, paragraphs, bullet lists, tables and the chart — so
// the PDF and the DOCX say exactly the same things in the same order and differ only in how they
// draw them. Every sentence is built here, which is also where null fields become words.

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

export function titleBlock(doc: ShownDocument): TitleBlock {
  const c = doc.content;
  const period = formatPeriod(c.period);
  const status = doc.publication ? `Published version ${doc.publication.version} on ${formatMomentDay(doc.publication.publishedAt, c.period.timeZone)}` : 'Draft, not published';
  return { title: doc.title.trim() || 'Progress report', networkName: c.networkName, period, status, footer: `${c.networkName} · ${period}` };
}

/** The visible sections, in the report's order; hidden ones are not there at all. */
export function outline(doc: ShownDocument, w: Words): OutlineSection[] {
  const sections: OutlineSection[] = [];
  for (const part of NARRATIVE_PARTS) {
    const blocks = narrative(doc.narrative[part]);
    if (blocks.length > 0) sections.push({ key: `narrative-${part}`, title: NARRATIVE_LABELS[part], blocks });
  }
  // A hidden section is usually already absent (shownDocument); a draft's document still has it.
  const { indicator: ind, cycles: cy, plan: pl, charter: ch, meetings: me } = doc.content;
  const hidden = new Set(doc.hidden);
  if (!hidden.has('indicator') && ind !== undefined) sections.push({ key: 'indicator', title: REPORT_SECTION_LABELS.indicator, blocks: indicator(ind, w) });
  // Featured learnings are the facilitator's explicit choice, so they show unless none were chosen.
  if (doc.featured.length > 0) sections.push({ key: 'featured', title: 'Featured learnings', blocks: featured(doc) });
  if (!hidden.has('cycles') && cy) sections.push({ key: 'cycles', title: REPORT_SECTION_LABELS.cycles, blocks: cycles(cy) });
  if (!hidden.has('plan') && pl) sections.push({ key: 'plan', title: REPORT_SECTION_LABELS.plan, blocks: plan(pl) });
  if (!hidden.has('charter') && ch) sections.push({ key: 'charter', title: REPORT_SECTION_LABELS.charter, blocks: charter(ch) });
  if (!hidden.has('meetings') && me) sections.push({ key: 'meetings', title: REPORT_SECTION_LABELS.meetings, blocks: meetings(me) });
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

function indicator(ind: IndicatorStatus | null, w: Words): Block[] {
  if (!ind) return [{ kind: 'paragraph', text: 'This network has not defined its indicator yet, so there is no indicator status to report.' }];
  const value = (v: number) => formatValue(ind, v, w);
  const blocks: Block[] = [
    { kind: 'paragraph', text: ind.name, strong: true },
    ...(ind.definition.trim() ? [{ kind: 'paragraph' as const, text: ind.definition.trim(), muted: true }] : []),
    { kind: 'paragraph', text: ind.sentence.trim() || 'There is no signal yet.', strong: true },
  ];
  const facts: string[][] = [];
  if (ind.latest) facts.push(['Latest', `${value(ind.latest.value)} (${ind.latest.label})`]);
  if (ind.baseline) facts.push(['Baseline', `${value(ind.baseline.value)} (${ind.baseline.label})`]);
  if (ind.changeSinceBaseline !== null && Number.isFinite(ind.changeSinceBaseline)) facts.push(['Change since the baseline', formatChange(ind, ind.changeSinceBaseline, w)]);
  if (ind.target) facts.push(['Target', `${value(ind.target.value)} by ${formatDay(ind.target.date)}`]);
  if (ind.distanceToTarget !== null && Number.isFinite(ind.distanceToTarget)) facts.push(['Distance to target', formatChange(ind, ind.distanceToTarget, w)]);
  if (facts.length > 0) blocks.push({ kind: 'table', table: { columns: [{ header: 'Measure', width: 0.35 }, { header: 'Value', width: 0.65 }], rows: facts } });
  else blocks.push({ kind: 'paragraph', text: 'No measurements have been entered yet.' });
  blocks.push({ kind: 'paragraph', text: onTrackSentence(ind, w) });

  if (ind.chart.points.length > 0) {
    const n = ind.chart.points.length;
    const unit = ind.frequency === 'monthly' ? 'months' : 'periods';
    blocks.push({
      kind: 'chart',
      chart: ind.chart,
      w,
      title: `${CHART_TYPE_LABELS[ind.chart.type]} of ${ind.name}`,
      // Tick labels stay short: a rate's "per 1,000" is in the indicator's name and definition.
      formatY: (v) => formatValue({ unit: ind.unit === 'rate' ? 'score' : ind.unit, ratePer: ind.ratePer }, v, w),
      caption: `${CHART_TYPE_LABELS[ind.chart.type]} of ${ind.name}: ${plural(n, 'point', 'points')} over ${plural(n, unit.slice(0, -1), unit)} (${FREQUENCY_LABELS[ind.frequency].toLowerCase()})${ind.chart.labels.length ? `, ${ind.chart.labels[0]} to ${ind.chart.labels.at(-1)}` : ''}. Diamonds mark points that are part of a signal; the shaded band is this report’s period.`,
    });
  }

  // The statistics behind the signal, for whoever wants them, after the plain words and the chart.
  if (ind.decided?.length) blocks.push({ kind: 'paragraph', text: `How this was decided: ${ind.decided.join(' ')}`, muted: true });

  blocks.push({ kind: 'heading', level: 2, text: 'Equity gaps' });
  if (ind.equity.length === 0) blocks.push({ kind: 'paragraph', text: 'The indicator has no disaggregation dimensions, so there are no gaps to report.' });
  else {
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { header: 'Dimension', width: 0.2 },
          { header: 'Latest gap', width: 0.2 },
          { header: 'Highest group', width: 0.2 },
          { header: 'Lowest group', width: 0.2 },
          { header: 'Trend', width: 0.2 },
        ],
        rows: ind.equity.map((e) => [
          e.dimension,
          e.latestGap ? `${formatChange(ind, e.latestGap.gap, w).replace(/^\+/, '')} (${e.latestGap.label})` : 'Not enough data',
          e.latestGap ? `${e.latestGap.high.group}: ${value(e.latestGap.high.value)}` : '—',
          e.latestGap ? `${e.latestGap.low.group}: ${value(e.latestGap.low.value)}` : '—',
          e.verdict ? w.t(`qi:gap.headline.${e.verdict}`) : 'Too few periods to tell',
        ]),
      },
    });
    for (const e of ind.equity) {
      const notes = [e.sentence?.trim() ?? '', withheldNote(e, w) ?? '']
        .filter(Boolean)
        .join(' ');
      if (notes) blocks.push({ kind: 'paragraph', text: `${e.dimension}: ${notes}` });
    }
  }
  return blocks;
}

function featured(doc: ShownDocument): Block[] {
  const blocks: Block[] = [];
  for (const f of doc.featured) {
    blocks.push({ kind: 'heading', level: 2, text: f.title.trim() || 'Untitled cycle' });
    const meta = [
      formatDay(f.date),
      CYCLE_STAGE_LABELS[f.stage],
      f.decision ? `Decision: ${DECISION_LABELS[f.decision]}` : 'No decision yet',
      f.changeIdea ? `Change idea: ${f.changeIdea}` : '',
      f.ownerName ? `Owner: ${f.ownerName}` : '',
    ].filter(Boolean);
    blocks.push({ kind: 'paragraph', text: meta.join(' · '), muted: true });
    const learning = narrative(f.learning);
    blocks.push(...(learning.length ? learning : [{ kind: 'paragraph' as const, text: 'No learning was written down.' }]));
  }
  return blocks;
}

function cycles(c: CyclesSummary): Block[] {
  if (c.total === 0) return [{ kind: 'paragraph', text: 'No PDSA cycles ran in this period.' }];
  const decided = DECISIONS.reduce((n, d) => n + c.byDecision[d], 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${plural(c.total, 'PDSA cycle', 'PDSA cycles')} ran in this period; ${formatCount(decided)} reached a decision.` },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'Stage', width: 0.5 },
          { header: 'Cycles', width: 0.5 },
        ],
        rows: CYCLE_STAGES.map((s) => [CYCLE_STAGE_LABELS[s], formatCount(c.byStage[s])]),
      },
    },
    {
      kind: 'table',
      table: {
        columns: [
          { header: 'Decision', width: 0.5 },
          { header: 'Cycles', width: 0.5 },
        ],
        rows: [...DECISIONS.map((d) => [DECISION_LABELS[d], formatCount(c.byDecision[d])]), ['Not decided yet', formatCount(c.byDecision.undecided)]],
      },
    },
    { kind: 'heading', level: 2, text: 'Ramps advanced' },
  ];
  if (c.rampsAdvanced.length === 0) blocks.push({ kind: 'paragraph', text: 'No ramp moved to a larger scale in this period.' });
  else
    blocks.push({
      kind: 'bullets',
      items: c.rampsAdvanced.map(
        (r) => `${r.title}: ${r.fromNumber === r.toNumber ? `cycle ${r.toNumber}` : `cycles ${r.fromNumber} to ${r.toNumber}`} (${plural(r.cyclesInPeriod, 'cycle', 'cycles')} in this period)`,
      ),
    });
  return blocks;
}

const ACTION_COLUMNS: Table['columns'] = [
  { header: 'Action', width: 0.42 },
  { header: 'Status', width: 0.17 },
  { header: 'Due', width: 0.14 },
  { header: 'Owner', width: 0.27 },
];

function plan(p: PlanProgress): Block[] {
  if (p.actions.length === 0) return [{ kind: 'paragraph', text: 'The action plan had no actions by the end of this period.' }];
  const k = p.counts;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${plural(p.actions.length, 'action', 'actions')}: ${formatCount(k.done)} done, ${formatCount(k.inProgress)} in progress, ${formatCount(k.notStarted)} not started, ${formatCount(k.blocked)} blocked, ${formatCount(k.dropped)} dropped; ${formatCount(k.overdue)} overdue.`,
    },
  ];
  const row = (a: (typeof p.actions)[number]) => [
    a.title,
    a.overdue ? `Overdue (${ACTION_STATUS_LABELS[a.status].toLowerCase()})` : ACTION_STATUS_LABELS[a.status] + (a.doneInPeriod ? ' in this period' : ''),
    a.dueDate ? formatShortDay(a.dueDate) : 'None',
    [a.ownerName, a.partnerName].filter(Boolean).join(', ') || 'No owner',
  ];
  const attention = p.actions.filter((a) => a.overdue || a.status === 'blocked');
  const rest = p.actions.filter((a) => !(a.overdue || a.status === 'blocked'));
  blocks.push({ kind: 'heading', level: 2, text: 'Overdue or blocked' });
  if (attention.length === 0) blocks.push({ kind: 'paragraph', text: 'No action is overdue or blocked.' });
  else blocks.push({ kind: 'table', table: { columns: ACTION_COLUMNS, rows: attention.map(row) } });
  if (rest.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Other actions' });
    blocks.push({ kind: 'table', table: { columns: ACTION_COLUMNS, rows: rest.map(row) } });
  }
  return blocks;
}

function charter(c: CharterSummary): Block[] {
  const sentences: string[] = [];
  if (!c.ratified) sentences.push('No version of the charter has been ratified yet.');
  else sentences.push(`Version ${c.ratified.version} of the charter, ratified on ${formatDay(c.ratified.on)}, is in force${c.ratifiedInPeriod ? '; it was ratified in this period' : ''}.`);
  if (c.pendingVersion !== null) sentences.push(`Version ${c.pendingVersion} awaits review.`);
  return [{ kind: 'paragraph', text: sentences.join(' ') }];
}

function meetings(m: MeetingsSummary): Block[] {
  if (m.held === 0) return [{ kind: 'paragraph', text: 'No meetings were recorded in this period.' }];
  const average = m.averageAttendance !== null && Number.isFinite(m.averageAttendance) ? m.averageAttendance.toLocaleString(LOCALE, { maximumFractionDigits: 1 }) : null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${plural(m.held, 'meeting was', 'meetings were')} held, with ${plural(m.attendance, 'sign-in', 'sign-ins')} in all${average ? ` (an average of ${average} per meeting)` : ''}; ${plural(m.people, 'person', 'different people')} attended at least once.`,
    },
  ];
  if (m.meetings.length > 0)
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { header: 'Date', width: 0.25 },
          { header: 'Meeting', width: 0.55 },
          { header: 'Attendance', width: 0.2 },
        ],
        rows: m.meetings.map((x) => [formatDay(x.date), x.title, formatCount(x.attendance)]),
      },
    });
  return blocks;
}
