import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AuditAction } from '../../shared/domain/audit-actions.ts';
import { auditLog, network, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import type { NetworkAccess } from '../trpc.ts';
import type { SessionUser } from '../context.ts';

export type AuditEntry = {
  actorId: string | null;
  /** Only a catalogued action: the audit page has words for each (shared/domain/audit-actions.ts). */
  action: AuditAction;
  entityType: string;
  entityId: string | number;
  networkId?: number | null;
  detail?: Record<string, unknown>;
};

/** Every mutation calls this inside its own transaction, so the log and the change land together. */
export function recordAudit(db: DbOrTx, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      networkId: entry.networkId ?? null,
      detail: entry.detail ?? null,
    })
    .run();
}

// The person an entry is about (role changed, deactivated …), so the log can name them.
const subject = alias(user, 'subject');

function auditPage(db: DbOrTx, opts: { networkId?: number | undefined; before?: number | undefined; limit: number }) {
  const where: SQL[] = [];
  if (opts.networkId !== undefined) where.push(eq(auditLog.networkId, opts.networkId));
  if (opts.before !== undefined) where.push(lt(auditLog.id, opts.before));
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      networkId: auditLog.networkId,
      networkName: network.name,
      actorName: user.name,
      actorEmail: user.email,
      subjectName: subject.name,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .leftJoin(network, eq(network.id, auditLog.networkId))
    .leftJoin(subject, and(eq(auditLog.entityType, 'user'), eq(subject.id, auditLog.entityId)))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit + 1)
    .all();
  const hasMore = rows.length > opts.limit;
  const entries = hasMore ? rows.slice(0, opts.limit) : rows;
  return { entries, nextBefore: hasMore ? entries.at(-1)?.id : undefined };
}

type AuditPageInput = { before?: number | undefined; limit: number };

/** The whole site's log, or one network's, for site admins. */
export function listAudit(db: DbOrTx, _actor: SessionUser, input: AuditPageInput & { networkId?: number | undefined }) {
  return auditPage(db, input);
}

/** One network's log, for its leads. */
export function listNetworkAudit(db: DbOrTx, _actor: SessionUser, { networkId }: NetworkAccess, input: AuditPageInput) {
  return auditPage(db, { networkId, before: input.before, limit: input.limit });
}
