import { FIDELITY_CHECKS } from '../../../shared/domain/cycle.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

export type DashboardRow = RouterOutputs['dashboard']['networks']['networks'][number];

/** The table's columns, in order; the CSV writes the same ones, outcome area split from the name. */
export const COLUMNS = ['network', 'stage', 'outcome', 'cycles', 'plan', 'charter', 'report', 'attendance', 'activity'] as const;
export type Column = (typeof COLUMNS)[number];

/** What a cell says, and the value it sorts by (null sorts last whichever way). */
export type Cell = { text: string; sort: string | number | null };

const STAGE_ORDER = { forming: 0, active: 1, sustaining: 2, closed: 3 } as const;
const VERDICT_ORDER = { improvement: 0, no_signal: 1, concern: 2 } as const;
const CHARTER_ORDER = { ratified: 0, draft: 1, returned: 2, empty: 3 } as const;
const PLAN_ORDER = { approved: 0, in_review: 1, changes_requested: 2, draft: 3 } as const;

/** The outcome in words: its verdict and the indicator page's sentence, or why there is none. */
export function outcomeText(row: DashboardRow, { t }: Words): string {
  if (!row.outcome) return t('partnership:dashboard.outcome.none');
  if (row.outcome.values.length === 0) return t('partnership:dashboard.outcome.noValues');
  return `${t(`indicator:verdict.title.${row.outcome.verdict}`)}. ${row.outcome.sentence}`;
}

/** The parts of a sound cycle that fell due this quarter, each as "met of due". */
export function fidelityLines(row: DashboardRow, { t, f }: Words): string[] {
  return FIDELITY_CHECKS.flatMap((check) => {
    const { met, due } = row.cycles[check];
    return due === 0 ? [] : [t('partnership:dashboard.cycles.check', { check: t(`common:labels.fidelity.${check}`), met: f.count(met), due: f.count(due) })];
  });
}

function attendanceText({ attendance: a }: DashboardRow, { t, f }: Words): string {
  // An average of people reads best to a tenth: 9.7, not 9.67.
  const people = (n: number) => f.count(Math.round(n * 10) / 10);
  if (a.recent === null) return t('partnership:dashboard.attendance.none');
  if (a.before === null || a.trend === null) return t('partnership:dashboard.attendance.only', { recent: people(a.recent) });
  return t(`partnership:dashboard.attendance.${a.trend}`, { recent: people(a.recent), before: people(a.before) });
}

function activityText({ daysSinceActivity: days }: DashboardRow, { t, f }: Words): string {
  if (days === null) return t('partnership:dashboard.activity.none');
  if (days === 0) return t('partnership:dashboard.activity.today');
  return t('partnership:dashboard.activity.days', { count: days, n: f.count(days) });
}

/** Every cell of a row: the table shows these texts and the CSV writes them, so the two agree. */
export function cellsOf(row: DashboardRow, w: Words): Record<Column, Cell> {
  const { t, f } = w;
  const cycles = t('partnership:dashboard.cycles.count', { count: row.cycles.cycles, n: f.count(row.cycles.cycles) });
  const overdue =
    row.plan.overdue === 0 ? t('partnership:dashboard.plan.noneOverdue') : t('partnership:dashboard.plan.overdue', { count: row.plan.overdue, n: f.count(row.plan.overdue) });
  const charter = row.charter.kind === 'empty' ? t('partnership:dashboard.charter.empty') : t(`partnership:dashboard.charter.${row.charter.kind}`, { version: f.count(row.charter.version) });
  const report = row.report ? `${row.report.title}. ${t('partnership:dashboard.report.published', { date: f.date(row.report.publishedAt) })}` : t('partnership:dashboard.report.none');
  const trend = row.attendance;
  return {
    network: { text: row.name, sort: row.name.toLocaleLowerCase(w.lang) },
    stage: { text: t(`common:labels.networkStatus.${row.status}`), sort: STAGE_ORDER[row.status] },
    outcome: { text: outcomeText(row, w), sort: row.outcome && row.outcome.values.length > 0 ? VERDICT_ORDER[row.outcome.verdict] : null },
    cycles: { text: [cycles, ...fidelityLines(row, w)].join('. '), sort: row.cycles.cycles },
    plan: { text: `${t(`common:labels.planState.${row.plan.state}`)}. ${overdue}`, sort: row.plan.overdue * 10 + PLAN_ORDER[row.plan.state] },
    charter: { text: charter, sort: CHARTER_ORDER[row.charter.kind] },
    report: { text: report, sort: row.report ? row.report.publishedAt.getTime() : null },
    attendance: { text: attendanceText(row, w), sort: trend.recent === null ? null : trend.before === null ? 0 : trend.recent - trend.before },
    activity: { text: activityText(row, w), sort: row.daysSinceActivity },
  };
}

export type SortState = { column: Column; direction: 'ascending' | 'descending' };

/** Rows in the chosen order; ties keep the name order, and rows with nothing to sort by go last. */
export function sortRows<R extends { cells: Record<Column, Cell> }>(rows: readonly R[], { column, direction }: SortState): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column].sort;
    const y = b.cells[column].sort;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}

/** The CSV of exactly the rows shown, in their order: the header, then each row's cells. */
export function csvRows(rows: readonly { row: DashboardRow; cells: Record<Column, Cell> }[], { t }: Words): string[][] {
  const header = COLUMNS.flatMap((c) => (c === 'network' ? [t('partnership:dashboard.columns.network'), t('partnership:dashboard.columns.area')] : [t(`partnership:dashboard.columns.${c}`)]));
  const body = rows.map(({ row, cells }) => COLUMNS.flatMap((c) => (c === 'network' ? [cells.network.text, t(`common:labels.outcomeArea.${row.outcomeArea}`)] : [cells[c].text])));
  return [header, ...body];
}
