// Stands in for server/exports/worker.ts: a render that never ends (a huge report on a slow day),
// reporting progress now and then, so only a cancel stops it.
process.send?.({ type: 'progress', fraction: 0.1, step: 'Writing Highlights' });
setInterval(() => process.send?.({ type: 'progress', fraction: 0.2, step: 'Writing Highlights' }), 50);
