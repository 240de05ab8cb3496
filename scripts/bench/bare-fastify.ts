// The yardstick for throughput: Fastify with one JSON route and nothing else, in a process of its
// own like Needle's server, on the port the bench gives it.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ ok: true }));
app.get('/json', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
