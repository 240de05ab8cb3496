import { describe, expect, it } from 'vitest';
import { charterReview, charterVersion } from '../../server/db/schema.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import type { CharterContent } from '../../shared/schemas/charter.ts';
import { auditRows, makeUser, testDb } from '../helpers/db.ts';
import { addMember, scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

function withText(text: Partial<CharterContent['sections']>, people: Partial<CharterContent['people']> = {}): CharterContent {
  const empty = emptyCharter();
  return { sections: { ...empty.sections, ...text }, people: { ...empty.people, ...people } };
}

async function save(s: Scene, baseVersion: number, content: CharterContent, who = s.facilitator, changeNote = 'Edited') {
  return callerFor(s.db, who).charter.save({ networkId: s.networkA, baseVersion, content, changeNote });
}

const versionCount = (s: Scene) => s.db.select().from(charterVersion).all().length;

describe('charter.save', () => {
  it('makes every save a numbered version with author, time and change note', async () => {
    const s = await scene(testDb());
    expect(await save(s, 0, withText({ aim: 'By June 2028, 60% ready.' }), s.facilitator, 'First draft')).toEqual({ version: 1 });
    expect(await save(s, 1, withText({ aim: 'By June 2028, 60% ready in five schools.' }), s.lead, 'Named the schools')).toEqual({ version: 2 });

    const versions = await callerFor(s.db, s.member).charter.versions({ networkId: s.networkA });
    expect(versions.map((v) => [v.number, v.authorName, v.changeNote])).toEqual([
      [2, 'Lee Lead', 'Named the schools'],
      [1, 'Fay Facilitator', 'First draft'],
    ]);
    expect(versions[0]!.createdAt).toBeInstanceOf(Date);
    const v1 = await callerFor(s.db, s.member).charter.version({ networkId: s.networkA, version: 1 });
    expect(v1.content.sections.aim).toBe('By June 2028, 60% ready.');
    expect(auditRows(s.db).map((r) => [r.action, r.actorId, r.entityId])).toEqual([
      ['charter.save', s.facilitator.id, `${s.networkA}:1`],
      ['charter.save', s.lead.id, `${s.networkA}:2`],
    ]);
  });

  it('refuses a save against a stale version with CONFLICT and writes nothing', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'Base' }));
    await save(s, 1, withText({ aim: 'Fay’s edit' }), s.facilitator);
    const auditBefore = auditRows(s.db).length;

    const error = await failure(save(s, 1, withText({ aim: 'Lee’s edit' }), s.lead));
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({ code: 'STALE_VERSION' });
    expect(versionCount(s)).toBe(2);
    expect(auditRows(s.db)).toHaveLength(auditBefore);
    const latest = await callerFor(s.db, s.lead).charter.get({ networkId: s.networkA });
    expect(latest.latest?.content.sections.aim).toBe('Fay’s edit');

    // A save that claims a version that does not exist yet is just as stale.
    expect((await failure(save(s, 7, withText({ aim: 'x' })))).code).toBe('CONFLICT');
    expect(versionCount(s)).toBe(2);
  });

  it('lets exactly one of many saves against the same version win', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'Base' }));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => save(s, 1, withText({ aim: `Edit ${i}` }), i % 2 ? s.lead : s.facilitator)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(versionCount(s)).toBe(2);
  });

  it('refuses a save that changes nothing', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'Same' }));
    const error = await failure(save(s, 1, withText({ aim: 'Same' })));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('Nothing changed since version 1.');
    expect(versionCount(s)).toBe(1);
  });

  it('names roles only with people from the network', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({}, { convener: s.lead.id, dataLead: s.member.id }));
    const charter = await callerFor(s.db, s.member).charter.get({ networkId: s.networkA });
    expect(charter.latest?.content.people).toEqual({ convener: s.lead.id, facilitator: null, dataLead: s.member.id });
    expect(charter.names).toEqual({ [s.lead.id]: 'Lee Lead', [s.member.id]: 'Mo Member' });

    const error = await failure(save(s, 1, withText({}, { convener: s.outsider.id })));
    expect(error.code).toBe('NOT_FOUND');
    expect(versionCount(s)).toBe(1);
  });
});

