import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { callerFor } from '../helpers/trpc.ts';

// A database made by the version before measures (migrations 0000–0010): the demo partnership as
// that version loaded it, with one indicator's chart settings changed, dumped as SQL.
const FIXTURE = new URL('../fixtures/needle-0010-demo.sql', import.meta.url);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function previousVersionDb(): string {
  dir = mkdtempSync(join(tmpdir(), 'needle-migration-'));
  const path = join(dir, 'needle.db');
  const old = new Database(path);
  old.exec(readFileSync(FIXTURE, 'utf8'));
  old.close();
  return path;
}

type Row = Record<string, unknown>;
const all = (db: Database.Database, sql: string) => db.prepare(sql).all() as Row[];

describe('migration 0011: one indicator per network becomes the outcome among measures', () => {
  it('keeps every indicator, its groups, data, chart settings and report snapshots exactly', async () => {
    const path = previousVersionDb();
    const raw = new Database(path);
    const before = {
      indicators: all(raw, 'SELECT * FROM indicator ORDER BY network_id'),
      dimensions: all(raw, 'SELECT * FROM indicator_dimension ORDER BY id'),
      groups: all(raw, 'SELECT * FROM indicator_group ORDER BY id'),
      measurements: all(raw, 'SELECT * FROM measurement ORDER BY id'),
      reports: all(raw, 'SELECT * FROM report_version ORDER BY id'),
      sequences: all(raw, "SELECT name, seq FROM sqlite_sequence WHERE name IN ('indicator_dimension', 'indicator_group', 'measurement') ORDER BY name"),
    };
    raw.close();
    expect(before.indicators).toHaveLength(2);
    expect(before.measurements.length).toBeGreaterThan(400);
    expect(before.reports.length).toBeGreaterThan(0);

    const db = openDb(path);
    const after = db.$client;
    // Each indicator keeps its network's id as its own, and every column it had.
    expect(all(after, 'SELECT * FROM indicator ORDER BY id')).toEqual(
      before.indicators.map(({ network_id, updated_at, ...rest }) => ({
        id: network_id, network_id, kind: 'outcome', contributes_to_id: null, is_public: 0, position: 0, ...rest, created_at: updated_at, updated_at,
      })),
    );
    expect(all(after, 'SELECT * FROM indicator_dimension ORDER BY id')).toEqual(before.dimensions.map((d) => ({ id: d.id, indicator_id: d.network_id, name: d.name, position: d.position })));
    expect(all(after, 'SELECT * FROM indicator_group ORDER BY id')).toEqual(before.groups);
    expect(all(after, 'SELECT * FROM measurement ORDER BY id')).toEqual(
      before.measurements.map(({ id, network_id, ...m }) => ({ id, indicator_id: network_id, ...m })),
    );
    expect(all(after, 'SELECT * FROM report_version ORDER BY id')).toEqual(before.reports);
    expect(all(after, "SELECT name, seq FROM sqlite_sequence WHERE name IN ('indicator_dimension', 'indicator_group', 'measurement') ORDER BY name")).toEqual(before.sequences);
    expect(all(after, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(all(after, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(all(after, "SELECT name FROM sqlite_master WHERE name LIKE '__old_%'")).toEqual([]);

    // Through the app: the same indicator and series, and the published reports as published.
    const admin = after.prepare('SELECT id, name, email FROM user WHERE is_admin = 1').get() as { id: string; name: string; email: string };
    const caller = callerFor(db, { ...admin, isAdmin: true });
    for (const old of before.indicators) {
      const networkId = old.network_id as number;
      const ind = (await caller.indicator.get({ networkId }))!;
      expect(ind).toMatchObject({ name: old.name, chartType: old.chart_type, ruleSet: old.rule_set, baselineThrough: old.baseline_through, phases: JSON.parse(old.phases as string), version: old.version });
      const rows = await caller.indicator.measurements({ networkId });
      expect(rows).toHaveLength(before.measurements.filter((m) => m.network_id === networkId).length);
    }
    const published = before.reports[0]!;
    const shown = await caller.report.published({ networkId: published.network_id as number, reportId: published.report_id as number, number: published.number as number, language: published.language as "en" });
    expect(shown.document).toEqual(JSON.parse(published.document as string));

    // A second measure can now stand beside the outcome; a second outcome cannot.
    expect(() => after.prepare("INSERT INTO indicator (network_id, kind, name, is_proportion, unit, polarity, frequency) VALUES (1, 'contributing', 'Pre-K enrollment', 1, 'percent', 'higher_is_better', 'monthly')").run()).not.toThrow();
    expect(() => after.prepare("INSERT INTO indicator (network_id, kind, name, is_proportion, unit, polarity, frequency) VALUES (1, 'outcome', 'Another', 1, 'percent', 'higher_is_better', 'monthly')").run()).toThrow(/UNIQUE/);
    after.close();
  });
});
