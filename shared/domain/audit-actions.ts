// Every action a service writes to the audit log, the detail it carries and the words the audit
// page shows for it. recordAudit accepts only these names, so a new action cannot reach the log
// without its sentence. The sentences are in the audit catalogue, in the reader's words.
import type { Words } from '../i18n/words.ts';

type Detail = Readonly<Record<string, unknown>>;

/** What a log row knows besides its detail: the person it is about and the network it is in. */
export type AuditFacts = { subjectName: string | null; networkName: string | null };

type AuditActionSpec = {
  /** A detail as the service writes it, so tests can read every sentence. */
  sample: Detail;
  /** The sentence after the actor's name, e.g. "changed Sam Lee’s role from member to lead". */
  says: (w: Words, d: Detail, facts: AuditFacts) => string;
};

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const count = (w: Words, v: unknown) => (typeof v === 'number' ? w.f.count(v) : str(v));

// Role, stage and status names inside a sentence, lower-cased: "from member to lead". A code an
// older Needle wrote and this one has no label for reads as words: 'in_progress' → 'in progress'.
const inSentence = (w: Words, text: string) => text.toLocaleLowerCase(w.f.locale);
const asWords = (v: unknown) => ({ defaultValue: str(v).replaceAll('_', ' ') });
const role = (w: Words, v: unknown) => inSentence(w, w.t(`common:labels.role.${str(v) as 'member'}`, asWords(v)));
const stage = (w: Words, v: unknown) => inSentence(w, w.t(`common:labels.stage.${str(v) as 'plan'}`, asWords(v)));
const status = (w: Words, v: unknown) => inSentence(w, w.t(`common:labels.actionStatus.${str(v) as 'done'}`, asWords(v)));

