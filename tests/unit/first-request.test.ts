import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPageCalls, prefetchFirstPage } from '../../client/app/first-page-data.ts';
import { fetchEarly, startEarly } from '../../client/lib/early-fetch.ts';
import { batchUrl } from '../../shared/batch-url.ts';
import type { AppRouter } from '../../server/router.ts';
import { testApp, type TestApp } from '../helpers/http.ts';

// The first script asks for the first page's answers before the rest of it has run
// (client/app/first-request.ts), at the address prefetchFirstPage's queries will ask for together:
// the batch link is handed that answer instead of asking again. Requests go to the real app.

let app: Promise<TestApp>;
let asked: string[];
// The stub goes in before anything is awaited: a hook that outlasts its time limit carries on
// after afterEach has run, and a stub put in then would outlive this file in the shared worker.
beforeEach(async () => {
  app = testApp();
  asked = [];
  const viaApp = async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(String(input));
    const res = await (await app).app.inject({ method: (init?.method ?? 'GET') as 'GET', url: String(input), headers: Object.fromEntries(new Headers(init?.headers)) });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
  };
  vi.stubGlobal('fetch', viaApp);
  await app;
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await (await app).close();
});

/** The app's client as client/lib/trpc.ts makes it, on the early-aware fetch. */
const client = () => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc', transformer: superjson, fetch: fetchEarly })] });

describe('the first request', () => {
  const ADDRESSES = ['/', '/n/riverside', '/n/riverside/cycles/12', '/n/riverside/meetings/3/live', '/partnership', '/sign-in'];

  it.each(ADDRESSES)('at %s is the one prefetchFirstPage asks for, and is asked for once', async (address) => {
    const calls = firstPageCalls(address);
    const early = batchUrl('/trpc', calls);
    startEarly(early, {});
    const queryClient = new QueryClient();
    await prefetchFirstPage(queryClient, client(), address);
    expect(asked).toEqual([early]);
    // The answers reached the queries: nobody is signed in.
    expect(queryClient.getQueryData([['account', 'me'], { type: 'query' }])).toBeNull();
  });

  it('asks for nothing on the public pages', async () => {
    expect(firstPageCalls('/impact')).toEqual([]);
    await prefetchFirstPage(new QueryClient(), client(), '/impact');
    expect(asked).toEqual([]);
  });

  it('hands its answer over once; a first request for another address lets it go', async () => {
    const url = batchUrl('/trpc', [{ path: 'setup.status' }]);
    startEarly(url, {});
    const first = await fetchEarly(url);
    expect(await first.json()).toMatchObject([{ result: { data: { json: { needsFirstAdmin: true } } } }]);
    await fetchEarly(url);
    expect(asked).toEqual([url, url]);

    startEarly(url, {});
    const other = batchUrl('/trpc', [{ path: 'account.me' }]);
    await fetchEarly(other);
    await fetchEarly(url);
    expect(asked).toEqual([url, url, url, other, url]);
  });
});
