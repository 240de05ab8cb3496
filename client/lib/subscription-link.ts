import { httpSubscriptionLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '../../server/router.ts';
import { TRPC_PATH } from '../../shared/batch-url.ts';

// Loaded on the first subscription (lazy-subscription-link.ts), so tRPC's event-stream code comes
// with the meeting pages rather than in the first script.

/**
 * Subscriptions (a meeting's live board) are server-sent events: a GET the browser keeps open and
 * reopens after a drop, resuming from the last event id it saw. The session cookie goes with it as
 * with every same-origin request.
 */
export const subscriptionLink = () => httpSubscriptionLink<AppRouter, typeof EventSource>({ url: TRPC_PATH, transformer: superjson });
