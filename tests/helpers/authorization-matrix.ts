// THE authorization matrix: every procedure of the router × seven callers, with an input that makes
// an allowed call succeed. tests/integration/authorization-matrix.test.ts runs it; the reliability
// suite reuses it (coverage, cross-network refusals, fuzzing from valid inputs).
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { mailOutbox } from '../../server/db/schema.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import { cycleFields, memberCycle } from './cycles.ts';
import { TEST_PASSWORD } from './db.ts';
import { readinessIndicator, withIndicator } from './indicator.ts';
import { draftSave, FALL, publicNetworkA, publishedReport, withReport } from './reports.ts';
import { makeNetwork, type Scene } from './scene.ts';
import { callerFor } from './trpc.ts';

export const CALLERS = ['anonymous', 'outsider', 'staff', 'member', 'facilitator', 'lead', 'admin'] as const;
export type CallerName = (typeof CALLERS)[number];

/** Anyone, signed in or not. */
const PUBLIC = CALLERS;
/** Anyone signed in, whatever their networks. */
const SIGNED_IN = ['outsider', 'staff', 'member', 'facilitator', 'lead', 'admin'] as const;
const NETWORK_MEMBERS = ['member', 'facilitator', 'lead', 'admin'] as const;
/** What members read, partnership staff read too, in every network; they write nothing inside one. */
const READERS = [...NETWORK_MEMBERS, 'staff'] as const;
const FACILITATORS = ['facilitator', 'lead', 'admin'] as const;
const LEADS = ['lead', 'admin'] as const;
const ADMIN = ['admin'] as const;

export type Row = {
  allow: readonly CallerName[];
  /** An input that makes an allowed call succeed on a fresh scene; may set up what it needs. */
  input?: (s: Scene) => unknown;
  /** Only for an allowed call that cannot succeed on a set-up instance: the code it ends with instead. */
  allowedOutcome?: TRPC_ERROR_CODE_KEY;
  /** A mutation whose audit rows name the account it creates as the actor, not the caller. */
  actorIsNewAccount?: true;
  /** A mutation of the caller's own reading state that no one would look up in the log: why it writes no audit row. */
  unaudited?: string;
};

const newAccount = () => ({ name: 'New Person', email: `new-${crypto.randomUUID()}@example.org`, password: 'amber-window-canyon-19' });

async function inviteTo(s: Scene, networkId: number) {
  return callerFor(s.db, s.admin).invitation.create({ networkId, role: 'member', expiresInDays: 7, maxUses: 10 });
}

/** An email the worker gave up on, for an administrator to send again. */
function failedMail(s: Scene): number {
  const payload = { kind: 'password_reset' as const, url: 'https://needle.example.org/reset' };
  return s.db.insert(mailOutbox).values({ to: s.member.email, userId: s.member.id, kind: 'password_reset', payload, status: 'failed', attempts: 6 }).returning({ id: mailOutbox.id }).get().id;
}

/** A charter with one saved version in network A; returns the input naming that version. */
async function withCharterVersion(s: Scene) {
  await callerFor(s.db, s.facilitator).charter.save({
    networkId: s.networkA,
    baseVersion: 0,
    content: { ...emptyCharter(), sections: { ...emptyCharter().sections, aim: 'By June 2028, 60% ready.' } },
    changeNote: 'First draft',
  });
  return { networkId: s.networkA, version: 1 };
}

/** A small plan in network A: a primary driver and an action owned by the member. */
async function withPlan(s: Scene) {
  const fac = callerFor(s.db, s.facilitator).plan;
  const node = await fac.addNode({ networkId: s.networkA, parentId: null, title: 'Families know what readiness means' });
  const action = await fac.addAction({
    networkId: s.networkA,
    title: 'Run a readiness night at the library',
    nodeId: node.id,
    ownerId: s.member.id,
    partnerOrganizationId: null,
    startDate: '2026-09-01',
    dueDate: '2026-10-15',
    status: 'not_started',
  });
  return { networkId: s.networkA, node, action, planVersion: action.planVersion };
}

