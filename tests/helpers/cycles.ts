import { randomUUID } from 'node:crypto';
import { blankCycle } from '../../shared/domain/cycle.ts';
import type { CycleFields } from '../../shared/schemas/cycle.ts';
import type { Scene } from './scene.ts';
import { callerFor } from './trpc.ts';

/** A cycle's fields with everything empty but a title and an owner; override what a test needs. */
export function cycleFields(ownerId: string, extra: Partial<CycleFields> = {}): CycleFields {
  return { ...blankCycle('Readiness calendar at pickup', ownerId), ...extra };
}

/** The member of network A creates a cycle they own. */
export async function memberCycle(s: Scene, extra: Partial<CycleFields> = {}) {
  const created = await callerFor(s.db, s.member).cycle.create({
    networkId: s.networkA,
    clientId: randomUUID(),
    rampId: null,
    ...cycleFields(s.member.id, extra),
  });
  return created.id;
}

export async function changeIdea(s: Scene, title = 'Readiness nights at libraries') {
  const plan = callerFor(s.db, s.facilitator).plan;
  const primary = await plan.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const secondary = await plan.addNode({ networkId: s.networkA, parentId: primary.id, title: 'Clear, shared readiness messages' });
  return (await plan.addNode({ networkId: s.networkA, parentId: secondary.id, title })).id;
}
