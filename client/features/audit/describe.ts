import type { RouterOutputs } from '../../lib/trpc.ts';

export type AuditEntry = RouterOutputs['admin']['audit']['entries'][number];

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A stage or status code as words: 'in_progress' → 'in progress'. */
const label = (v: unknown) => str(v).replaceAll('_', ' ');

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
    case 'organization.rename':
      return d.from === d.to ? `changed the sector of the partner organization ${str(d.to)}` : `renamed the partner organization ${str(d.from)} to ${str(d.to)}`;
    case 'organization.merge':
      return `merged the partner organization ${str(d.from)} into ${str(d.into)}`;
    case 'invitation.create':
      return `created a ${str(d.role)} invitation link for ${str(d.maxUses)} ${d.maxUses === 1 ? 'person' : 'people'}`;
    case 'invitation.revoke':
      return 'revoked an invitation link';
    case 'invitation.accept':
      return `joined as a ${str(d.role)} through an invitation link`;
    case 'user.signUp':
      return 'created their account';
    case 'user.rename':
      return `changed their name from “${str(d.from)}” to “${str(d.to)}”`;
    case 'user.changePassword':
      return 'changed their password';
    case 'user.deactivate':
      return `deactivated ${who}’s account`;
    case 'user.reactivate':
      return `reactivated ${who}’s account`;
    case 'charter.save':
      return `saved charter version ${str(d.version)}${d.changeNote ? `: “${str(d.changeNote)}”` : ''}`;
    case 'charter.ratify':
      return `ratified charter version ${str(d.version)}`;
    case 'charter.return':
      return `returned charter version ${str(d.version)} with a comment`;
    case 'plan.addNode':
      return `added “${str(d.title)}” to the driver diagram`;
    case 'plan.renameNode':
      return `renamed “${str(d.from)}” to “${str(d.to)}” in the driver diagram`;
    case 'plan.moveNode':
      return `moved “${str(d.title)}” in the driver diagram`;
    case 'plan.retireNode':
      return `retired “${str(d.title)}” from the driver diagram`;
    case 'plan.restoreNode':
      return `restored “${str(d.title)}” to the driver diagram`;
    case 'plan.addAction':
      return `added the action “${str(d.title)}”`;
    case 'plan.updateAction':
      return `edited the action “${str(d.title)}”${d.returnedToDraft ? ', which returned the plan to draft for a lead to approve again' : ''}`;
    case 'plan.reportProgress':
      return d.from === d.to ? 'added a progress note to an action' : `moved an action from ${label(d.from)} to ${label(d.to)}`;
    case 'plan.submit':
      return 'submitted the action plan for review';
    case 'plan.approve':
      return 'approved the action plan';
    case 'plan.requestChanges':
      return 'requested changes to the action plan';
    case 'cycle.create':
      return `started the PDSA cycle “${str(d.title)}”`;
    case 'cycle.quickLog':
      return `quick-logged the PDSA cycle “${str(d.title)}”`;
    case 'cycle.update':
      return `edited the PDSA cycle “${str(d.title)}”`;
    case 'cycle.setStage':
      return `moved the PDSA cycle “${str(d.title)}” from ${label(d.from)} to ${label(d.to)}`;
    case 'cycle.continueRamp':
      return `started cycle ${str(d.rampNumber)} of the ramp “${str(d.title)}”`;
    case 'cycle.renameRamp':
      return `renamed the ramp “${str(d.from)}” to “${str(d.to)}”`;
    case 'cycle.delete':
      return `deleted the PDSA cycle “${str(d.title)}”`;
    case 'meeting.create':
      return `added the meeting “${str(d.title)}” on ${str(d.date)}`;
    case 'meeting.update':
      return `edited the meeting “${str(d.title)}”`;
    case 'meeting.delete':
      return `deleted the meeting “${str(d.title)}” of ${str(d.date)}`;
    case 'indicator.create':
      return `defined the indicator “${str(d.name)}”`;
    case 'indicator.update':
      return `edited the indicator “${str(d.name)}”`;
    case 'indicator.chart':
      return 'changed how the indicator is charted';
    case 'indicator.saveMeasurements':
      return `entered measurements (${str(d.created)} new, ${str(d.updated)} updated)`;
    case 'indicator.deleteMeasurement':
      return `deleted the measurement for ${str(d.period)}`;
    case 'indicator.import':
      return `imported ${str(d.rows)} measurements from a file (${str(d.created)} new, ${str(d.updated)} updated)`;
    case 'report.create':
      return `started the report “${str(d.title)}” for ${str(d.from)} to ${str(d.to)}`;
    case 'report.save':
      return `saved the draft of the report “${str(d.title)}”`;
    case 'report.publish':
      return Number(d.number) > 1 ? `published a correction (version ${str(d.number)}) of the report “${str(d.title)}”` : `published the report “${str(d.title)}”`;
    case 'report.export':
      return `downloaded ${d.version ? `version ${str(d.version)} of` : 'the draft of'} the report “${str(d.title)}” as ${str(d.format).toUpperCase()}`;
    case 'report.delete':
      return `deleted the draft report “${str(d.title)}”`;
    case 'network.publishPage':
      return 'turned on the network’s public community impact page';
    case 'network.unpublishPage':
      return 'turned off the network’s public community impact page';
    default:
      return e.action;
  }
}
