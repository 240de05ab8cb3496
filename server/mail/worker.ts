import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { MailPayload } from '../../shared/schemas/notification.ts';
import type { Db } from '../db/client.ts';
import { mailOutbox, user } from '../db/schema.ts';
import { wordsFor } from '../i18n.ts';
import { partnershipName } from '../services/partnership.ts';
import { composeMail } from './compose.ts';
import { enqueueDueDigests } from './digest.ts';
import type { Renderer, Site } from './mail-body.ts';
import { renderers as defaultRenderers, type Renderers } from './renderers.ts';
import type { MailTransport } from './transport.ts';

const MINUTE = 60_000;
/** The wait after each failed try; after the last one the email is given up as failed. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Sent emails are deleted after this; failed and unknown ones wait longer for an administrator. */
const DIGEST_CHECK_MS = 60 * MINUTE;
export const KEEP_SENT_MS = 30 * 24 * 60 * MINUTE;
export const KEEP_UNSENT_MS = 90 * 24 * 60 * MINUTE;
/** Rows one tick sends at most, so stopping the server never waits on a long queue. */
const PER_TICK = 20;

type Row = typeof mailOutbox.$inferSelect;
export type TickResult = { sent: number; retried: number; failed: number; dropped: number };

/**
 * Takes the next due email: pending, due now or earlier. The update only takes a row still
 * pending, so two workers never take the same one.
 */
export function claimNext(db: Db, now: Date): Row | null {
  return db.transaction((tx) => {
    const due = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(1)
      .get();
    if (!due) return null;
    return (
      tx
        .update(mailOutbox)
        .set({ status: 'sending', claimedAt: now, attempts: sql`${mailOutbox.attempts} + 1` })
        .where(and(eq(mailOutbox.id, due.id), eq(mailOutbox.status, 'pending')))
        .returning()
        .get() ?? null
    );
  });
}

/**
 * At start: an email still marked sending was being sent when the last process stopped. It may
 * have reached the SMTP server or not; sending it again could send it twice, so it waits as
 * `unknown` for an administrator to decide.
 */
export function markInterrupted(db: Db): number {
  return db.update(mailOutbox).set({ status: 'unknown', lastError: 'Needle stopped while sending this email; it may or may not have gone out.' }).where(eq(mailOutbox.status, 'sending')).run().changes;
}

/** Keeps the outbox from growing forever: sent rows go after 30 days, failed and unknown after 90. */
export function pruneOutbox(db: Db, now: Date): number {
  const sent = db.delete(mailOutbox).where(and(eq(mailOutbox.status, 'sent'), lt(mailOutbox.sentAt, new Date(now.getTime() - KEEP_SENT_MS)))).run().changes;
  const unsent = db
    .delete(mailOutbox)
    .where(and(inArray(mailOutbox.status, ['failed', 'unknown']), lt(mailOutbox.createdAt, new Date(now.getTime() - KEEP_UNSENT_MS))))
    .run().changes;
  return sent + unsent;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

function giveUpOrRetry(db: Db, row: Row, now: Date, error: string, subject: string | null): 'retried' | 'failed' {
  const last = row.attempts >= MAX_ATTEMPTS;
  const delay = RETRY_DELAYS_MS[Math.min(row.attempts, RETRY_DELAYS_MS.length) - 1] ?? 0;
  db.update(mailOutbox)
    .set({ status: last ? 'failed' : 'pending', lastError: error, nextAttemptAt: new Date(now.getTime() + delay), subject: subject ?? row.subject })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending')))
    .run();
  return last ? 'failed' : 'retried';
}

/** Writes and sends one claimed row, and says how it ended. */
async function deliver(db: Db, transport: MailTransport, site: Site, row: Row, now: Date, writers: Renderers): Promise<keyof TickResult> {
  const render = writers[row.kind] as Renderer<MailPayload['kind']> | undefined;
  if (!render) {
    // No try can help: this Needle has no writer for the kind.
    db.update(mailOutbox)
      .set({ status: 'failed', lastError: `This Needle cannot write emails of the kind "${row.kind}".` })
      .where(eq(mailOutbox.id, row.id))
      .run();
    return 'failed';
  }
  let composed;
  try {
    const person = row.userId ? db.select({ language: user.language }).from(user).where(eq(user.id, row.userId)).get() : undefined;
    const invitee = row.payload.kind === 'invitation' ? row.payload.lang : undefined;
    const w = wordsFor(person?.language ?? invitee ?? 'en');
    const body = render(db, w, row.payload, site, row.userId);
    if (!body) {
      // What it was about is gone (a deleted notification, a revoked invitation): nothing to say.
      db.delete(mailOutbox).where(eq(mailOutbox.id, row.id)).run();
      return 'dropped';
    }
    composed = composeMail(w, body, site, row.userId, partnershipName(db));
  } catch (err) {
    return giveUpOrRetry(db, row, now, `Could not write the email: ${describe(err)}`, null);
  }
  try {
    await transport.send({ ...composed, to: row.to });
  } catch (err) {
    return giveUpOrRetry(db, row, now, describe(err), composed.subject);
  }
  db.update(mailOutbox)
    .set({ status: 'sent', sentAt: new Date(), subject: composed.subject, lastError: null })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending')))
    .run();
  return 'sent';
}

/**
 * One pass of the worker: sends what is due, one row at a time, each claimed before it is sent
 * and marked after, so a crash in between leaves it `sending` (then `unknown`), never sent twice.
 */
export async function runMailTick(db: Db, transport: MailTransport, site: Site, now = new Date(), writers: Renderers = defaultRenderers): Promise<TickResult> {
  const result: TickResult = { sent: 0, retried: 0, failed: 0, dropped: 0 };
  pruneOutbox(db, now);
  for (let i = 0; i < PER_TICK; i++) {
    const row = claimNext(db, now);
    if (!row) break;
    result[await deliver(db, transport, site, row, now, writers)] += 1;
  }
  return result;
}

export type MailWorker = { stop(): Promise<void> };
type Log = { error(obj: object, msg: string): void; info(msg: string): void };

/**
 * Polls the outbox every pollMs. Started by server/index.ts when email is on; stop() waits for the
 * email being sent to finish, so a normal shutdown leaves nothing `sending`.
 */
export function startMailWorker(opts: { db: Db; transport: MailTransport; site: Site; pollMs: number; log?: Log }): MailWorker {
  const interrupted = markInterrupted(opts.db);
  if (interrupted > 0) opts.log?.info(`${interrupted} email(s) were being sent when Needle last stopped; an administrator can send them again`);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let digestsCheckedAt = 0;
  const tick = () => {
    // Weekly digests are due by the day, not the second: look for them once an hour.
    if (Date.now() - digestsCheckedAt >= DIGEST_CHECK_MS) {
      digestsCheckedAt = Date.now();
      try {
        enqueueDueDigests(opts.db);
      } catch (err) {
        opts.log?.error({ err }, 'Could not queue the weekly digests');
      }
    }
    running = runMailTick(opts.db, opts.transport, opts.site)
      .catch((err: unknown) => opts.log?.error({ err }, 'The mail worker failed a pass'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.pollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      opts.transport.close();
    },
  };
}