/** Network B shares a change idea in the learning library; A has a secondary driver to copy it under. */
async function sharedIdeaOfB(s: Scene) {
  const plan = callerFor(s.db, s.admin).plan;
  const under = async (networkId: number) => {
    const primary = await plan.addNode({ networkId, parentId: null, title: 'Families know what readiness means' });
    return (await plan.addNode({ networkId, parentId: primary.id, title: 'Clear, shared readiness messages' })).id;
  };
  const idea = await plan.addNode({ networkId: s.networkB, parentId: await under(s.networkB), title: 'Home reading kits' });
  await callerFor(s.db, s.admin).library.setSharing({ networkId: s.networkB, enabled: true });
  return { networkId: s.networkA, sourceNodeId: idea.id, parentId: await under(s.networkA) };
}

async function submittedPlan(s: Scene) {
  const plan = await withPlan(s);
  await callerFor(s.db, s.facilitator).plan.submit({ networkId: s.networkA, planVersion: plan.planVersion });
  return plan;
}

/** A cycle the member of network A owns: members edit their own, facilitators and leads any. */
async function withCycle(s: Scene) {
  return { networkId: s.networkA, cycleId: await memberCycle(s) };
}

/** A ramp of two cycles the member owns. */
async function withRamp(s: Scene) {
  const { cycleId } = await withCycle(s);
  await callerFor(s.db, s.member).cycle.continueRamp({ networkId: s.networkA, cycleId, clientId: crypto.randomUUID() });
  const cycle = await callerFor(s.db, s.member).cycle.get({ networkId: s.networkA, cycleId });
  return { networkId: s.networkA, rampId: cycle.ramp!.id };
}

async function withMeeting(s: Scene) {
  const meeting = await callerFor(s.db, s.facilitator).meeting.create({
    networkId: s.networkA,
    clientId: crypto.randomUUID(),
    title: 'October network meeting',
    date: '2026-10-14',
    attendeeIds: [s.member.id],
    guestCount: 2,
    agenda: '',
    notes: '',
  });
  return { networkId: s.networkA, meetingId: meeting.id };
}

