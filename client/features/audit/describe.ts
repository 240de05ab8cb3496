import { AUDIT_ACTIONS, isAuditAction } from '../../../shared/domain/audit-actions.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

export type AuditEntry = RouterOutputs['admin']['audit']['entries'][number];

/** One log entry as a sentence after the actor's name, e.g. "changed Sam Lee’s role from member to lead". */
export function describeAudit(w: Words, e: AuditEntry): string {
  // A row written by an older Needle may name an action this one no longer has.
  if (!isAuditAction(e.action)) return w.t('audit:says.unknown', { action: e.action });
  return AUDIT_ACTIONS[e.action].says(w, e.detail ?? {}, { subjectName: e.subjectName, networkName: e.networkName });
}
