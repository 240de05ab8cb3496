import { buildApp } from './app.ts';
import { authSecret } from './auth/secret.ts';
import { loadConfig } from './config.ts';
import { openDb, type Db } from './db/client.ts';
import { DatabaseNotWritable } from './db/health.ts';
import { smtpTransport } from './mail/transport.ts';
import { startMailWorker } from './mail/worker.ts';
import { bootstrapAdmin } from './services/setup.ts';

const config = loadConfig();
let db: Db;
try {
  db = openDb(config.dbPath);
} catch (err) {
  // A plain sentence for whoever runs the service, not a stack trace.
  if (!(err instanceof DatabaseNotWritable)) throw err;
  console.error(err.message);
  process.exit(1);
}
const created = await bootstrapAdmin(db, config.adminEmail, config.adminPassword);
const app = await buildApp({ db, config, logger: { level: process.env.NEEDLE_LOG_LEVEL ?? 'info' } });
if (created) app.log.info(`Created the administrator ${created} from NEEDLE_ADMIN_EMAIL`);
// Without NEEDLE_SMTP_URL no worker runs and nothing is queued (buildApp recorded email as off).
const mailWorker = config.mail
  ? startMailWorker({ db, transport: smtpTransport(config.mail), site: { baseUrl: config.baseUrl, secret: authSecret(db, config.authSecret) }, pollMs: config.mail.pollMs, log: app.log })
  : null;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await mailWorker?.stop();
    db.$client.close();
    process.exit(0);
  });
}

await app.listen({ port: config.port, host: config.host });
app.log.info(`Needle is running at ${config.baseUrl} (database: ${config.dbPath})`);
