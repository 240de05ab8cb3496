import { isPeriod, parsePeriod, PERIOD_EXAMPLES, type Frequency } from './period.ts';
import { message } from '../i18n/message.ts';
import type { MeasurementRow, Unit } from '../schemas/indicator.ts';

// Measurements: what a value means for an indicator, which rows are valid, and how a CSV file's
// rows become measurements — the same rules for the grid, the import and the server.

export type IndicatorShape = {
  frequency: Frequency;
  isProportion: boolean;
  unit: Unit;
  ratePer: number | null;
  /** Every group of every dimension. */
  groups: readonly { id: number; name: string; dimension: string }[];
};

/** The value shown and analysed: a proportion as a percent or a rate, otherwise as entered. */
export function measurementValue(ind: Pick<IndicatorShape, 'isProportion' | 'unit' | 'ratePer'>, m: Pick<MeasurementRow, 'value' | 'numerator' | 'denominator'>): number | null {
  if (!ind.isProportion) return m.value;
  if (m.numerator === null || m.denominator === null || !(m.denominator > 0)) return null;
  const scale = ind.unit === 'percent' ? 100 : ind.unit === 'rate' ? (ind.ratePer ?? 1) : 1;
  return (m.numerator / m.denominator) * scale;
}

export type RowProblem = { field: 'period' | 'groupId' | 'value' | 'numerator' | 'denominator'; message: string };

/** What is wrong with one row for this indicator, beyond the shape the schema checks. */
export function measurementProblems(ind: IndicatorShape, m: MeasurementRow): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!isPeriod(m.period, ind.frequency)) problems.push({ field: 'period', message: message('validation:measurement.periodLike', { example: PERIOD_EXAMPLES[ind.frequency] }) });
  if (m.groupId !== null && !ind.groups.some((g) => g.id === m.groupId)) problems.push({ field: 'groupId', message: message('validation:measurement.chooseGroup') });
  if (ind.isProportion) {
    if (m.numerator === null) problems.push({ field: 'numerator', message: message('validation:measurement.enterNumerator') });
    if (m.denominator === null) problems.push({ field: 'denominator', message: message('validation:measurement.enterDenominator') });
    if (ind.unit === 'percent' && m.numerator !== null && m.denominator !== null && m.numerator > m.denominator) {
      problems.push({ field: 'numerator', message: message('validation:measurement.numeratorTooLarge') });
    }
  } else if (m.value === null) {
    problems.push({ field: 'value', message: message('validation:measurement.enterValue') });
  }
  return problems;
}

export const measurementKey = (m: { period: string; groupId: number | null }) => `${m.period}|${m.groupId ?? 0}`;

// --- CSV import ---------------------------------------------------------------------------------

export type ImportProblem = { line: number; column: string; message: string };
/** What a check or an import of a CSV file found: problems are listed up to a cap, all counted. */
export type ImportReport = {
  lines: number;
  valid: number;
  created: number;
  updated: number;
  problems: ImportProblem[];
  problemCount: number;
  committed: boolean;
};
export type ImportedRow = MeasurementRow & { line: number };

/** The columns a file for this indicator has, in the order an export writes them. */
export function importColumns(ind: Pick<IndicatorShape, 'isProportion'>): string[] {
  return ind.isProportion ? ['period', 'group', 'numerator', 'denominator', 'note'] : ['period', 'group', 'value', 'note'];
}

