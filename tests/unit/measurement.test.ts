import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { csvProblem as csvProblemKeyed, measurementProblems as measurementProblemsKeyed, measurementValue, readImport as readImportKeyed, type IndicatorShape } from '../../shared/domain/measurement.ts';
import { translateMessage } from '../../shared/i18n/message.ts';

// Problems carry keyed messages (shared/i18n/message.ts); these read them as an English reader would.
const said = <P extends { message: string }>(p: P, lang = 'en'): P => ({ ...p, message: translateMessage(wordsFor(lang).t, p.message) });
const readImport = (...args: Parameters<typeof readImportKeyed>) => {
  const r = readImportKeyed(...args);
  return { ...r, problems: r.problems.map((p) => said(p)) };
};
const csvProblem = (...args: Parameters<typeof csvProblemKeyed>) => said(csvProblemKeyed(...args));
const measurementProblems = (...args: Parameters<typeof measurementProblemsKeyed>) => measurementProblemsKeyed(...args).map((p) => said(p));

const shape: IndicatorShape = {
  frequency: 'quarterly',
  isProportion: false,
  unit: 'percent',
  ratePer: null,
  groups: [
    { id: 1, name: 'Low income', dimension: 'Income' },
    { id: 2, name: 'Other', dimension: 'Income' },
    { id: 3, name: 'Other', dimension: 'Language' },
  ],
};
const csv = (...lines: string[]) => lines.map((l) => l.split(','));

describe('measurement values', () => {
  it('computes a proportion as a percent or a rate per N, and takes other values as entered', () => {
    expect(measurementValue({ isProportion: true, unit: 'percent', ratePer: null }, { value: null, numerator: 45, denominator: 90 })).toBe(50);
    expect(measurementValue({ isProportion: true, unit: 'rate', ratePer: 1000 }, { value: null, numerator: 3, denominator: 600 })).toBe(5);
    expect(measurementValue({ isProportion: false, unit: 'score', ratePer: null }, { value: 7.5, numerator: null, denominator: null })).toBe(7.5);
  });

  it('names what a grid row lacks', () => {
    expect(measurementProblems(shape, { period: '2025-Q5', groupId: 9, value: null, numerator: null, denominator: null, note: '' }).map((p) => p.field)).toEqual(['period', 'groupId', 'value']);
  });
});

describe('reading a CSV file', () => {
  it('reads periods as people write them, numbers with thousands separators, a percent sign, and groups by name', () => {
    const records = [...csv('Period,Group,Value,Note', '2025 q1,,45%,'), ['2025-Q2', 'Low income', '1,234.5', ''], ...csv('2025-Q2,Language: Other,3,')];
    const { rows, problems } = readImport(records, shape);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.period, r.groupId, r.value])).toEqual([
      [2, '2025-Q1', null, 45],
      [3, '2025-Q2', 1, 1234.5],
      [4, '2025-Q2', 3, 3],
    ]);
  });

  it('asks for the dimension when a group name is ambiguous', () => {
    expect(readImport(csv('period,group,value', '2025-Q1,Other,3'), shape).problems).toEqual([
      { line: 2, column: 'group', message: '“Other” is a group in more than one dimension: write it as “Dimension: Group”.' },
    ]);
  });

  it('refuses empty values and a column that appears twice', () => {
    expect(readImport(csv('period,value', '2025-Q1,'), shape).problems).toEqual([{ line: 2, column: 'value', message: 'The value is empty.' }]);
    expect(said(readImportKeyed(csv('period,value', '2025-Q1,'), shape).problems[0]!, 'es').message).toBe('El valor está vacío.');
    expect(readImport(csv('period,value,value', '2025-Q1,1,2'), shape).problems[0]!.message).toBe('The column “value” appears twice.');
  });

  it('reads a long cell in linear time and refuses a number longer than 64 characters, without echoing it', () => {
    const started = performance.now();
    const { problems } = readImport(csv('period,value', `2025-Q1,${'1'.repeat(80_000)}x`, `2025-Q2,${'9'.repeat(64)}`, `${'2'.repeat(50_000)},1`), shape);
    expect(performance.now() - started).toBeLessThan(200);
    expect(problems).toEqual([
      { line: 2, column: 'value', message: 'This value is 80,001 characters long: a number has at most 64.' },
      { line: 4, column: 'period', message: `“${'2'.repeat(40)}…” is not a period: write it like 2025-Q1.` },
    ]);
  });

  it('numbers problems by the line in the file, and skips lines the CSV reader could not read', () => {
    const records = [['period', 'value', 'note'], ['2025-Q1', 'x', 'two\nlines'], ['2025-Q2', '3', 'a "quote'], ['2025-Q3', 'y', '']];
    expect(readImport(records, shape, { lines: [1, 3, 5, 9], unreadable: new Set([5]) }).problems).toEqual([
      { line: 3, column: 'value', message: '“x” is not a number.' },
      { line: 9, column: 'value', message: '“y” is not a number.' },
    ]);
  });

  it('refuses a line with more values than the file has columns: a comma outside quotes loses text', () => {
    expect(readImport(csv('period,value,note', '2025-Q1,3,hello, world', '2025-Q2,4,ok,'), shape).problems).toEqual([
      { line: 2, column: '', message: 'This line has 4 values but the first line names 3 columns. Put a value that holds a comma inside quotes, like "hello, world".' },
    ]);
  });

  it('says in plain words what a stray or unterminated quote did', () => {
    expect(csvProblem('MissingQuotes', 7)).toEqual({
      line: 7,
      column: '',
      message: 'A quote (") opens here and never closes, so every line after it was read into this one. Close the quote, or remove it.',
    });
    expect(csvProblem('InvalidQuotes', 4).message).toBe('A value in quotes has more text after its closing quote. Put the whole value inside the quotes, and write a quote inside a value as two quotes ("").');
    expect(csvProblem('SomethingElse', 2).message).toBe('This line could not be read: check its commas and quotes.');
  });
});
