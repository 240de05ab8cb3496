import type { Scene } from './scene.ts';
import { callerFor } from './trpc.ts';

export const FALL = { from: '2026-09-01', to: '2026-11-30', timeZone: 'America/Chicago' } as const;

/** The facilitator starts a report on network A's fall; returns the reference to it. */
export async function withReport(s: Scene, title = 'Board update, fall 2026') {
  const { id } = await callerFor(s.db, s.facilitator).report.create({ networkId: s.networkA, title, ...FALL });
  return { networkId: s.networkA, reportId: id };
}

/** A report in network A, published once (version 1 of its document). */
export async function publishedReport(s: Scene) {
  const ref = await withReport(s);
  await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '' });
  return ref;
}

/** Network A's community impact page turned on by its lead. */
export async function publicNetworkA(s: Scene) {
  await callerFor(s.db, s.lead).network.setPublicPage({ networkId: s.networkA, enabled: true });
  return { slug: 'kindergarten-readiness' };
}

/** A draft save that changes only the narrative's highlights. */
export function draftSave(ref: { networkId: number; reportId: number }, version: number, highlights: string) {
  return {
    ...ref,
    version,
    title: 'Board update, fall 2026',
    ...FALL,
    narrative: { highlights, challenges: '', asks: '' },
    featuredCycleIds: [],
    hidden: [],
  };
}