/** A language code as its name in the reader's language: 'es' → 'Spanish', 'español'. */
function languageName(w: Words, code: string): string {
  try {
    return new Intl.DisplayNames([w.f.locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const who = (w: Words, f: AuditFacts) => f.subjectName ?? w.t('audit:says.someone');

export const AUDIT_ACTIONS = {
  'setup.createAdmin': { sample: {}, says: (w) => w.t('audit:says.setup.createAdmin') },
  'network.create': {
    sample: { name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status: 'forming' },
    says: (w, d, f) => {
      const name = str(d.name) || f.networkName;
      return name ? w.t('audit:says.network.create', { name }) : w.t('audit:says.network.createUnnamed');
    },
  },
  'network.update': {
    sample: { name: 'Kindergarten Readiness', outcomeArea: 'kindergarten_readiness', status: 'active' },
    says: (w) => w.t('audit:says.network.update'),
  },
  'network.appointLead': { sample: {}, says: (w, _d, f) => w.t('audit:says.network.appointLead', { name: who(w, f) }) },
  'network.publishPage': { sample: {}, says: (w) => w.t('audit:says.network.publishPage') },
  'network.unpublishPage': { sample: {}, says: (w) => w.t('audit:says.network.unpublishPage') },
  'network.shareLearning': { sample: {}, says: (w) => w.t('audit:says.network.shareLearning') },
  'network.unshareLearning': { sample: {}, says: (w) => w.t('audit:says.network.unshareLearning') },
  'member.changeRole': {
    sample: { from: 'member', to: 'facilitator' },
    says: (w, d, f) => w.t('audit:says.member.changeRole', { name: who(w, f), from: role(w, d.from), to: role(w, d.to) }),
  },
  'member.remove': { sample: { role: 'member' }, says: (w, _d, f) => w.t('audit:says.member.remove', { name: who(w, f) }) },
  'member.setOrganization': {
    sample: { organizationId: 3 },
    says: (w, d) => (d.organizationId ? w.t('audit:says.member.setOrganization') : w.t('audit:says.member.clearOrganization')),
  },
  'organization.create': {
    sample: { name: 'Eastside Library', sector: 'community' },
    says: (w, d) => w.t('audit:says.organization.create', { name: str(d.name) }),
  },
  'organization.rename': {
    sample: { from: 'Eastside Libary', to: 'Eastside Library', sector: 'community' },
    says: (w, d) =>
      d.from === d.to
        ? w.t('audit:says.organization.changeSector', { name: str(d.to) })
        : w.t('audit:says.organization.rename', { from: str(d.from), to: str(d.to) }),
  },
  'organization.merge': {
    sample: { from: 'Eastside Lib.', into: 'Eastside Library' },
    says: (w, d) => w.t('audit:says.organization.merge', { from: str(d.from), into: str(d.into) }),
  },
  'invitation.create': {
    sample: { role: 'member', maxUses: 10, expiresAt: '2026-12-01T00:00:00.000Z' },
    says: (w, d) =>
      w.t('audit:says.invitation.create', { count: Number(d.maxUses) || 0, n: count(w, d.maxUses), role: role(w, d.role) }),
  },
  'invitation.revoke': { sample: {}, says: (w) => w.t('audit:says.invitation.revoke') },
  'invitation.accept': { sample: { role: 'member' }, says: (w, d) => w.t('audit:says.invitation.accept', { role: role(w, d.role) }) },
  'user.signUp': { sample: {}, says: (w) => w.t('audit:says.user.signUp') },
  'user.rename': { sample: { from: 'Sam', to: 'Sam Lee' }, says: (w, d) => w.t('audit:says.user.rename', { from: str(d.from), to: str(d.to) }) },
  'user.changePassword': { sample: {}, says: (w) => w.t('audit:says.user.changePassword') },
  'user.requestReset': { sample: {}, says: (w) => w.t('audit:says.user.requestReset') },
  'user.resetPassword': { sample: {}, says: (w) => w.t('audit:says.user.resetPassword') },
  'user.resetLink': { sample: {}, says: (w, _d, f) => w.t('audit:says.user.resetLink', { name: who(w, f) }) },
  'user.signOutEverywhere': { sample: { sessions: 2 }, says: (w) => w.t('audit:says.user.signOutEverywhere') },
  'user.language': { sample: { language: 'es' }, says: (w, d) =>
      d.language ? w.t('audit:says.user.language', { language: languageName(w, str(d.language)) }) : w.t('audit:says.user.browserLanguage'),
   },
  'user.resetCalendar': {
    sample: { replaced: true },
    says: (w, d) => (d.replaced ? w.t('audit:says.calendar.reset') : w.t('audit:says.calendar.create')),
  },
  'user.notificationPreferences': { sample: { events: { cycle_stage: 'off' }, weeklyDigest: true }, says: (w) => w.t('audit:says.user.notificationPreferences') },
  'user.deactivate': { sample: {}, says: (w, _d, f) => w.t('audit:says.user.deactivate', { name: who(w, f) }) },
  'user.reactivate': { sample: {}, says: (w, _d, f) => w.t('audit:says.user.reactivate', { name: who(w, f) }) },
  'mail.retry': { sample: { to: 'sam@example.org', kind: 'notification' }, says: (w, d) => w.t('audit:says.mail.retry', { to: str(d.to) }) },
  'partnership.update': {
    sample: { name: 'Eastside Cradle to Career', embedOrigins: 2, from: null },
    says: (w, d) => w.t('audit:says.partnership.update', { name: str(d.name) }),
  },
  'partnership.setLogo': { sample: { type: 'image/png', bytes: 12000 }, says: (w) => w.t('audit:says.partnership.setLogo') },
  'partnership.removeLogo': { sample: {}, says: (w) => w.t('audit:says.partnership.removeLogo') },
  'user.setPartnershipStaff': {
    sample: { staff: true },
    says: (w, d, f) => w.t(d.staff ? 'audit:says.partnership.makeStaff' : 'audit:says.partnership.endStaff', { name: who(w, f) }),
  },
  'charter.save': {
    sample: { version: 3, changeNote: 'Sharper aim' },
    says: (w, d) =>
      d.changeNote
        ? w.t('audit:says.charter.saveWithNote', { version: str(d.version), note: str(d.changeNote) })
        : w.t('audit:says.charter.save', { version: str(d.version) }),
  },
  'charter.ratify': { sample: { version: 3, comment: null }, says: (w, d) => w.t('audit:says.charter.ratify', { version: str(d.version) }) },
  'charter.return': { sample: { version: 3, comment: 'Name a date' }, says: (w, d) => w.t('audit:says.charter.return', { version: str(d.version) }) },
  'plan.addNode': {
    sample: { kind: 'change_idea', title: 'Home reading kits', planVersion: 4, sourceNodeId: 12, sourceNetworkName: 'Early Literacy' },
    says: (w, d) =>
      d.sourceNetworkName
        ? w.t('audit:says.plan.addNodeFrom', { title: str(d.title), network: str(d.sourceNetworkName) })
        : w.t('audit:says.plan.addNode', { title: str(d.title) }),
  },
  'plan.renameNode': {
    sample: { from: 'Reading kits', to: 'Home reading kits', planVersion: 5 },
    says: (w, d) => w.t('audit:says.plan.renameNode', { from: str(d.from), to: str(d.to) }),
  },
  'plan.moveNode': {
    sample: { title: 'Home reading kits', fromParent: 2, toParent: 3, position: 0, planVersion: 6 },
    says: (w, d) => w.t('audit:says.plan.moveNode', { title: str(d.title) }),
  },
  'plan.retireNode': { sample: { title: 'Home reading kits', planVersion: 7 }, says: (w, d) => w.t('audit:says.plan.retireNode', { title: str(d.title) }) },
  'plan.restoreNode': { sample: { title: 'Home reading kits', planVersion: 8 }, says: (w, d) => w.t('audit:says.plan.restoreNode', { title: str(d.title) }) },
  'plan.addAction': { sample: { title: 'Train librarians', planVersion: 9 }, says: (w, d) => w.t('audit:says.plan.addAction', { title: str(d.title) }) },
  'plan.updateAction': {
    sample: { title: 'Train librarians', planVersion: 10, changed: ['dueDate'], returnedToDraft: true },
    says: (w, d) => w.t(d.returnedToDraft ? 'audit:says.plan.updateActionToDraft' : 'audit:says.plan.updateAction', { title: str(d.title) }),
  },
  'plan.reportProgress': {
    sample: { from: 'not_started', to: 'in_progress' },
    says: (w, d) =>
      d.from === d.to ? w.t('audit:says.plan.progressNote') : w.t('audit:says.plan.reportProgress', { from: status(w, d.from), to: status(w, d.to) }),
  },
  'plan.submit': { sample: { planVersion: 10, comments: 0 }, says: (w) => w.t('audit:says.plan.submit') },
  'plan.approve': { sample: { planVersion: 10, comments: 0 }, says: (w) => w.t('audit:says.plan.approve') },
  'plan.requestChanges': { sample: { planVersion: 10, comments: 2 }, says: (w) => w.t('audit:says.plan.requestChanges') },
  'cycle.create': { sample: { title: 'Read aloud at pickup' }, says: (w, d) => w.t('audit:says.cycle.create', { title: str(d.title) }) },
  'cycle.quickLog': { sample: { title: 'Read aloud at pickup' }, says: (w, d) => w.t('audit:says.cycle.quickLog', { title: str(d.title) }) },
  'cycle.update': { sample: { title: 'Read aloud at pickup' }, says: (w, d) => w.t('audit:says.cycle.update', { title: str(d.title) }) },
  'cycle.setStage': {
    sample: { title: 'Read aloud at pickup', from: 'plan', to: 'do' },
    says: (w, d) => w.t('audit:says.cycle.setStage', { title: str(d.title), from: stage(w, d.from), to: stage(w, d.to) }),
  },
  'cycle.continueRamp': {
    sample: { title: 'Read aloud at pickup', from: 12, rampNumber: 2 },
    says: (w, d) => w.t('audit:says.cycle.continueRamp', { number: count(w, d.rampNumber), title: str(d.title) }),
  },
  'cycle.renameRamp': { sample: { from: 'Read aloud', to: 'Read aloud at pickup' }, says: (w, d) => w.t('audit:says.cycle.renameRamp', { from: str(d.from), to: str(d.to) }) },
  'cycle.delete': { sample: { title: 'Read aloud at pickup' }, says: (w, d) => w.t('audit:says.cycle.delete', { title: str(d.title) }) },
  'meeting.create': {
    sample: { title: 'November network meeting', date: '2026-11-12' },
    says: (w, d) => w.t('audit:says.meeting.create', { title: str(d.title), date: w.f.day(str(d.date)) }),
  },
  'meeting.update': { sample: { title: 'November network meeting', date: '2026-11-12' }, says: (w, d) => w.t('audit:says.meeting.update', { title: str(d.title) }) },
  'meeting.delete': {
    sample: { title: 'November network meeting', date: '2026-11-12' },
    says: (w, d) => w.t('audit:says.meeting.delete', { title: str(d.title), date: w.f.day(str(d.date)) }),
  },
  'meeting.checkIn': { sample: { title: 'November network meeting' }, says: (w, d) => w.t('audit:says.meeting.checkIn', { title: str(d.title) }) },
  'meeting.addGuest': { sample: { title: 'November network meeting', name: 'Rosa' }, says: (w, d) => w.t('audit:says.meeting.addGuest', { title: str(d.title), name: str(d.name) }) },
  'meeting.addDecision': { sample: { title: 'November network meeting' }, says: (w, d) => w.t('audit:says.meeting.addDecision', { title: str(d.title) }) },
  'meeting.saveNotes': { sample: { title: 'November network meeting' }, says: (w, d) => w.t('audit:says.meeting.saveNotes', { title: str(d.title) }) },
  'meeting.start': { sample: { title: 'November network meeting' }, says: (w, d) => w.t('audit:says.meeting.start', { title: str(d.title) }) },
  'meeting.close': { sample: { title: 'November network meeting' }, says: (w, d) => w.t('audit:says.meeting.close', { title: str(d.title) }) },
  'indicator.create': { sample: { name: 'Ready for kindergarten' }, says: (w, d) => w.t('audit:says.indicator.create', { name: str(d.name) }) },
  'indicator.update': { sample: { name: 'Ready for kindergarten' }, says: (w, d) => w.t('audit:says.indicator.update', { name: str(d.name) }) },
  'indicator.remove': {
    sample: { name: 'Families reached by text tips', values: 12 },
    says: (w, d) => w.t('audit:says.indicator.remove', { name: str(d.name), count: Number(d.values), n: count(w, d.values) }),
  },
  'indicator.chart': { sample: { chartType: 'run', ruleSet: 'anhoej' }, says: (w) => w.t('audit:says.indicator.chart') },
  'indicator.saveMeasurements': {
    sample: { created: 3, updated: 1 },
    says: (w, d) => w.t('audit:says.indicator.saveMeasurements', { created: count(w, d.created), updated: count(w, d.updated) }),
  },
  'indicator.deleteMeasurement': { sample: { period: '2026-09', groupId: null }, says: (w, d) => w.t('audit:says.indicator.deleteMeasurement', { period: str(d.period) }) },
  'indicator.import': {
    sample: { rows: 24, created: 20, updated: 4 },
    says: (w, d) =>
      w.t('audit:says.indicator.import', {
        count: Number(d.rows) || 0,
        n: count(w, d.rows),
        created: count(w, d.created),
        updated: count(w, d.updated),
      }),
  },
  'report.create': {
    sample: { title: 'Fall progress', from: '2026-09', to: '2026-11' },
    says: (w, d) => w.t('audit:says.report.create', { title: str(d.title), from: str(d.from), to: str(d.to) }),
  },
  'report.save': { sample: { title: 'Fall progress', version: 2 }, says: (w, d) => w.t('audit:says.report.save', { title: str(d.title) }) },
  'report.publish': {
    sample: { title: 'Fall progress', number: 1 },
    says: (w, d) =>
      Number(d.number) > 1
        ? w.t('audit:says.report.publishCorrection', { version: str(d.number), title: str(d.title) })
        : w.t('audit:says.report.publish', { title: str(d.title) }),
  },
  'report.export': {
    sample: { title: 'Fall progress', format: 'pdf', version: 1 },
    says: (w, d) => {
      const format = str(d.format).toUpperCase();
      return d.version
        ? w.t('audit:says.report.exportVersion', { version: str(d.version), title: str(d.title), format })
        : w.t('audit:says.report.exportDraft', { title: str(d.title), format });
    },
  },
  'report.delete': { sample: { title: 'Fall progress' }, says: (w, d) => w.t('audit:says.report.delete', { title: str(d.title) }) },
} as const satisfies Record<string, AuditActionSpec>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}
