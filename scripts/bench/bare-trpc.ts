// The peer Needle is measured beside: what a user of this stack gets from a bare tRPC v11 query on
// Fastify with superjson and a zod input, and nothing else (no session, no database, no security
// headers, no compression), in a process of its own like Needle's server, on the port the bench
// gives it. GET /trpc/peer.read?input=… answers a small object built from its input.
import { initTRPC } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import superjson from 'superjson';
import { z } from 'zod';

const t = initTRPC.create({ transformer: superjson });
const router = t.router({
  peer: t.router({
    read: t.procedure.input(z.object({ networkId: z.number().int().positive() })).query(({ input }) => ({ networkId: input.networkId, name: 'Peer network', at: new Date() })),
  }),
});

const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ ok: true }));
await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: { router } });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
