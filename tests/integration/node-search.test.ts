import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor } from '../helpers/trpc.ts';

// node_search (migration 0012) holds every driver's and change idea's words for the learning
// library; triggers keep it in step with driver_node, whatever writes it.

const found = (db: ReturnType<typeof testDb>, words: string) =>
  db.all<{ rowid: number }>(sql`select rowid from node_search where node_search match ${words} order by rowid`).map((r) => r.rowid);

describe('the words of the plan, for search', () => {
  it('follows each driver and change idea as it is added, renamed and described', async () => {
    const s = await scene(testDb());
    const plan = callerFor(s.db, s.facilitator).plan;
    const driver = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
    const idea = await plan.addNode({ networkId: s.networkA, parentId: driver.id, title: 'Readiness tips by text message', description: 'Weekly tips in the family’s language' });
    expect(found(s.db, 'readiness')).toEqual([driver.id, idea.id]);
    // Porter stemming: "texting" finds "text".
    expect(found(s.db, 'texting')).toEqual([idea.id]);
    expect(found(s.db, 'language')).toEqual([idea.id]);

    await plan.renameNode({ networkId: s.networkA, nodeId: idea.id, version: idea.version, title: 'Reading tips by postcard' });
    expect(found(s.db, 'text')).toEqual([]);
    expect(found(s.db, 'postcard')).toEqual([idea.id]);
    expect(s.db.all(sql`select count(*) as n from node_search`)).toEqual([{ n: 2 }]);
  });
});
