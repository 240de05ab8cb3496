// Every action a service writes to the audit log, the detail it carries and the words the audit
// page shows for it. recordAudit accepts only these names, so a new action cannot reach the log
// without its sentence.

type Detail = Readonly<Record<string, unknown>>;

/** What a log row knows besides its detail: the person it is about and the network it is in. */
export type AuditFacts = { subjectName: string | null; networkName: string | null };

type AuditActionSpec = {
  /** A detail as the service writes it, so tests can read every sentence. */
  sample: Detail;
  /** The sentence after the actor's name, e.g. "changed Sam Lee’s role from member to lead". */
  says: (d: Detail, facts: AuditFacts) => string;
};

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A stage or status code as words: 'in_progress' → 'in progress'. */
const label = (v: unknown) => str(v).replaceAll('_', ' ');

const who = (f: AuditFacts) => f.subjectName ?? 'someone';

export const AUDIT_ACTIONS = {
  'setup.createAdmin': { sample: {}, says: () => 'set up Needle as its first administrator' },
  'network.create': {
    sample: { name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status: 'forming' },
    says: (d, f) => `created the network ${str(d.name) || f.networkName || ''}`.trim(),
  },
  'network.update': {
    sample: { name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status: 'active' },
    says: () => 'updated the network’s name, outcome area or status',
  },
  'network.appointLead': { sample: {}, says: (_d, f) => `appointed ${who(f)} as a lead` },
  'network.publishPage': { sample: {}, says: () => 'turned on the network’s public community impact page' },
  'network.unpublishPage': { sample: {}, says: () => 'turned off the network’s public community impact page' },
  'member.changeRole': {
    sample: { from: 'member', to: 'facilitator' },
    says: (d, f) => `changed ${who(f)}’s role from ${str(d.from)} to ${str(d.to)}`,
  },
  'member.remove': { sample: { role: 'member' }, says: (_d, f) => `removed ${who(f)} from the network` },
  'member.setOrganization': {
    sample: { organizationId: 3 },
    says: (d) => (d.organizationId ? 'named the partner organization they represent' : 'cleared the partner organization they represent'),
  },
  'organization.create': {
    sample: { name: 'Eastside Library', sector: 'community' },
    says: (d) => `added the partner organization ${str(d.name)}`,
  },
  'organization.rename': {
    sample: { from: 'Eastside Libary', to: 'Eastside Library', sector: 'community' },
    says: (d) =>
      d.from === d.to ? `changed the sector of the partner organization ${str(d.to)}` : `renamed the partner organization ${str(d.from)} to ${str(d.to)}`,
  },
  'organization.merge': {
    sample: { from: 'Eastside Lib.', into: 'Eastside Library' },
    says: (d) => `merged the partner organization ${str(d.from)} into ${str(d.into)}`,
  },
  'invitation.create': {
    sample: { role: 'member', maxUses: 10, expiresAt: '2026-12-01T00:00:00.000Z' },
    says: (d) => `created a ${str(d.role)} invitation link for ${str(d.maxUses)} ${d.maxUses === 1 ? 'person' : 'people'}`,
  },
  'invitation.revoke': { sample: {}, says: () => 'revoked an invitation link' },
  'invitation.accept': { sample: { role: 'member' }, says: (d) => `joined as a ${str(d.role)} through an invitation link` },
  'user.signUp': { sample: {}, says: () => 'created their account' },
  'user.rename': { sample: { from: 'Sam', to: 'Sam Lee' }, says: (d) => `changed their name from “${str(d.from)}” to “${str(d.to)}”` },
  'user.changePassword': { sample: {}, says: () => 'changed their password' },
  'user.language': { sample: { language: 'es' }, says: (d) => (d.language ? `chose to read Needle in ${str(d.language)}` : 'chose to read Needle in their browser’s language') },
  'user.deactivate': { sample: {}, says: (_d, f) => `deactivated ${who(f)}’s account` },
  'user.reactivate': { sample: {}, says: (_d, f) => `reactivated ${who(f)}’s account` },
  'charter.save': {
    sample: { version: 3, changeNote: 'Sharper aim' },
    says: (d) => `saved charter version ${str(d.version)}${d.changeNote ? `: “${str(d.changeNote)}”` : ''}`,
  },
  'charter.ratify': { sample: { version: 3, comment: null }, says: (d) => `ratified charter version ${str(d.version)}` },
  'charter.return': { sample: { version: 3, comment: 'Name a date' }, says: (d) => `returned charter version ${str(d.version)} with a comment` },
  'plan.addNode': {
    sample: { kind: 'change_idea', title: 'Home reading kits', planVersion: 4 },
    says: (d) => `added “${str(d.title)}” to the driver diagram`,
  },
  'plan.renameNode': {
    sample: { from: 'Reading kits', to: 'Home reading kits', planVersion: 5 },
    says: (d) => `renamed “${str(d.from)}” to “${str(d.to)}” in the driver diagram`,
  },
  'plan.moveNode': {
    sample: { title: 'Home reading kits', fromParent: 2, toParent: 3, position: 0, planVersion: 6 },
    says: (d) => `moved “${str(d.title)}” in the driver diagram`,
  },
  'plan.retireNode': { sample: { title: 'Home reading kits', planVersion: 7 }, says: (d) => `retired “${str(d.title)}” from the driver diagram` },
  'plan.restoreNode': { sample: { title: 'Home reading kits', planVersion: 8 }, says: (d) => `restored “${str(d.title)}” to the driver diagram` },
  'plan.addAction': { sample: { title: 'Train librarians', planVersion: 9 }, says: (d) => `added the action “${str(d.title)}”` },
  'plan.updateAction': {
    sample: { title: 'Train librarians', planVersion: 10, changed: ['dueDate'], returnedToDraft: true },
    says: (d) =>
      `edited the action “${str(d.title)}”${d.returnedToDraft ? ', which returned the plan to draft for a lead to approve again' : ''}`,
  },
  'plan.reportProgress': {
    sample: { from: 'not_started', to: 'in_progress' },
    says: (d) => (d.from === d.to ? 'added a progress note to an action' : `moved an action from ${label(d.from)} to ${label(d.to)}`),
  },
  'plan.submit': { sample: { planVersion: 10, comments: 0 }, says: () => 'submitted the action plan for review' },
  'plan.approve': { sample: { planVersion: 10, comments: 0 }, says: () => 'approved the action plan' },
  'plan.requestChanges': { sample: { planVersion: 10, comments: 2 }, says: () => 'requested changes to the action plan' },
  'cycle.create': { sample: { title: 'Read aloud at pickup' }, says: (d) => `started the PDSA cycle “${str(d.title)}”` },
  'cycle.quickLog': { sample: { title: 'Read aloud at pickup' }, says: (d) => `quick-logged the PDSA cycle “${str(d.title)}”` },
  'cycle.update': { sample: { title: 'Read aloud at pickup' }, says: (d) => `edited the PDSA cycle “${str(d.title)}”` },
  'cycle.setStage': {
    sample: { title: 'Read aloud at pickup', from: 'plan', to: 'do' },
    says: (d) => `moved the PDSA cycle “${str(d.title)}” from ${label(d.from)} to ${label(d.to)}`,
  },
  'cycle.continueRamp': {
    sample: { title: 'Read aloud at pickup', from: 12, rampNumber: 2 },
    says: (d) => `started cycle ${str(d.rampNumber)} of the ramp “${str(d.title)}”`,
  },
  'cycle.renameRamp': { sample: { from: 'Read aloud', to: 'Read aloud at pickup' }, says: (d) => `renamed the ramp “${str(d.from)}” to “${str(d.to)}”` },
  'cycle.delete': { sample: { title: 'Read aloud at pickup' }, says: (d) => `deleted the PDSA cycle “${str(d.title)}”` },
  'meeting.create': {
    sample: { title: 'November network meeting', date: '2026-11-12' },
    says: (d) => `added the meeting “${str(d.title)}” on ${str(d.date)}`,
  },
  'meeting.update': { sample: { title: 'November network meeting', date: '2026-11-12' }, says: (d) => `edited the meeting “${str(d.title)}”` },
  'meeting.delete': {
    sample: { title: 'November network meeting', date: '2026-11-12' },
    says: (d) => `deleted the meeting “${str(d.title)}” of ${str(d.date)}`,
  },
  'indicator.create': { sample: { name: 'Ready for kindergarten' }, says: (d) => `defined the indicator “${str(d.name)}”` },
  'indicator.update': { sample: { name: 'Ready for kindergarten' }, says: (d) => `edited the indicator “${str(d.name)}”` },
  'indicator.chart': { sample: { chartType: 'run', ruleSet: 'anhoej' }, says: () => 'changed how the indicator is charted' },
  'indicator.saveMeasurements': {
    sample: { created: 3, updated: 1 },
    says: (d) => `entered measurements (${str(d.created)} new, ${str(d.updated)} updated)`,
  },
  'indicator.deleteMeasurement': { sample: { period: '2026-09', groupId: null }, says: (d) => `deleted the measurement for ${str(d.period)}` },
  'indicator.import': {
    sample: { rows: 24, created: 20, updated: 4 },
    says: (d) => `imported ${str(d.rows)} measurements from a file (${str(d.created)} new, ${str(d.updated)} updated)`,
  },
  'report.create': {
    sample: { title: 'Fall progress', from: '2026-09', to: '2026-11' },
    says: (d) => `started the report “${str(d.title)}” for ${str(d.from)} to ${str(d.to)}`,
  },
  'report.save': { sample: { title: 'Fall progress', version: 2 }, says: (d) => `saved the draft of the report “${str(d.title)}”` },
  'report.publish': {
    sample: { title: 'Fall progress', number: 1 },
    says: (d) =>
      Number(d.number) > 1 ? `published a correction (version ${str(d.number)}) of the report “${str(d.title)}”` : `published the report “${str(d.title)}”`,
  },
  'report.export': {
    sample: { title: 'Fall progress', format: 'pdf', version: 1 },
    says: (d) =>
      `downloaded ${d.version ? `version ${str(d.version)} of` : 'the draft of'} the report “${str(d.title)}” as ${str(d.format).toUpperCase()}`,
  },
  'report.delete': { sample: { title: 'Fall progress' }, says: (d) => `deleted the draft report “${str(d.title)}”` },
} as const satisfies Record<string, AuditActionSpec>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}
