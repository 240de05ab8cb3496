import { createTRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { describe, expect, it, vi } from 'vitest';
import type { AppRouter } from '../../server/router.ts';

// The live board's subscription link loads on the first subscription (issue 22): the stand-in below
// answers one event, so the test reads which link each operation reached.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../client/lib/subscription-link.ts', () => ({
  subscriptionLink: (): TRPCLink<AppRouter> => {
    loads.count++;
    return () =>
      ({ op }) =>
        observable((observer) => {
          observer.next({ result: { type: 'data', data: { from: 'subscription link', path: op.path } } });
          return () => {};
        });
  },
}));

const { lazySubscriptionLink } = await import('../../client/lib/lazy-subscription-link.ts');

function client() {
  const below: string[] = [];
  const rest: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        below.push(`${op.type} ${op.path}`);
        observer.next({ result: { type: 'data', data: { from: 'batch link' } } });
        observer.complete();
        return () => {};
      });
  return { trpc: createTRPCClient<AppRouter>({ links: [lazySubscriptionLink(), rest] }), below };
}

describe('the lazy subscription link', () => {
  it('passes queries and mutations on without loading the subscription code', async () => {
    const { trpc, below } = client();
    await expect(trpc.setup.status.query()).resolves.toEqual({ from: 'batch link' });
    expect(below).toEqual(['query setup.status']);
    expect(loads.count).toBe(0);
  });

  it('loads the subscription link on the first subscription, once, and sends it there', async () => {
    const { trpc, below } = client();
    const heard = (meetingId: number) =>
      new Promise<unknown>((resolve, reject) => {
        const sub = trpc.meeting.live.subscribe({ networkId: 1, meetingId, lastEventId: '' }, {
          onData: (data) => {
            sub.unsubscribe();
            resolve(data);
          },
          onError: reject,
        });
      });
    await expect(heard(1)).resolves.toEqual({ from: 'subscription link', path: 'meeting.live' });
    await expect(heard(2)).resolves.toEqual({ from: 'subscription link', path: 'meeting.live' });
    expect(loads.count).toBe(1);
    expect(below).toEqual([]);
  });
});
