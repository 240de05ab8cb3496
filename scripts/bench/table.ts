export type Row = { measure: string; result: string; goal: string; met: boolean };

/** One plain-text table, the columns padded to their widest cell; also valid Markdown. */
export function printTable(rows: Row[]): void {
  const cells = [['Measure', 'Result', 'Goal', 'Met'], ...rows.map((r) => [r.measure, r.result, r.goal, r.met ? 'yes' : 'MISSED'])];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log([line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n'));
}