describe('charter review', () => {
  it('ratifies the newest version, which then stands while later edits form a new draft', async () => {
    const s = await scene(testDb());
    expect((await callerFor(s.db, s.member).charter.get({ networkId: s.networkA })).status).toEqual({ kind: 'empty' });
    await save(s, 0, withText({ aim: 'Version one' }));
    expect((await callerFor(s.db, s.member).charter.get({ networkId: s.networkA })).status).toEqual({ kind: 'draft', version: 1 });

    await callerFor(s.db, s.lead).charter.ratify({ networkId: s.networkA, version: 1, note: 'Agreed at the May meeting' });
    let charter = await callerFor(s.db, s.member).charter.get({ networkId: s.networkA });
    expect(charter.status).toEqual({ kind: 'ratified', version: 1 });
    expect(charter.ratified).toMatchObject({ number: 1, ratifiedBy: 'Lee Lead', note: 'Agreed at the May meeting' });
    expect(charter.ratified?.ratifiedAt).toBeInstanceOf(Date);

    await save(s, 1, withText({ aim: 'Version two' }));
    charter = await callerFor(s.db, s.member).charter.get({ networkId: s.networkA });
    expect(charter.status).toEqual({ kind: 'draft', version: 2 });
    expect(charter.ratified?.content.sections.aim).toBe('Version one');
    expect(charter.latest?.content.sections.aim).toBe('Version two');
    expect(auditRows(s.db).map((r) => r.action)).toEqual(['charter.save', 'charter.ratify', 'charter.save']);
  });

  it('returns a draft with a comment the editors see', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'Raise readiness' }));
    await callerFor(s.db, s.lead).charter.returnDraft({ networkId: s.networkA, version: 1, comment: 'Make the aim measurable and dated.' });
    const charter = await callerFor(s.db, s.facilitator).charter.get({ networkId: s.networkA });
    expect(charter.status).toEqual({ kind: 'returned', version: 1 });
    expect(charter.lastReturn).toMatchObject({ comment: 'Make the aim measurable and dated.', by: 'Lee Lead' });
    const versions = await callerFor(s.db, s.member).charter.versions({ networkId: s.networkA });
    expect(versions[0]!.reviews.map((r) => r.decision)).toEqual(['returned']);
  });

  it('reviews only the newest version, and never ratifies one twice', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'One' }));
    await save(s, 1, withText({ aim: 'Two' }));
    const older = await failure(callerFor(s.db, s.lead).charter.ratify({ networkId: s.networkA, version: 1 }));
    expect(older.code).toBe('BAD_REQUEST');
    expect(older.message).toBe('Only the newest version (2) can be reviewed.');

    await callerFor(s.db, s.lead).charter.ratify({ networkId: s.networkA, version: 2 });
    const twice = await failure(callerFor(s.db, s.admin).charter.ratify({ networkId: s.networkA, version: 2 }));
    expect(twice.message).toBe('Version 2 is already ratified.');
    const missing = await failure(callerFor(s.db, s.lead).charter.returnDraft({ networkId: s.networkA, version: 9, comment: 'x' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(s.db.select().from(charterReview).all()).toHaveLength(1);
  });
});

describe('charter privacy', () => {
  it('keeps each network’s charter to itself', async () => {
    const s = await scene(testDb());
    await save(s, 0, withText({ aim: 'Network A aim' }));
    const otherFacilitator = await makeUser(s.db, { name: 'Bea B-Facilitator' });
    addMember(s.db, s.networkB, otherFacilitator.id, 'facilitator');
    const theirs = await callerFor(s.db, otherFacilitator).charter.get({ networkId: s.networkB });
    expect(theirs.latest).toBeNull();
    expect((await failure(callerFor(s.db, otherFacilitator).charter.get({ networkId: s.networkA }))).code).toBe('NOT_FOUND');
    // A version number from another network's charter is not found in this one.
    expect((await failure(callerFor(s.db, otherFacilitator).charter.version({ networkId: s.networkB, version: 1 }))).code).toBe('NOT_FOUND');
  });
});
