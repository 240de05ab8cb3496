import type { RouterOutputs } from '../../lib/trpc.ts';

export type AuditEntry = RouterOutputs['admin']['audit']['entries'][number];

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One log entry as a sentence after the actor's name, e.g. "changed Sam Lee’s role from member to lead". */
export function describeAudit(e: AuditEntry): string {
  const d = e.detail ?? {};
  const who = e.subjectName ?? 'someone';
  switch (e.action) {
    case 'setup.createAdmin':
      return 'set up Needle as its first administrator';
    case 'network.create':
      return `created the network ${str(d.name) || e.networkName || ''}`.trim();
    case 'network.update':
      return 'updated the network’s name, outcome area or status';
    case 'network.appointLead':
      return `appointed ${who} as a lead`;
    case 'member.changeRole':
      return `changed ${who}’s role from ${str(d.from)} to ${str(d.to)}`;
    case 'member.remove':
      return `removed ${who} from the network`;
    case 'member.setOrganization':
      return d.organizationId ? 'named the partner organization they represent' : 'cleared the partner organization they represent';
    case 'organization.create':
      return `added the partner organization ${str(d.name)}`;
    case 'invitation.create':
      return `created a ${str(d.role)} invitation link for ${str(d.maxUses)} ${d.maxUses === 1 ? 'person' : 'people'}`;
    case 'invitation.revoke':
      return 'revoked an invitation link';
    case 'invitation.accept':
      return `joined as a ${str(d.role)} through an invitation link`;
    case 'user.signUp':
      return 'created their account';
    case 'user.deactivate':
      return `deactivated ${who}’s account`;
    case 'user.reactivate':
      return `reactivated ${who}’s account`;
    default:
      return e.action;
  }
}
