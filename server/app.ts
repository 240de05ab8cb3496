import compress from '@fastify/compress';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { TRPC_PATH } from '../shared/batch-url.ts';
import { createAuth } from './auth/auth.ts';
import { authSecret } from './auth/secret.ts';
import { sessionReader } from './auth/session-reader.ts';
import { proxyTrust, type Config } from './config.ts';
import type { Context } from './context.ts';
import type { Db } from './db/client.ts';
import { groupCommit } from './db/group-commit.ts';
import { probeWrites } from './db/health.ts';
import { exportJobs as defaultExportJobs, type ExportJobs } from './exports/jobs.ts';
import { registerAuthRoutes } from './http/auth-routes.ts';
import { registerBodyLimits } from './http/body-limit.ts';
import { registerCalendarRoutes } from './http/calendar-routes.ts';
import { registerEmbedding } from './http/embedding.ts';
import { registerExportRoutes } from './http/export-routes.ts';
import { registerImportRoutes } from './http/import-routes.ts';
import { registerMailRoutes } from './http/mail-routes.ts';
import { registerPartnershipLogoRoutes } from './http/partnership-logo-routes.ts';
import { pageMetaFor } from './http/page-meta.ts';
import { registerTrpc } from './http/trpc-route.ts';
import { setMailOn } from './mail/outbox.ts';
import { csrfGuard, registerSecurityHeaders } from './http/security.ts';
import { registerClient } from './http/static.ts';
import { requestLanguage } from './i18n.ts';
import { appRouter, type AppRouter } from './router.ts';
import { endLiveStreams } from './services/meeting-live.ts';
import { WriteThrottled } from './trpc.ts';
import { createWriteLimiter, type WriteLimit } from './write-limit.ts';

export type AppOptions = {
  db: Db;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** The PDF/DOCX export jobs; the app's one registry unless a test brings its own. */
  exportJobs?: ExportJobs;
  /** Each person's write throttle; config.writeLimit unless given (null: none, for load tests). */
  writeLimit?: WriteLimit | null;
};

export async function buildApp({ db, config, logger = false, exportJobs = defaultExportJobs, writeLimit = config.writeLimit }: AppOptions) {
  const app = Fastify({ logger, trustProxy: proxyTrust(config.trustProxy), routerOptions: { maxParamLength: 5000 } });
  const secret = authSecret(db, config.authSecret);
  const auth = createAuth(db, config, secret);
  setMailOn(db, config.mail !== null);

  // Members open Needle on phones over patchy wifi: compress pages and files (the built scripts
  // come compressed from the build: static.ts) and API answers (trpc-route.ts).
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  registerSecurityHeaders(app);
  registerEmbedding(app, { db, envOrigins: config.embedOrigins });
  await registerAuthRoutes(app, { auth, db, baseUrl: config.baseUrl, trustedOrigins: config.trustedOrigins });

  // A request that may have changed data is answered once its writes are on disk (group-commit.ts).
  const commits = groupCommit(db);
  app.addHook('onSend', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') await commits.durable();
  });
  app.addHook('onClose', async () => commits.close());

  const readSession = await sessionReader(auth, db);
  const writeLimiter = writeLimit ? createWriteLimiter(writeLimit) : null;
  async function createContext({ req }: { req: { headers: Record<string, string | string[] | undefined>; ip?: string } }): Promise<Context> {
    const found = await readSession(req.headers);
    const lang = requestLanguage(req.headers, found?.user.language);
    return { db, user: found?.user ?? null, sessionId: found?.sessionId ?? null, writeLimiter, clientIp: req.ip ?? null, lang, mailOn: config.mail !== null };
  }

  await app.register(
    async (scope) => {
      scope.addHook('onRequest', csrfGuard(config.trustedOrigins));
      registerBodyLimits(scope, { prefix: TRPC_PATH });
      registerTrpc<AppRouter>(scope, {
        prefix: TRPC_PATH,
        router: appRouter,
        createContext: (request) => createContext({ req: request }),
        // A throttled write says when to try again.
        responseMeta({ errors, type }) {
          // A live stream goes out as it is written: no proxy may hold it back to buffer it.
          // (@fastify/compress leaves text/event-stream alone; tests/integration/meeting-live-http checks.)
          // Its connection closes with it, so a shutdown that ends the stream is not then held
          // open by an idle keep-alive socket.
          if (type === 'subscription') return { headers: { 'x-accel-buffering': 'no', connection: 'close' } };
          const wait = Math.max(0, ...errors.map((e) => (e.cause instanceof WriteThrottled ? e.cause.retryAfterMs : 0)));
          return wait > 0 ? { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } } : {};
        },
        onError({ error, path }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error, path }, 'tRPC procedure failed');
        },
      });
    },
  );

  registerExportRoutes(app, { createContext, jobs: exportJobs });
  registerImportRoutes(app, { createContext, trustedOrigins: config.trustedOrigins });
  registerPartnershipLogoRoutes(app, { db, createContext, trustedOrigins: config.trustedOrigins });
  await registerCalendarRoutes(app, { db, baseUrl: config.baseUrl });
  await registerMailRoutes(app, { db, secret, baseUrl: config.baseUrl });
  // Uptime checks see a database that stopped taking writes (a disk remounted read-only, a full
  // disk) as down, instead of a healthy server whose every change fails.
  app.get('/healthz', async (_request, reply) => {
    const health = probeWrites(db.$client);
    reply.header('Cache-Control', 'no-store');
    if (health.writable) return { ok: true, database: 'writable' };
    return reply.code(503).send({ ok: false, database: 'not writable', reason: health.reason });
  });
  // Open live streams would hold the server open on shutdown: they end first, and their clients
  // reconnect to the next server.
  app.addHook('preClose', (done) => {
    endLiveStreams(db);
    done();
  });
  await registerClient(app, config.clientDir, (url, lang) => pageMetaFor(db, url, lang));
  return app;
}
