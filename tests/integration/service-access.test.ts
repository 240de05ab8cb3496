import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { indicator, meeting, pdsaCycle } from '../../server/db/schema.ts';
import { createMeeting } from '../../server/services/meetings.ts';
import { quickLog } from '../../server/services/cycles.ts';
import { saveChartSettings, saveIndicator } from '../../server/services/indicator.ts';
import { networkAccess } from '../../server/trpc.ts';
import { testDb } from '../helpers/db.ts';
import { readinessIndicator } from '../helpers/indicator.ts';
import { scene } from '../helpers/scene.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

// A network service takes the network from the access networkProcedure checked, never from its
// input: handed an input that names another network, it still acts only on the checked one.

describe('a network service', () => {
  it('writes to the network its access was checked for, whatever network id the input carries', async () => {
    const s = await scene(testDb());
    const inA = networkAccess(s.db, s.facilitator, s.networkA)!;
    const elsewhere = { networkId: s.networkB };

    saveIndicator(s.db, s.facilitator, inA, readinessIndicator(s.networkB), en);
    saveChartSettings(s.db, s.facilitator, inA, { ...elsewhere, version: 1, chartType: 'p', ruleSet: 'anhoej', baselineThrough: null, phases: [] });
    createMeeting(s.db, s.facilitator, inA, { ...elsewhere, clientId: randomUUID(), title: 'October meeting', date: '2026-10-14', attendeeIds: [], guestCount: 0, agenda: '', notes: '' });
    quickLog(s.db, s.facilitator, inA, { ...elsewhere, clientId: randomUUID(), title: 'Read aloud at pickup', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null });

    const where = (networkId: number) => ({
      indicators: s.db.select().from(indicator).where(eq(indicator.networkId, networkId)).all(),
      meetings: s.db.select().from(meeting).where(eq(meeting.networkId, networkId)).all().length,
      cycles: s.db.select().from(pdsaCycle).where(eq(pdsaCycle.networkId, networkId)).all().length,
    });
    const a = where(s.networkA);
    expect(a.indicators.map((i) => [i.version, i.chartType])).toEqual([[2, 'p']]);
    expect(a).toMatchObject({ meetings: 1, cycles: 1 });
    expect(where(s.networkB)).toEqual({ indicators: [], meetings: 0, cycles: 0 });
  });
});
