import type { NetworkRole } from '../schemas/membership.ts';
import { message } from '../i18n/message.ts';

/**
 * A network must keep at least one lead: someone has to ratify and approve. Returns the reason a
 * change is refused, or null when it may go ahead.
 */
export function lastLeadBlock(
  leadCount: number,
  currentRole: NetworkRole,
  nextRole: NetworkRole | 'removed',
): string | null {
  if (currentRole === 'lead' && nextRole !== 'lead' && leadCount <= 1) {
    return message('errors:members.lastLead');
  }
  return null;
}