/** Longer than this, a cell is not a number anyone typed: refused before any pattern looks at it. */
export const MAX_NUMBER_CHARS = 64;
// Linear: after the digits nothing else can match a digit, so a failed match backtracks once per
// character (the old `\d+\.?\d*` tried every split of a run of digits: quadratic).
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function readNumber(raw: string, allowPercent: boolean): number | null | 'invalid' | 'too long' {
  let t = raw.trim();
  if (t === '') return null;
  if (t.length > MAX_NUMBER_CHARS) return 'too long';
  if (allowPercent && t.endsWith('%')) t = t.slice(0, -1).trim();
  if (GROUPED_NUMBER.test(t)) t = t.replaceAll(',', '');
  if (!PLAIN_NUMBER.test(t)) return 'invalid';
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

/** A cell as a message quotes it: short, so a huge cell does not come back in every problem. */
function quoted(raw: string): string {
  const t = raw.trim();
  return `“${t.length > 40 ? `${t.slice(0, 40)}…` : t}”`;
}

/**
 * What a CSV reader's complaint means to a person, on the line where it happened. The codes are
 * Papa Parse's; a quote problem swallows the lines after it, so the whole file is refused.
 */
export function csvProblem(code: string, line: number): ImportProblem {
  const said = code === 'MissingQuotes' || code === 'InvalidQuotes' ? message(`validation:import.${code}`) : message('validation:import.unreadable');
  return { line, column: '', message: said };
}

/** A group as a file names it: "Race and ethnicity: Black", or just "Black" when no other dimension has a group of that name. */
function findGroup(ind: IndicatorShape, raw: string): number | null | 'unknown' | 'ambiguous' {
  const t = raw.trim().toLowerCase();
  if (t === '' || t === 'all' || t === 'everyone') return null;
  const qualified = ind.groups.find((g) => `${g.dimension}: ${g.name}`.toLowerCase() === t);
  if (qualified) return qualified.id;
  const named = ind.groups.filter((g) => g.name.toLowerCase() === t);
  if (named.length === 1) return named[0]!.id;
  return named.length > 1 ? 'ambiguous' : 'unknown';
}

export type ReadOptions = {
  /** The file line each record starts on (blank lines and line breaks inside quotes count); by default record i is line i + 1. */
  lines?: readonly number[];
  /** Lines the CSV reader could not read: their problem is reported already, their values are not checked. */
  unreadable?: ReadonlySet<number>;
};

/**
 * A parsed CSV file (first record: the header) as measurement rows, or the problems that stop it,
 * each naming the line (the header is line 1), the column and why.
 */
export function readImport(records: readonly (readonly string[])[], ind: IndicatorShape, opts: ReadOptions = {}): { rows: ImportedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ImportedRow[] = [];
  const [header, ...body] = records;
  const expected = importColumns(ind);
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const lineOf = (i: number) => opts.lines?.[i] ?? i + 1;
  if (header && opts.unreadable?.has(lineOf(0))) return { rows, problems };
  if (!header || body.length === 0) return { rows, problems: [{ line: 1, column: '', message: message('validation:import.noRows', { columns: expected.join(', ') }) }] };
  names.forEach((n, i) => {
    if (!expected.includes(n)) problems.push({ line: lineOf(0), column: quoted(header[i] ?? '').slice(1, -1), message: message('validation:import.unknownColumn', { column: quoted(header[i] ?? ''), columns: expected.join(', ') }) });
    else if (names.indexOf(n) !== i) problems.push({ line: lineOf(0), column: n, message: message('validation:import.columnTwice', { column: n }) });
  });
  const required = expected.filter((c) => c !== 'group' && c !== 'note');
  for (const c of required) if (!names.includes(c)) problems.push({ line: lineOf(0), column: c, message: message('validation:import.columnMissing', { column: c, columns: expected.join(', ') }) });
  if (problems.length) return { rows, problems };

  const at = (record: readonly string[], column: string) => record[names.indexOf(column)] ?? '';
  const seen = new Map<string, number>();
  body.forEach((record, i) => {
    const line = lineOf(i + 1);
    if (opts.unreadable?.has(line)) return;
    const before = problems.length;
    const report = (column: string, message: string) => problems.push({ line, column, message });
    if (record.length > header.length && record.slice(header.length).some((f) => f.trim() !== '')) {
      report('', message('validation:import.tooManyValues', { values: record.length, columns: header.length }));
    }
    const rawPeriod = at(record, 'period');
    const period = parsePeriod(rawPeriod, ind.frequency);
    if (!period) report('period', rawPeriod.trim() ? message('validation:import.notAPeriod', { value: quoted(rawPeriod), example: PERIOD_EXAMPLES[ind.frequency] }) : message('validation:import.periodEmpty'));
    const group = names.includes('group') ? findGroup(ind, at(record, 'group')) : null;
    if (group === 'unknown') report('group', message('validation:import.unknownGroup', { value: quoted(at(record, 'group')) }));
    if (group === 'ambiguous') report('group', message('validation:import.ambiguousGroup', { value: quoted(at(record, 'group')) }));
    const numbers: Record<'value' | 'numerator' | 'denominator', number | null> = { value: null, numerator: null, denominator: null };
    for (const column of ['value', 'numerator', 'denominator'] as const) {
      if (!names.includes(column)) continue;
      const raw = at(record, column);
      const n = readNumber(raw, column === 'value' && ind.unit === 'percent');
      if (n === 'invalid') report(column, message('validation:import.notANumber', { value: quoted(raw) }));
      else if (n === 'too long') report(column, message(`validation:import.numberTooLong.${column}`, { length: raw.trim().length, max: MAX_NUMBER_CHARS }));
      else if (n === null) report(column, message(`validation:import.empty.${column}`));
      else numbers[column] = n;
    }
    if (numbers.denominator !== null && numbers.denominator <= 0) report('denominator', message('validation:import.denominatorZero'));
    if (numbers.numerator !== null && numbers.numerator < 0) report('numerator', message('validation:import.numeratorNegative'));
    if (ind.isProportion && ind.unit === 'percent' && numbers.numerator !== null && numbers.denominator !== null && numbers.denominator > 0 && numbers.numerator > numbers.denominator) {
      report('numerator', message('validation:import.numeratorLarger'));
    }
    const note = names.includes('note') ? at(record, 'note').trim() : '';
    if (note.length > 500) report('note', message('validation:import.noteTooLong'));
    if (problems.length > before || !period || typeof group === 'string') return;
    const key = measurementKey({ period, groupId: group });
    const first = seen.get(key);
    if (first !== undefined) return void report('period', message('validation:import.duplicate', { line: first }));
    seen.set(key, line);
    rows.push({ line, period, groupId: group, note, ...numbers });
  });
  return { rows, problems };
}
