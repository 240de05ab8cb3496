// Stands in for server/exports/worker.ts: reports some progress, then dies the way a worker
// does when something below JavaScript fails, without sending a result.
process.send?.({ type: 'progress', fraction: 0.2, step: 'Writing Highlights' });
setTimeout(() => process.exit(7), 20);