export const MATRIX: Record<string, Row> = {
  'setup.status': { allow: PUBLIC },
  // Public, but only while no user exists; on a scene every caller gets past access and meets CONFLICT
  // (ALREADY_SET_UP). The first-admin path itself is in setup.test.ts.
  'setup.createAdmin': { allow: PUBLIC, input: newAccount, allowedOutcome: 'CONFLICT' },
  'account.me': { allow: PUBLIC },
  'account.updateName': { allow: SIGNED_IN, input: () => ({ name: 'Rosa María Delgado' }) },
  'account.setLanguage': { allow: SIGNED_IN, input: () => ({ language: 'es' }) },
  // Every scene person signs in with TEST_PASSWORD.
  'account.changePassword': { allow: SIGNED_IN, input: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'copper-meadow-kettle-42' }) },
  'account.calendar': { allow: SIGNED_IN },
  'account.resetCalendar': { allow: SIGNED_IN },
  'account.signOutEverywhere': { allow: SIGNED_IN },

  'network.list': { allow: SIGNED_IN },
  'network.bySlug': { allow: READERS, input: () => ({ slug: 'kindergarten-readiness' }) },
  'network.overview': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'home.network': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'home.bySlug': { allow: READERS, input: () => ({ slug: 'kindergarten-readiness' }) },
  'home.needsYou': { allow: READERS, input: (s) => ({ networkId: s.networkA, cursor: 20 }) },
  'home.counts': { allow: SIGNED_IN },
  'network.create': { allow: ADMIN, input: () => ({ name: 'Eighth Grade Math', outcomeArea: 'middle_grade_math', status: 'forming' }) },
  'network.update': {
    allow: LEADS,
    input: (s) => ({ networkId: s.networkA, version: 1, name: 'Kindergarten Readiness Network', outcomeArea: 'kindergarten_readiness', status: 'sustaining' }),
  },
  'network.appointLead': { allow: ADMIN, input: (s) => ({ networkId: s.networkA, userId: s.member.id }) },

  'member.list': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'member.changeRole': { allow: LEADS, input: (s) => ({ networkId: s.networkA, userId: s.member.id, role: 'facilitator' }) },
  'member.remove': { allow: LEADS, input: (s) => ({ networkId: s.networkA, userId: s.member.id }) },
  // Only for people in the network: a site admin who is not a member has no organization to set
  // there and gets NOT_FOUND (a denial code below).
  'member.setMyOrganization': {
    allow: ['member', 'facilitator', 'lead'],
    input: (s) => ({ networkId: s.networkA, organization: { kind: 'new', name: 'Eastside Library', sector: 'community_family' } }),
  },

  'invitation.list': { allow: FACILITATORS, input: (s) => ({ networkId: s.networkA }) },
  'invitation.create': { allow: FACILITATORS, input: (s) => ({ networkId: s.networkA, role: 'member', expiresInDays: 7, maxUses: 5 }) },
  'invitation.revoke': {
    allow: FACILITATORS,
    input: async (s) => ({ networkId: s.networkA, invitationId: (await inviteTo(s, s.networkA)).id }),
  },
  // Holding the link is the permission.
  'invitation.preview': { allow: PUBLIC, input: async (s) => ({ token: (await inviteTo(s, s.networkA)).token }) },
  // Into a third network nobody in the scene belongs to, so every signed-in caller can join it.
  'invitation.accept': {
    allow: SIGNED_IN,
    input: async (s) => ({ token: (await inviteTo(s, makeNetwork(s.db, { name: 'Middle Grade Math', slug: 'mgm' }))).token }),
  },
  'invitation.signUp': {
    allow: PUBLIC,
    input: async (s) => ({ ...newAccount(), token: (await inviteTo(s, s.networkA)).token }),
    actorIsNewAccount: true,
  },

  'organization.list': { allow: SIGNED_IN },
  'organization.create': { allow: SIGNED_IN, input: () => ({ name: 'Northside Head Start', sector: 'education' }) },
  'organization.add': { allow: FACILITATORS, input: (s) => ({ networkId: s.networkA, name: 'Northside Head Start', sector: 'education' }) },
  'organization.rename': {
    allow: FACILITATORS,
    input: async (s) => {
      const org = await callerFor(s.db, s.admin).organization.add({ networkId: s.networkA, name: 'Eastside Libary', sector: 'community_family' });
      return { networkId: s.networkA, organizationId: org.id, name: 'Eastside Library', sector: 'community_family' };
    },
  },
  'organization.merge': {
    allow: FACILITATORS,
    input: async (s) => {
      const admin = callerFor(s.db, s.admin).organization;
      const from = await admin.add({ networkId: s.networkA, name: 'Eastside Public Library', sector: 'community_family' });
      const into = await admin.add({ networkId: s.networkA, name: 'Eastside Library', sector: 'community_family' });
      return { networkId: s.networkA, organizationId: from.id, intoId: into.id };
    },
  },

  'admin.users': { allow: ADMIN, input: () => ({ search: 'Lee' }) },
  'admin.deactivateUser': { allow: ADMIN, input: (s) => ({ userId: s.member.id }) },
  'admin.reactivateUser': { allow: ADMIN, input: (s) => ({ userId: s.member.id }) },
  'admin.resetLink': { allow: ADMIN, input: (s) => ({ userId: s.member.id }) },
  'admin.setPartnershipStaff': { allow: ADMIN, input: (s) => ({ userId: s.member.id, staff: true }) },
  'admin.audit': { allow: ADMIN, input: () => ({ limit: 10 }) },
  'dashboard.networks': { allow: ['staff', 'admin'] },
  'admin.mail.list': { allow: ADMIN },
  'admin.mail.retry': { allow: ADMIN, input: (s) => ({ id: failedMail(s) }) },
  'audit.network': { allow: LEADS, input: (s) => ({ networkId: s.networkA, limit: 10 }) },

  'partnership.get': { allow: PUBLIC },
  'partnership.save': { allow: ADMIN, input: () => ({ name: 'Eastside Cradle to Career', description: '', community: 'Eastside', embedOrigins: ['https://www.example.org'], version: 0 }) },

  'charter.get': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'charter.versions': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'charter.version': { allow: READERS, input: withCharterVersion },
  'charter.save': {
    allow: FACILITATORS,
    input: (s) => ({ networkId: s.networkA, baseVersion: 0, content: emptyCharter(), changeNote: 'Started the charter' }),
  },
  'charter.ratify': { allow: LEADS, input: withCharterVersion },
  'charter.returnDraft': { allow: LEADS, input: async (s) => ({ ...(await withCharterVersion(s)), comment: 'Make the aim measurable.' }) },

  'plan.get': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'plan.snapshots': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'plan.snapshot': {
    allow: READERS,
    input: async (s) => {
      const plan = await submittedPlan(s);
      const approved = await callerFor(s.db, s.lead).plan.approve({ networkId: s.networkA, planVersion: plan.planVersion });
      return { networkId: s.networkA, snapshotId: approved.reviewId };
    },
  },
  'plan.addNode': { allow: FACILITATORS, input: (s) => ({ networkId: s.networkA, parentId: null, title: 'Strong transitions into kindergarten' }) },
  'plan.renameNode': {
    allow: FACILITATORS,
    input: async (s) => ({ networkId: s.networkA, nodeId: (await withPlan(s)).node.id, version: 1, title: 'Families understand readiness' }),
  },
  'plan.moveNode': { allow: FACILITATORS, input: async (s) => ({ networkId: s.networkA, nodeId: (await withPlan(s)).node.id, version: 1, parentId: null, position: 0 }) },
  'plan.retireNode': { allow: FACILITATORS, input: async (s) => ({ networkId: s.networkA, nodeId: (await withPlan(s)).node.id, version: 1, retired: true }) },
  'plan.addAction': {
    allow: FACILITATORS,
    input: (s) => ({
      networkId: s.networkA,
      title: 'Share the readiness checklist with pediatricians',
      nodeId: null,
      ownerId: null,
      partnerOrganizationId: null,
      startDate: null,
      dueDate: null,
      status: 'not_started',
    }),
  },
  'plan.updateAction': {
    allow: FACILITATORS,
    input: async (s) => {
      const { action } = await withPlan(s);
      return { networkId: s.networkA, actionId: action.id, version: 1, title: action.title, nodeId: action.nodeId, ownerId: action.ownerId, partnerOrganizationId: null, startDate: '2026-09-01', dueDate: '2026-11-30', status: 'in_progress' };
    },
  },
  // The member owns this action; the outsider is refused by the network check before ownership matters.
  'plan.reportProgress': {
    allow: NETWORK_MEMBERS,
    input: async (s) => ({ networkId: s.networkA, actionId: (await withPlan(s)).action.id, version: 1, status: 'in_progress', note: 'Booked the room for Oct 3.' }),
  },
  'plan.actionNotes': { allow: READERS, input: async (s) => ({ networkId: s.networkA, actionId: (await withPlan(s)).action.id }) },
  'plan.submit': { allow: FACILITATORS, input: async (s) => ({ networkId: s.networkA, planVersion: (await withPlan(s)).planVersion }) },
  'plan.approve': { allow: LEADS, input: async (s) => ({ networkId: s.networkA, planVersion: (await submittedPlan(s)).planVersion }) },
  'plan.requestChanges': {
    allow: LEADS,
    input: async (s) => ({
      networkId: s.networkA,
      planVersion: (await submittedPlan(s)).planVersion,
      comments: [{ target: 'plan', targetId: null, body: 'Add an action for the health clinics.' }],
    }),
  },
  'cycle.list': { allow: READERS, input: (s) => ({ networkId: s.networkA, q: 'calendar' }) },
  'cycle.get': { allow: READERS, input: withCycle },
  'cycle.overview': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'cycle.byChangeIdea': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'cycle.ramps': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'cycle.ramp': { allow: READERS, input: withRamp },
  // The member owns the ramp's cycles; a member who owns none is refused in cycle.test.ts.
  'cycle.renameRamp': { allow: NETWORK_MEMBERS, input: async (s) => ({ ...(await withRamp(s)), seenTitle: 'Readiness calendar at pickup', title: 'Readiness nights: storytime to all branches' }) },
  'cycle.create': { allow: NETWORK_MEMBERS, input: (s) => ({ networkId: s.networkA, clientId: crypto.randomUUID(), rampId: null, ...cycleFields(s.member.id) }) },
  'cycle.quickLog': {
    allow: NETWORK_MEMBERS,
    input: (s) => ({ networkId: s.networkA, clientId: crypto.randomUUID(), title: 'Calendars at pickup', changeIdeaId: null, meetingId: null, whatWeTried: 'Handed out 20', whatWeLearned: 'Spanish wanted', decision: 'adapt' }),
  },
  // The member owns the cycle; another member's cycle is refused in cycle.test.ts.
  'cycle.update': { allow: NETWORK_MEMBERS, input: async (s) => ({ ...(await withCycle(s)), version: 1, ...cycleFields(s.member.id, { objective: 'Sharper' }) }) },
  'cycle.setStage': { allow: NETWORK_MEMBERS, input: async (s) => ({ ...(await withCycle(s)), version: 1, stage: 'do' }) },
  'cycle.continueRamp': { allow: NETWORK_MEMBERS, input: async (s) => ({ ...(await withCycle(s)), clientId: crypto.randomUUID() }) },
  'cycle.delete': { allow: NETWORK_MEMBERS, input: async (s) => ({ ...(await withCycle(s)), version: 1 }) },

  'meeting.list': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'meeting.get': { allow: READERS, input: withMeeting },
  'meeting.create': {
    allow: FACILITATORS,
    input: (s) => ({ networkId: s.networkA, clientId: crypto.randomUUID(), title: 'November network meeting', date: '2026-11-12', attendeeIds: [s.member.id], guestCount: 0, agenda: '', notes: '' }),
  },
  'meeting.update': {
    allow: FACILITATORS,
    input: async (s) => ({ ...(await withMeeting(s)), version: 1, title: 'October meeting', date: '2026-10-15', attendeeIds: [], guestCount: 1, agenda: 'Cycles', notes: '' }),
  },
  'meeting.delete': { allow: FACILITATORS, input: async (s) => ({ ...(await withMeeting(s)), version: 1 }) },
  // Meeting mode: members tick themselves in (staff read, never write); facilitators run the rest.
  'meeting.checkIn': {
    allow: NETWORK_MEMBERS,
    input: async (s) => {
      const { id } = await callerFor(s.db, s.facilitator).meeting.create({ networkId: s.networkA, clientId: crypto.randomUUID(), title: 'December network meeting', date: '2026-12-10', attendeeIds: [], guestCount: 0, agenda: '', notes: '' });
      return { networkId: s.networkA, meetingId: id };
    },
  },
  'meeting.addGuest': { allow: FACILITATORS, input: async (s) => ({ ...(await withMeeting(s)), clientId: crypto.randomUUID(), name: 'Rosa Díaz' }) },
  'meeting.addDecision': { allow: FACILITATORS, input: async (s) => ({ ...(await withMeeting(s)), clientId: crypto.randomUUID(), text: 'Print the calendars in Spanish' }) },
  'meeting.saveNotes': { allow: FACILITATORS, input: async (s) => ({ ...(await withMeeting(s)), version: 1, notes: 'Welcome and check-in' }) },
  'meeting.start': { allow: FACILITATORS, input: withMeeting },
  'meeting.close': { allow: FACILITATORS, input: withMeeting },
  // The live board's stream: whoever reads the meeting (the stream itself is read in meeting-mode tests).
  'meeting.live': { allow: READERS, input: withMeeting },
  'indicator.list': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.signals': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.family': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.get': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.measurements': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.exportCsv': { allow: READERS, input: async (s) => (await withIndicator(s), { networkId: s.networkA }) },
  'indicator.save': { allow: FACILITATORS, input: (s) => readinessIndicator(s.networkA) },
  'indicator.remove': {
    allow: FACILITATORS,
    input: async (s) => {
      await withIndicator(s);
      const measure = await callerFor(s.db, s.facilitator).indicator.save(readinessIndicator(s.networkA, { kind: 'balancing', name: 'Teacher overtime' }));
      return { networkId: s.networkA, indicatorId: measure.id, version: measure.version };
    },
  },
  'indicator.saveChart': {
    allow: FACILITATORS,
    input: async (s) => (await withIndicator(s), { networkId: s.networkA, version: 1, chartType: 'p', ruleSet: 'anhoej', baselineThrough: '2024-12', phases: [] }),
  },
  'indicator.saveMeasurements': {
    allow: FACILITATORS,
    input: async (s) => (await withIndicator(s), { networkId: s.networkA, rows: [{ period: '2025-01', groupId: null, value: null, numerator: 40, denominator: 90, note: '' }] }),
  },
  'indicator.deleteMeasurement': {
    allow: FACILITATORS,
    input: async (s) => {
      await withIndicator(s);
      await callerFor(s.db, s.facilitator).indicator.saveMeasurements({ networkId: s.networkA, rows: [{ period: '2025-01', groupId: null, value: null, numerator: 40, denominator: 90, note: '' }] });
      return { networkId: s.networkA, period: '2025-01', groupId: null };
    },
  },
  'report.list': { allow: READERS, input: (s) => ({ networkId: s.networkA }) },
  'report.published': { allow: READERS, input: async (s) => ({ ...(await publishedReport(s)), language: 'es' }) },
  'report.exportStart': { allow: READERS, input: async (s) => ({ ...(await publishedReport(s)), format: 'pdf', number: 1, language: 'es' }) },
  // A job belongs to the person who started it: nobody else learns of it (report-exports tests).
  'report.exportStatus': { allow: READERS, input: (s) => ({ networkId: s.networkA, jobId: crypto.randomUUID() }), allowedOutcome: 'NOT_FOUND' },
  // Only the person who started a job may cancel it (report-export-router tests).
  'report.exportCancel': { allow: READERS, input: (s) => ({ networkId: s.networkA, jobId: crypto.randomUUID() }), allowedOutcome: 'NOT_FOUND' },
  'report.draft': { allow: FACILITATORS, input: withReport },
  'report.create': { allow: FACILITATORS, input: (s) => ({ networkId: s.networkA, title: 'Board update', ...FALL }) },
  'report.save': { allow: FACILITATORS, input: async (s) => draftSave(await withReport(s), 1, 'Two schools joined.') },
  'report.delete': { allow: FACILITATORS, input: withReport },
  'report.publish': { allow: FACILITATORS, input: async (s) => ({ ...(await withReport(s)), version: 1, note: '', language: 'es' }) },
  'network.setPublicPage': { allow: LEADS, input: (s) => ({ networkId: s.networkA, enabled: true }) },
  'public.page': { allow: PUBLIC, input: publicNetworkA },
  // The learning library: anyone in a network, partnership staff and admins read it (outsiders to
  // every network are refused in tests/integration/library.test.ts); copying writes A's plan.
  'library.search': { allow: SIGNED_IN, input: () => ({ q: 'kits' }) },
  'library.copy': { allow: FACILITATORS, input: sharedIdeaOfB },
  'library.setSharing': { allow: LEADS, input: (s) => ({ networkId: s.networkA, enabled: true }) },
  'public.report': { allow: PUBLIC, input: async (s) => ({ ...(await publicNetworkA(s)), reportId: (await publishedReport(s)).reportId }) },
  'public.impact': { allow: PUBLIC },

  // Everyone signed in has their own notifications; no input names anyone else's.
  'notifications.list': { allow: SIGNED_IN, input: () => ({ limit: 10 }) },
  'notifications.unreadCount': { allow: SIGNED_IN },
  'notifications.markRead': { allow: SIGNED_IN, input: () => ({ ids: 'all' }), unaudited: 'marking one’s own notifications read changes nothing anyone else sees' },
  'notifications.preferences': { allow: SIGNED_IN },
  'notifications.setPreferences': { allow: SIGNED_IN, input: () => ({ events: { cycle_stage: 'off', action_assigned: 'in_app' }, weeklyDigest: true }) },
};

