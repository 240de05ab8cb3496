import compress from '@fastify/compress';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { createAuth } from './auth/auth.ts';
import { authSecret } from './auth/secret.ts';
import { sessionReader } from './auth/session-reader.ts';
import { proxyTrust, type Config } from './config.ts';
import type { Context } from './context.ts';
import type { Db } from './db/client.ts';
import { exportJobs as defaultExportJobs, type ExportJobs } from './exports/jobs.ts';
import { registerAuthRoutes } from './http/auth-routes.ts';
import { registerExportRoutes } from './http/export-routes.ts';
import { csrfGuard, registerSecurityHeaders } from './http/security.ts';
import { registerClient } from './http/static.ts';
import { appRouter, type AppRouter } from './router.ts';

export type AppOptions = {
  db: Db;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** The PDF/DOCX export jobs; the app's one registry unless a test brings its own. */
  exportJobs?: ExportJobs;
};

/** Room for an 8 MB CSV file once JSON-escaped. */
const TRPC_BODY_LIMIT = 20 * 1024 * 1024;

export async function buildApp({ db, config, logger = false, exportJobs = defaultExportJobs }: AppOptions) {
  const app = Fastify({ logger, trustProxy: proxyTrust(config.trustProxy), routerOptions: { maxParamLength: 5000 } });
  const auth = createAuth(db, config, authSecret(db, config.authSecret));

  // Members open Needle on phones over patchy wifi: compress pages, scripts and API answers.
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  await registerSecurityHeaders(app);
  await registerAuthRoutes(app, { auth, db, baseUrl: config.baseUrl, trustedOrigins: config.trustedOrigins });

  const readSession = await sessionReader(auth, db);
  async function createContext({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Promise<Context> {
    const found = await readSession(req.headers);
    return { db, user: found?.user ?? null, sessionId: found?.sessionId ?? null };
  }

  await app.register(
    async (scope) => {
      scope.addHook('onRequest', csrfGuard(config.trustedOrigins));
      // A CSV import travels in the request body (the schema caps the file at 8 MB); other
      // routes keep Fastify's 1 MB limit.
      scope.addHook('onRoute', (route) => {
        route.bodyLimit = TRPC_BODY_LIMIT;
      });
      await scope.register(fastifyTRPCPlugin, {
        prefix: '/trpc',
        trpcOptions: {
          router: appRouter,
          createContext,
          onError({ error, path }) {
            if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error, path }, 'tRPC procedure failed');
          },
        } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
      });
    },
  );

  registerExportRoutes(app, { createContext, jobs: exportJobs });
  app.get('/healthz', async () => ({ ok: true }));
  await registerClient(app, config.clientDir);
  return app;
}
