// The first module main.tsx runs: it asks for the first page's answers before the rest of the first
// script has run (client/lib/early-fetch.ts), and the first page's queries are handed them. Offline
// at start, nothing is asked: the queries wait for a connection, with the answers kept on the device.
import { batchUrl, TRPC_PATH } from '../../shared/batch-url.ts';
import { startEarly } from '../lib/early-fetch.ts';
import { openingLanguage } from '../lib/i18n.ts';
import { firstPageCalls } from './first-page-data.ts';

const calls = firstPageCalls(location.pathname);
if (calls.length && navigator.onLine) startEarly(batchUrl(TRPC_PATH, calls), { 'x-needle-language': openingLanguage });
