import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { network, partnership } from '../../server/db/schema.ts';
import { testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { recentMonths, wholeRow } from '../helpers/report-data.ts';
import { publicNetworkA } from '../helpers/reports.ts';
import { makeNetwork, scene, type Scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function turnOn(s: Scene, id: number) {
  s.db.update(network).set({ publicReport: true }).where(eq(network.id, id)).run();
}

describe('the report card', () => {
  it('is a neutral, empty card before the partnership is named or any page is public', async () => {
    const s = await scene(testDb());
    expect(await callerFor(s.db, null).public.impact()).toEqual({ partnership: null, areas: [] });
    // A network page is public: it shows, and its page names no partnership yet.
    const { slug } = await publicNetworkA(s);
    const card = await callerFor(s.db, null).public.impact();
    expect(card.areas.map((a) => [a.area, a.networks.map((n) => n.slug)])).toEqual([['kindergarten_readiness', [slug]]]);
    expect((await callerFor(s.db, null).public.page({ slug })).partnership).toBeNull();
  });

  it('groups every public network by outcome area in the areas’ order, and leaves out the others', async () => {
    const s = await scene(testDb());
    s.db.insert(partnership).values({ id: 1, name: 'Eastside Promise', description: 'Cradle to career, together.', community: 'Eastside and Northgate', logo: PNG, logoType: 'image/png' }).run();
    await publicNetworkA(s);
    turnOn(s, s.networkB); // employment
    const reading = makeNetwork(s.db, { name: 'Reading by Third Grade', slug: 'reading', outcomeArea: 'early_grade_reading' });
    turnOn(s, reading);
    const early = makeNetwork(s.db, { name: 'Early Steps', slug: 'early-steps' }); // kindergarten readiness, before A by name
    turnOn(s, early);
    makeNetwork(s.db, { name: 'Math Not Public', slug: 'math', outcomeArea: 'middle_grade_math' });

    const card = await callerFor(s.db, null).public.impact();
    expect(card.partnership).toEqual({ name: 'Eastside Promise', description: 'Cradle to career, together.', community: 'Eastside and Northgate', logo: `data:image/png;base64,${PNG.toString('base64')}` });
    expect(card.areas.map((a) => [a.area, a.networks.map((n) => n.name)])).toEqual([
      ['kindergarten_readiness', ['Early Steps', 'Kindergarten Readiness']],
      ['early_grade_reading', ['Reading by Third Grade']],
      ['employment', ['Opportunity Youth']],
    ]);
    expect(JSON.stringify(card)).not.toContain('Math Not Public');
    // Each network's page links back to the card by the partnership's name.
    expect((await callerFor(s.db, null).public.page({ slug: 'reading' })).partnership).toBe('Eastside Promise');

    // Turned off again: gone from the card.
    s.db.update(network).set({ publicReport: false }).where(eq(network.id, reading)).run();
    expect((await callerFor(s.db, null).public.impact()).areas.map((a) => a.area)).toEqual(['kindergarten_readiness', 'employment']);
  });

  it('shows only an image type a browser cannot run as a logo', async () => {
    const s = await scene(testDb());
    s.db.insert(partnership).values({ id: 1, name: 'Eastside Promise', logo: Buffer.from('<svg onload="alert(1)"/>'), logoType: 'image/svg+xml' }).run();
    expect((await callerFor(s.db, null).public.impact()).partnership?.logo).toBeNull();
  });

  it('shows each outcome exactly as its public page does, with small groups withheld and no names', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s, { targetValue: 70, targetDate: '2028-06-30' });
    const [black, latino, white] = ind.dimensions[0]!.groups;
    const months = recentMonths(3);
    // Each month 3 of 7 Black children (too few to show), 23 of 31 Latino, 61 of 97 White.
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({
      networkId: s.networkA,
      rows: months.flatMap((m) => [wholeRow(m, 87, 135), wholeRow(m, 3, 7, black!.id), wholeRow(m, 23, 31, latino!.id), wholeRow(m, 61, 97, white!.id)]),
    });
    const { slug } = await publicNetworkA(s);
    const anonymous = callerFor(s.db, null).public;
    const [card, page] = await Promise.all([anonymous.impact(), anonymous.page({ slug })]);
    const shown = card.areas[0]!.networks[0]!;
    expect(shown).toEqual({ name: 'Kindergarten Readiness', slug, outcome: page.indicator });
    expect(shown.outcome).toMatchObject({ target: { value: 70, date: '2028-06-30' } });
    expect(shown.outcome?.sentence).toBeTruthy();
    expect(shown.outcome?.chart.points.length).toBe(3);
    expect(shown.outcome?.equity[0]).toMatchObject({ latestGap: null, suppressedCount: 6, protectingCount: 3 });
    const json = JSON.stringify(card);
    for (const secret of ['74.19', '74.2', 'Latino', s.lead.name, s.facilitator.name, s.lead.email, s.admin.name]) expect(json, secret).not.toContain(secret);
  });

  it('speaks the reader’s language', async () => {
    const s = await scene(testDb());
    await withIndicator(s);
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({ networkId: s.networkA, rows: recentMonths(3).map((m) => wholeRow(m, 50, 100)) });
    await publicNetworkA(s);
    const en = await callerFor(s.db, null).public.impact();
    const es = await callerFor(s.db, null, 'es').public.impact();
    expect(es.areas[0]!.networks[0]!.outcome!.sentence).not.toBe(en.areas[0]!.networks[0]!.outcome!.sentence);
  });
});
