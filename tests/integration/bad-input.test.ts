// Malformed input never reaches a service and never becomes a 500: it is BAD_REQUEST with field
// errors the form can show on the right field. Called as a site admin, so access is never the reason.
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/router.ts';
import { emptyCharter } from '../../shared/domain/charter.ts';
import type { FieldErrors } from '../../shared/errors.ts';
import { testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { clientCall, clientFor, procedures } from '../helpers/trpc.ts';

const HUGE = 'x'.repeat(100_000);
const TOKEN = 'A'.repeat(43); // well-formed, belongs to no invitation

/** A bad input, and the field error it must produce ('' when no particular field is wrong). */
type Case = [input: unknown, field: string];

const account = { name: 'Rosa Parks', email: 'rosa@example.org', password: 'amber-window-canyon-19' };
const planAction = { networkId: 1, title: 'Readiness night', nodeId: null, ownerId: null, partnerOrganizationId: null, startDate: null, dueDate: null, status: 'not_started' };
const UUID = '6f1c2a5e-8a4b-4c1e-9b7d-2f3e4a5b6c7d';
const cycle = {
  networkId: 1, clientId: UUID, rampId: null, title: 'Calendars', changeIdeaId: null, ownerId: 'u', coOwnerIds: [], partnerOrganizationId: null,
  site: '', meetingId: null, scale: '', startDate: null, endDate: null, objective: '', questions: [], planWho: '', planWhat: '', planWhen: '',
  planWhere: '', dataCollection: '', carriedOut: null, whatHappened: '', observations: '', surprises: '', learning: '', decision: null, nextSteps: '',
};
const { clientId: _c, rampId: _r, ...cycleEdit } = cycle;
const quick = { networkId: 1, clientId: UUID, title: 'Calendars', changeIdeaId: null, meetingId: null, whatWeTried: '', whatWeLearned: '', decision: null };
const meeting = { networkId: 1, clientId: UUID, title: 'October meeting', date: '2026-10-14', attendeeIds: [], guestCount: 0, agenda: '', notes: '' };
const { clientId: _m, ...meetingEdit } = meeting;
const indicatorDef = {
  networkId: 1, version: 0, name: 'Children ready for kindergarten', definition: '', isProportion: true, numeratorLabel: 'Ready', denominatorLabel: 'Assessed',
  unit: 'percent', ratePer: null, polarity: 'higher_is_better', dataSource: '', frequency: 'monthly', baselinePeriod: null, baselineValue: null,
  targetValue: null, targetDate: null, minGroupSize: 10, dimensions: [],
};
const measurementRow = { period: '2025-01', groupId: null, value: null, numerator: 4, denominator: 9, note: '' };
const reportPeriod = { networkId: 1, title: 'Board update', from: '2026-09-01', to: '2026-11-30', timeZone: 'America/Chicago' };
const reportSave = { ...reportPeriod, reportId: 1, version: 1, narrative: { highlights: '', challenges: '', asks: '' }, featuredCycleIds: [], hidden: [] };
const partnershipSave = { name: 'Eastside Cradle to Career', description: '', community: '', embedOrigins: [], version: 0 };
const charterSave = { networkId: 1, baseVersion: 0, content: emptyCharter(), changeNote: 'First draft' };

// One entry per procedure that takes input: inputs that are wrong in one field each.
const CASES: Record<string, Case[]> = {
  'setup.createAdmin': [
    [{ ...account, name: '' }, 'name'],
    [{ ...account, name: '   ' }, 'name'],
    [{ ...account, name: HUGE }, 'name'],
    [{ ...account, email: 'not-an-email' }, 'email'],
    [{ ...account, email: `${HUGE}@example.org` }, 'email'],
    [{ ...account, email: 42 }, 'email'],
    [{ ...account, password: 'short' }, 'password'],
    [{ ...account, password: HUGE }, 'password'],
    [{ name: 'Rosa', email: 'rosa@example.org' }, 'password'],
  ],
  'account.setLanguage': [
    [{ language: '' }, 'language'],
    [{ language: HUGE }, 'language'],
    [{ language: 42 }, 'language'],
    [{}, 'language'],
    [{ language: 'español' }, 'language'],
  ],
  'account.updateName': [
    [{ name: '' }, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: HUGE }, 'name'],
    [{ name: null }, 'name'],
    [{ name: { first: 'Rosa' } }, 'name'],
    [{ name: 'Rosa Parks (Lead)' }, 'name'],
    [{ name: 'Rosa\u202EParks' }, 'name'],
    [{}, 'name'],
  ],
  'account.changePassword': [
    [{ currentPassword: '', newPassword: 'copper-meadow-kettle-42' }, 'currentPassword'],
    [{ currentPassword: HUGE, newPassword: 'copper-meadow-kettle-42' }, 'currentPassword'],
    [{ currentPassword: 42, newPassword: 'copper-meadow-kettle-42' }, 'currentPassword'],
    [{ currentPassword: 'amber-window-canyon-19', newPassword: 'short' }, 'newPassword'],
    [{ currentPassword: 'amber-window-canyon-19', newPassword: HUGE }, 'newPassword'],
    [{ currentPassword: 'amber-window-canyon-19', newPassword: null }, 'newPassword'],
    [{ currentPassword: 'amber-window-canyon-19' }, 'newPassword'],
  ],
  'network.bySlug': [
    [{ slug: '' }, 'slug'],
    [{ slug: HUGE }, 'slug'],
    [{ slug: ['a'] }, 'slug'],
  ],
  'network.overview': [
    [{ networkId: -1 }, 'networkId'],
    [{ networkId: 0 }, 'networkId'],
    [{ networkId: 1.5 }, 'networkId'],
    [{ networkId: '1' }, 'networkId'],
    [{ networkId: Number.MAX_SAFE_INTEGER + 2 }, 'networkId'],
    [{ networkId: Number.NaN }, 'networkId'],
    [{}, 'networkId'],
  ],
  'network.create': [
    [{ name: '', outcomeArea: 'employment', status: 'active' }, 'name'],
    [{ name: 'ab', outcomeArea: 'employment', status: 'active' }, 'name'],
    [{ name: HUGE, outcomeArea: 'employment', status: 'active' }, 'name'],
    [{ name: 'Reading Network', outcomeArea: 'world_peace', status: 'active' }, 'outcomeArea'],
    [{ name: 'Reading Network', outcomeArea: 'employment', status: 'paused' }, 'status'],
    [{ name: 'Reading Network', outcomeArea: 'employment' }, 'status'],
    [{ name: { toString: 'x' }, outcomeArea: 'employment', status: 'active' }, 'name'],
  ],
  'network.update': [
    [{ networkId: -3, name: 'Reading Network', outcomeArea: 'employment', status: 'active' }, 'networkId'],
    [{ networkId: 1, name: '', outcomeArea: 'employment', status: 'active' }, 'name'],
    [{ networkId: 1, version: 1, name: 'Reading Network', outcomeArea: null, status: 'active' }, 'outcomeArea'],
    [{ networkId: 1, name: 'Reading Network', outcomeArea: 'employment', status: 'active' }, 'version'],
    [{ networkId: 1, version: 0, name: 'Reading Network', outcomeArea: 'employment', status: 'active' }, 'version'],
  ],
  'library.search': [
    [{ q: HUGE }, 'q'],
    [{ outcomeArea: 'astronomy' }, 'outcomeArea'],
    [{ decision: 'adopted' }, 'decision'],
    [{ scale: 4 }, 'scale'],
    [{ page: 0 }, 'page'],
    [{ page: 1.5 }, 'page'],
  ],
  'library.copy': [
    [{ networkId: 1, sourceNodeId: 'x', parentId: 1 }, 'sourceNodeId'],
    [{ networkId: 1, sourceNodeId: 1 }, 'parentId'],
    [{ networkId: 1, sourceNodeId: 1, parentId: null }, 'parentId'],
  ],
  'library.setSharing': [
    [{ networkId: 1, enabled: 'on' }, 'enabled'],
    [{ networkId: 0, enabled: true }, 'networkId'],
  ],
  'network.setPublicPage': [
    [{ networkId: 1, enabled: 'yes' }, 'enabled'],
    [{ networkId: 0, enabled: true }, 'networkId'],
  ],
  'network.appointLead': [
    [{ networkId: 1, userId: '' }, 'userId'],
    [{ networkId: 1, userId: HUGE }, 'userId'],
    [{ networkId: -1, userId: 'u' }, 'networkId'],
  ],
  'member.list': [[{ networkId: 'one' }, 'networkId']],
  'member.changeRole': [
    [{ networkId: 1, userId: 'u', role: 'owner' }, 'role'],
    [{ networkId: 1, userId: 'u', role: 'admin' }, 'role'],
    [{ networkId: 1, userId: 7, role: 'member' }, 'userId'],
  ],
  'member.remove': [
    [{ networkId: 1, userId: null }, 'userId'],
    [{ networkId: 1 }, 'userId'],
  ],
  'member.setMyOrganization': [
    [{ networkId: 1, organization: { kind: 'other' } }, 'organization.kind'],
    [{ networkId: 1, organization: { kind: 'existing', organizationId: -5 } }, 'organization.organizationId'],
    [{ networkId: 1, organization: { kind: 'new', name: '', sector: 'education' } }, 'organization.name'],
    [{ networkId: 1, organization: { kind: 'new', name: HUGE, sector: 'education' } }, 'organization.name'],
    [{ networkId: 1, organization: { kind: 'new', name: 'Eastside Library', sector: 'space' } }, 'organization.sector'],
    [{ networkId: 1, organization: 'none' }, 'organization'],
  ],
  'invitation.list': [[{ networkId: -1 }, 'networkId']],
  'invitation.create': [
    [{ networkId: 1, role: 'owner', expiresInDays: 7, maxUses: 1 }, 'role'],
    [{ networkId: 1, role: 'member', expiresInDays: 3, maxUses: 1 }, 'expiresInDays'],
    [{ networkId: 1, role: 'member', expiresInDays: '7', maxUses: 1 }, 'expiresInDays'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 0 }, 'maxUses'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: -4 }, 'maxUses'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 1.5 }, 'maxUses'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 100_000 }, 'maxUses'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: Number.POSITIVE_INFINITY }, 'maxUses'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 1, note: HUGE }, 'note'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 1, email: 'rosa@' }, 'email'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 1, email: `${HUGE}@example.org` }, 'email'],
    [{ networkId: 1, role: 'member', expiresInDays: 7, maxUses: 1, email: 42 }, 'email'],
  ],
  'invitation.revoke': [
    [{ networkId: 1, invitationId: 0 }, 'invitationId'],
    [{ networkId: 1 }, 'invitationId'],
  ],
  'invitation.preview': [
    [{ token: '' }, 'token'],
    [{ token: 'short' }, 'token'],
    [{ token: `${'A'.repeat(42)}!` }, 'token'],
    [{ token: HUGE }, 'token'],
    [{ token: 12345 }, 'token'],
  ],
  'invitation.accept': [
    [{ token: "' or 1=1 --" }, 'token'],
    [{}, 'token'],
  ],
  'invitation.signUp': [
    [{ ...account, token: 'nope' }, 'token'],
    [{ ...account, token: TOKEN, email: 'rosa@' }, 'email'],
    [{ ...account, token: TOKEN, password: '1234567' }, 'password'],
    [{ ...account, token: TOKEN, name: '' }, 'name'],
  ],
  'organization.create': [
    [{ name: 'x', sector: 'education' }, 'name'],
    [{ name: HUGE, sector: 'education' }, 'name'],
    [{ name: 'Eastside Library', sector: 'Education' }, 'sector'],
    [{ name: 'Eastside Library' }, 'sector'],
  ],
  'organization.add': [
    [{ networkId: 1, name: 'x', sector: 'education' }, 'name'],
    [{ networkId: 1, name: HUGE, sector: 'education' }, 'name'],
    [{ networkId: 1, name: 'Eastside Library', sector: 'space' }, 'sector'],
  ],
  'organization.rename': [
    [{ networkId: 1, organizationId: -1, name: 'Eastside Library', sector: 'education' }, 'organizationId'],
    [{ networkId: 1, organizationId: 1, name: '', sector: 'education' }, 'name'],
    [{ networkId: 1, organizationId: 1, name: 'Eastside Library' }, 'sector'],
  ],
  'organization.merge': [
    [{ networkId: 1, organizationId: 1, intoId: 1 }, 'intoId'],
    [{ networkId: 1, organizationId: 'one', intoId: 2 }, 'organizationId'],
    [{ networkId: 1, organizationId: 1 }, 'intoId'],
  ],
  'admin.users': [
    [{ search: HUGE }, 'search'],
    [{ search: 5 }, 'search'],
  ],
  'admin.deactivateUser': [
    [{ userId: '' }, 'userId'],
    [{ userId: HUGE }, 'userId'],
  ],
  'admin.reactivateUser': [[{ userId: {} }, 'userId']],
  'admin.resetLink': [
    [{ userId: '' }, 'userId'],
    [{ userId: HUGE }, 'userId'],
    [{}, 'userId'],
  ],
  'admin.setPartnershipStaff': [
    [{ userId: '', staff: true }, 'userId'],
    [{ userId: HUGE, staff: true }, 'userId'],
    [{ userId: 'u1', staff: 'yes' }, 'staff'],
    [{ userId: 'u1' }, 'staff'],
  ],
  'admin.mail.retry': [
    [{ id: 0 }, 'id'],
    [{ id: 'one' }, 'id'],
    [{}, 'id'],
  ],
  'admin.audit': [
    [{ limit: 0 }, 'limit'],
    [{ limit: 10_000 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ before: -1 }, 'before'],
    [{ networkId: 'a' }, 'networkId'],
  ],
  'partnership.save': [
    [{ ...partnershipSave, name: '' }, 'name'],
    [{ ...partnershipSave, name: '   ' }, 'name'],
    [{ ...partnershipSave, name: HUGE }, 'name'],
    [{ ...partnershipSave, description: HUGE }, 'description'],
    [{ ...partnershipSave, community: HUGE }, 'community'],
    [{ ...partnershipSave, embedOrigins: 'https://example.org' }, 'embedOrigins'],
    [{ ...partnershipSave, embedOrigins: ['https://example.org/page'] }, 'embedOrigins'],
    [{ ...partnershipSave, embedOrigins: ['http://example.org'] }, 'embedOrigins'],
    [{ ...partnershipSave, embedOrigins: [HUGE] }, 'embedOrigins.0'],
    [{ ...partnershipSave, embedOrigins: Array.from({ length: 21 }, (_, i) => `https://s${i}.example`) }, 'embedOrigins'],
    [{ ...partnershipSave, embedOrigins: Array.from({ length: 10_000 }, () => 'https://a.example') }, 'embedOrigins'],
    [{ ...partnershipSave, version: -1 }, 'version'],
    [{ ...partnershipSave, version: 'one' }, 'version'],
  ],
  'audit.network': [
    [{ networkId: 1, limit: -1 }, 'limit'],
    [{ networkId: 1, before: 0 }, 'before'],
    [{ limit: 10 }, 'networkId'],
  ],
  'charter.get': [[{ networkId: 'one' }, 'networkId']],
  'charter.versions': [[{}, 'networkId']],
  'charter.version': [
    [{ networkId: 1, version: 0 }, 'version'],
    [{ networkId: 1, version: 'latest' }, 'version'],
    [{ networkId: 1 }, 'version'],
  ],
  'charter.save': [
    [{ ...charterSave, baseVersion: -1 }, 'baseVersion'],
    [{ ...charterSave, changeNote: '' }, 'changeNote'],
    [{ ...charterSave, changeNote: HUGE }, 'changeNote'],
    [{ ...charterSave, content: { ...charterSave.content, sections: { ...charterSave.content.sections, aim: HUGE } } }, 'content.sections.aim'],
    [{ ...charterSave, content: { ...charterSave.content, sections: { ...charterSave.content.sections, scope: 7 } } }, 'content.sections.scope'],
    [{ ...charterSave, content: { ...charterSave.content, people: { ...charterSave.content.people, convener: 5 } } }, 'content.people.convener'],
    [{ ...charterSave, content: { sections: charterSave.content.sections } }, 'content.people'],
  ],
  'charter.ratify': [
    [{ networkId: 1, version: -2 }, 'version'],
    [{ networkId: 1, version: 1, note: HUGE }, 'note'],
  ],
  'plan.get': [[{ networkId: null }, 'networkId']],
  'plan.snapshots': [[{ networkId: -5 }, 'networkId']],
  'plan.snapshot': [[{ networkId: 1, snapshotId: 'x' }, 'snapshotId']],
  'plan.addNode': [
    [{ networkId: 1, parentId: null, title: '' }, 'title'],
    [{ networkId: 1, parentId: null, title: HUGE }, 'title'],
    [{ networkId: 1, parentId: -1, title: 'Driver' }, 'parentId'],
    [{ networkId: 1, title: 'Driver' }, 'parentId'],
  ],
  'plan.renameNode': [
    [{ networkId: 1, nodeId: 1, version: 0, title: 'Driver' }, 'version'],
    [{ networkId: 1, nodeId: 1, version: 1, title: '  ' }, 'title'],
    [{ networkId: 1, nodeId: 1, version: 1, title: 'Driver', description: HUGE }, 'description'],
  ],
  'plan.moveNode': [
    [{ networkId: 1, nodeId: 1, version: 1, parentId: null, position: -1 }, 'position'],
    [{ networkId: 1, nodeId: 1, version: 1, parentId: null }, 'position'],
  ],
  'plan.retireNode': [[{ networkId: 1, nodeId: 1, version: 1, retired: 'yes' }, 'retired']],
  'plan.addAction': [
    [{ ...planAction, title: '' }, 'title'],
    [{ ...planAction, status: 'finished' }, 'status'],
    [{ ...planAction, dueDate: '2026-02-30' }, 'dueDate'],
    [{ ...planAction, startDate: 'next week' }, 'startDate'],
    [{ ...planAction, startDate: '2026-10-01', dueDate: '2026-09-01' }, 'dueDate'],
    [{ ...planAction, ownerId: 12 }, 'ownerId'],
  ],
  'plan.updateAction': [
    [{ ...planAction, actionId: 1, version: 1, title: HUGE }, 'title'],
    [{ ...planAction, actionId: 1 }, 'version'],
  ],
  'plan.reportProgress': [
    [{ networkId: 1, actionId: 1, version: 1, status: 'nearly' }, 'status'],
    [{ networkId: 1, actionId: 1, version: 1, status: 'done', note: HUGE }, 'note'],
    [{ networkId: 1, actionId: 1, version: 1, status: 'done', writeId: 'again' }, 'writeId'],
  ],
  'plan.actionNotes': [[{ networkId: 1 }, 'actionId']],
  'plan.submit': [[{ networkId: 1, planVersion: -1 }, 'planVersion']],
  'plan.approve': [[{ networkId: 1, planVersion: 1, note: HUGE }, 'note']],
  'plan.requestChanges': [
    [{ networkId: 1, planVersion: 1, comments: [] }, 'comments'],
    [{ networkId: 1, planVersion: 1, comments: [{ target: 'plan', targetId: null, body: '' }] }, 'comments.0.body'],
    [{ networkId: 1, planVersion: 1, comments: [{ target: 'elsewhere', targetId: null, body: 'x' }] }, 'comments.0.target'],
  ],
  'charter.returnDraft': [
    [{ networkId: 1, version: 1, comment: '' }, 'comment'],
    [{ networkId: 1, version: 1, comment: '   ' }, 'comment'],
    [{ networkId: 1, version: 1 }, 'comment'],
  ],
  'cycle.list': [
    [{ networkId: 1, q: HUGE }, 'q'],
    [{ networkId: 1, stage: 'dreaming' }, 'stage'],
    [{ networkId: 1, decision: 'maybe' }, 'decision'],
    [{ networkId: 1, from: '2026-13-01' }, 'from'],
    [{ networkId: 1, from: '2026-10-02', to: '2026-10-01' }, 'to'],
    [{ networkId: 1, limit: 10_000 }, 'limit'],
    [{ networkId: 1, offset: -1 }, 'offset'],
    [{ networkId: 1, toComplete: 'yes' }, 'toComplete'],
  ],
  'cycle.get': [[{ networkId: 1, cycleId: 'one' }, 'cycleId']],
  'cycle.overview': [[{ networkId: 'A' }, 'networkId']],
  'home.bySlug': [
    [{ slug: '' }, 'slug'],
    [{ slug: HUGE }, 'slug'],
    [{ networkId: 1 }, 'slug'],
  ],
  'home.needsYou': [
    [{ networkId: 1, cursor: -1 }, 'cursor'],
    [{ networkId: 1, cursor: 1.5 }, 'cursor'],
    [{ networkId: 1, limit: 0 }, 'limit'],
    [{ networkId: 1, limit: 10_000 }, 'limit'],
    [{ cursor: 20 }, 'networkId'],
  ],
  'home.network': [
    [{ networkId: 0 }, 'networkId'],
    [{ networkId: 2.5 }, 'networkId'],
    [{ networkId: 'kindergarten-readiness' }, 'networkId'],
    [{}, 'networkId'],
  ],
  'cycle.byChangeIdea': [[{ networkId: 0 }, 'networkId']],
  'cycle.ramps': [[{ networkId: [] }, 'networkId']],
  'cycle.ramp': [[{ networkId: 1, rampId: -2 }, 'rampId']],
  'cycle.renameRamp': [
    [{ networkId: 1, rampId: 1, seenTitle: 'Ramp', title: ' ' }, 'title'],
    [{ networkId: 1, rampId: 1, seenTitle: 'Ramp', title: HUGE }, 'title'],
    [{ networkId: 1, rampId: 1, title: 'Ramp' }, 'seenTitle'],
  ],
  'cycle.create': [
    [{ ...cycle, clientId: 'not-a-uuid' }, 'clientId'],
    [{ ...cycle, title: '   ' }, 'title'],
    [{ ...cycle, title: HUGE }, 'title'],
    [{ ...cycle, questions: [{ question: '', prediction: 'x', result: '' }] }, 'questions.0.question'],
    [{ ...cycle, questions: Array.from({ length: 11 }, () => ({ question: 'q', prediction: '', result: '' })) }, 'questions'],
    [{ ...cycle, learning: HUGE }, 'learning'],
    [{ ...cycle, decision: 'shrug' }, 'decision'],
    [{ ...cycle, carriedOut: 'kind of' }, 'carriedOut'],
    [{ ...cycle, startDate: '2026-11-10', endDate: '2026-11-01' }, 'endDate'],
    [{ ...cycle, startDate: '2026-02-30' }, 'startDate'],
    [{ ...cycle, coOwnerIds: 'u' }, 'coOwnerIds'],
    [{ ...cycle, indicatorIds: [0] }, 'indicatorIds.0'],
  ],
  'cycle.quickLog': [
    [{ ...quick, title: '' }, 'title'],
    [{ ...quick, whatWeLearned: HUGE }, 'whatWeLearned'],
    [{ ...quick, decision: 'keep' }, 'decision'],
    [{ ...quick, clientId: undefined }, 'clientId'],
  ],
  'cycle.update': [
    [{ ...cycleEdit, cycleId: 1, version: 0 }, 'version'],
    [{ ...cycleEdit, cycleId: 1, version: 1, title: '' }, 'title'],
    [{ ...cycleEdit, cycleId: 1, version: 1, nextSteps: HUGE }, 'nextSteps'],
    [{ ...cycleEdit, cycleId: 1, version: 1, writeId: 7 }, 'writeId'],
  ],
  'cycle.setStage': [
    [{ networkId: 1, cycleId: 1, version: 1, stage: 'party' }, 'stage'],
    [{ networkId: 1, cycleId: 1, stage: 'do' }, 'version'],
  ],
  'cycle.continueRamp': [[{ networkId: 1, cycleId: 1, clientId: 42 }, 'clientId']],
  'cycle.delete': [[{ networkId: 1, cycleId: 1 }, 'version']],
  'meeting.list': [[{ networkId: -1 }, 'networkId']],
  'meeting.get': [[{ networkId: 1, meetingId: 1.5 }, 'meetingId']],
  'meeting.create': [
    [{ ...meeting, title: '' }, 'title'],
    [{ ...meeting, date: 'next tuesday' }, 'date'],
    [{ ...meeting, guestCount: -1 }, 'guestCount'],
    [{ ...meeting, guestCount: 2.5 }, 'guestCount'],
    [{ ...meeting, attendeeIds: [3] }, 'attendeeIds.0'],
    [{ ...meeting, notes: 'x'.repeat(20_001) }, 'notes'],
  ],
  'meeting.update': [
    [{ ...meetingEdit, meetingId: 1, version: 1, title: HUGE }, 'title'],
    [{ ...meetingEdit, meetingId: 1 }, 'version'],
  ],
  'meeting.delete': [[{ networkId: 1, meetingId: 1, version: 'latest' }, 'version']],
  'meeting.checkIn': [[{ networkId: 1, meetingId: 'next' }, 'meetingId']],
  'meeting.addGuest': [
    [{ networkId: 1, meetingId: 1, clientId: UUID, name: '  ' }, 'name'],
    [{ networkId: 1, meetingId: 1, clientId: UUID, name: HUGE }, 'name'],
    [{ networkId: 1, meetingId: 1, clientId: 'guest-1', name: 'Rosa' }, 'clientId'],
  ],
  'meeting.addDecision': [
    [{ networkId: 1, meetingId: 1, clientId: UUID, text: '' }, 'text'],
    [{ networkId: 1, meetingId: 1, clientId: UUID, text: HUGE }, 'text'],
    [{ networkId: 1, meetingId: 1, text: 'Meet again' }, 'clientId'],
  ],
  'meeting.saveNotes': [
    [{ networkId: 1, meetingId: 1, version: 1, notes: 'x'.repeat(20_001) }, 'notes'],
    [{ networkId: 1, meetingId: 1, notes: 'Welcome' }, 'version'],
  ],
  'meeting.start': [[{ networkId: 1, meetingId: 0 }, 'meetingId']],
  'meeting.close': [[{ networkId: 1 }, 'meetingId']],
  'meeting.live': [
    [{ networkId: 1, meetingId: 1, lastEventId: 'the last one' }, 'lastEventId'],
    [{ networkId: 1, meetingId: -4 }, 'meetingId'],
  ],
  'indicator.list': [[{ networkId: 'k' }, 'networkId']],
  'indicator.family': [[{ networkId: 1.5 }, 'networkId']],
  'indicator.signals': [[{ networkId: null }, 'networkId']],
  'indicator.get': [
    [{ networkId: 'k' }, 'networkId'],
    [{ networkId: 1, indicatorId: 0 }, 'indicatorId'],
  ],
  'indicator.measurements': [
    [{ networkId: -1 }, 'networkId'],
    [{ networkId: 1, indicatorId: 'outcome' }, 'indicatorId'],
  ],
  'indicator.exportCsv': [[{ networkId: 0 }, 'networkId']],
  'indicator.remove': [
    [{ networkId: 1, version: 1 }, 'indicatorId'],
    [{ networkId: 1, indicatorId: 2, version: 0 }, 'version'],
  ],
  'indicator.save': [
    [{ ...indicatorDef, kind: 'vanity' }, 'kind'],
    [{ ...indicatorDef, kind: 'process', nodeIds: Array.from({ length: 51 }, (_, i) => i + 1) }, 'nodeIds'],
    [{ ...indicatorDef, indicatorId: -2 }, 'indicatorId'],
    [{ ...indicatorDef, name: '' }, 'name'],
    [{ ...indicatorDef, unit: 'furlongs' }, 'unit'],
    [{ ...indicatorDef, numeratorLabel: '' }, 'numeratorLabel'],
    [{ ...indicatorDef, unit: 'rate' }, 'ratePer'],
    [{ ...indicatorDef, baselinePeriod: '2025-Q1', baselineValue: 4 }, 'baselinePeriod'],
    [{ ...indicatorDef, baselineValue: 41 }, 'baselinePeriod'],
    [{ ...indicatorDef, targetValue: 60 }, 'targetDate'],
    [{ ...indicatorDef, targetValue: Number.POSITIVE_INFINITY, targetDate: '2028-06-30' }, 'targetValue'],
    [{ ...indicatorDef, frequency: 'hourly' }, 'frequency'],
    [{ ...indicatorDef, minGroupSize: 0 }, 'minGroupSize'],
    [{ ...indicatorDef, dimensions: [{ id: null, name: 'Income', groups: [{ id: null, name: 'Low' }] }] }, 'dimensions.0.groups'],
    [{ ...indicatorDef, dimensions: [{ id: null, name: 'Income', groups: [{ id: null, name: 'Low' }, { id: null, name: 'low' }] }] }, 'dimensions.0.groups.1.name'],
  ],
  'indicator.saveChart': [
    [{ networkId: 1, version: 1, chartType: 'pie', ruleSet: 'anhoej', baselineThrough: null, phases: [] }, 'chartType'],
    [{ networkId: 1, version: 1, chartType: 'run', ruleSet: 'vibes', baselineThrough: null, phases: [] }, 'ruleSet'],
  ],
  'indicator.saveMeasurements': [
    [{ networkId: 1, rows: [] }, 'rows'],
    [{ networkId: 1, rows: [{ ...measurementRow, denominator: -3 }] }, 'rows.0.denominator'],
    [{ networkId: 1, rows: [{ ...measurementRow, numerator: 'four' }] }, 'rows.0.numerator'],
    [{ networkId: 1, rows: [{ ...measurementRow, note: HUGE }] }, 'rows.0.note'],
  ],
  'indicator.deleteMeasurement': [[{ networkId: 1, period: '', groupId: null }, 'period']],
  'report.list': [[{ networkId: 'one' }, 'networkId']],
  'report.published': [
    [{ networkId: 1, reportId: 0 }, 'reportId'],
    [{ networkId: 1, reportId: 1, number: 0 }, 'number'],
    [{ networkId: 1, reportId: 1, language: 'French' }, 'language'],
  ],
  'report.draft': [[{ networkId: 1, reportId: 'latest' }, 'reportId']],
  'report.exportStart': [
    [{ networkId: 1, reportId: 1, format: 'xlsx' }, 'format'],
    [{ networkId: 1, reportId: 1, format: 'pdf', number: 0 }, 'number'],
    [{ networkId: 1, reportId: 1, format: 'pdf', number: 1, language: 'Spanish' }, 'language'],
  ],
  'report.exportStatus': [[{ networkId: 1, jobId: '../../etc/passwd' }, 'jobId']],
  'report.exportCancel': [[{ networkId: 1, jobId: 'not-a-job' }, 'jobId']],
  'report.create': [
    [{ ...reportPeriod, title: '' }, 'title'],
    [{ ...reportPeriod, title: HUGE }, 'title'],
    [{ ...reportPeriod, from: 'last fall' }, 'from'],
    [{ ...reportPeriod, to: '2026-02-30' }, 'to'],
    [{ ...reportPeriod, to: '2026-08-31' }, 'to'],
    [{ ...reportPeriod, from: '2016-09-01' }, 'to'],
    [{ ...reportPeriod, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  ],
  'report.save': [
    [{ ...reportSave, version: 0 }, 'version'],
    [{ ...reportSave, to: '2026-08-31' }, 'to'],
    [{ ...reportSave, narrative: { ...reportSave.narrative, asks: 'x'.repeat(20_001) } }, 'narrative.asks'],
    [{ ...reportSave, featuredCycleIds: [4, 4] }, 'featuredCycleIds'],
    [{ ...reportSave, hidden: ['gossip'] }, 'hidden.0'],
  ],
  'report.delete': [[{ networkId: 1, reportId: -1 }, 'reportId']],
  'report.publish': [
    [{ networkId: 1, reportId: 1, version: 1, note: HUGE }, 'note'],
    [{ networkId: 1, reportId: 1 }, 'version'],
    [{ networkId: 1, reportId: 1, version: 1, language: 'pseudo' }, 'language'],
  ],
  'notifications.list': [
    [{ cursor: 0 }, 'cursor'],
    [{ cursor: 'abc' }, 'cursor'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 1000 }, 'limit'],
  ],
  'notifications.markRead': [
    [{}, 'ids'],
    [{ ids: [] }, 'ids'],
    [{ ids: 'some' }, 'ids'],
    [{ ids: [-1] }, 'ids.0'],
    [{ ids: Array.from({ length: 101 }, (_, i) => i + 1) }, 'ids'],
  ],
  'notifications.setPreferences': [
    [{ events: { cycle_stage: 'loud' }, weeklyDigest: false }, 'events.cycle_stage'],
    [{ events: { no_such_event: 'off' }, weeklyDigest: false }, 'events'],
    [{ events: {}, weeklyDigest: 'yes' }, 'weeklyDigest'],
    [{ events: {} }, 'weeklyDigest'],
    [{ events: 'all', weeklyDigest: true }, 'events'],
  ],
  'public.page': [[{ slug: '' }, 'slug']],
  'public.report': [
    [{ slug: 'kindergarten-readiness', reportId: 'one' }, 'reportId'],
    [{ slug: 'kindergarten-readiness', reportId: 1, number: 1.5 }, 'number'],
  ],
};

// Not objects at all: every procedure with input refuses these.
const NOT_OBJECTS: unknown[] = [null, 'hello', 42, true, [], [{ networkId: 1 }]];

const withInput = Object.entries(procedures())
  .filter(([, procedure]) => procedure._def.inputs.length > 0)
  .map(([path]) => path);

async function refusal(client: ReturnType<typeof clientFor>, path: string, input: unknown) {
  try {
    await clientCall(client, path, input);
  } catch (e) {
    if (!(e instanceof TRPCClientError)) throw e;
    return e as TRPCClientError<AppRouter>;
  }
  throw new Error(`${path} accepted ${JSON.stringify(input)?.slice(0, 200)}`);
}

describe('bad input', () => {
  it('has cases for every procedure that takes input', () => {
    expect(withInput.length).toBeGreaterThan(15);
    expect(withInput.filter((p) => !(p in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((p) => !withInput.includes(p))).toEqual([]);
  });

  for (const path of withInput) {
    it(`${path}: wrong fields are BAD_REQUEST with a field error on that field`, async () => {
      const db = testDb();
      const s = await scene(db);
      const client = clientFor(db, s.admin);
      for (const [input, field] of CASES[path] ?? []) {
        const error = await refusal(client, path, input);
        const label = `${path} ${JSON.stringify(input).slice(0, 120)}`;
        expect(error.data?.code, label).toBe('BAD_REQUEST');
        expect(error.message, label).toBe('Some fields need attention');
        const fieldErrors = error.shape?.data.fieldErrors as FieldErrors | undefined;
        expect(Object.keys(fieldErrors ?? {}), label).toContain(field);
      }
    });

    it(`${path}: values that are not objects are BAD_REQUEST`, async () => {
      const db = testDb();
      const s = await scene(db);
      const client = clientFor(db, s.admin);
      const inputs = path === 'admin.users' ? NOT_OBJECTS : [undefined, ...NOT_OBJECTS];
      for (const input of inputs) {
        const error = await refusal(client, path, input);
        expect(error.data?.code, `${path} ${JSON.stringify(input)}`).toBe('BAD_REQUEST');
      }
    });
  }

  it('names the field and says what is wrong in words a person understands', async () => {
    const db = testDb();
    const s = await scene(db);
    const client = clientFor(db, s.admin);
    const error = await refusal(client, 'network.create', { name: '', outcomeArea: 'other', status: 'active' });
    expect(error.shape?.data.fieldErrors).toEqual({ name: ['Give the network a name of at least 3 characters'] });

    const signUp = await refusal(client, 'invitation.signUp', { token: TOKEN, name: 'Rosa', email: 'rosa@', password: 'short' });
    expect(signUp.shape?.data.fieldErrors).toEqual({
      email: ['Enter a valid email address, like name@example.org'],
      password: ['Use at least 8 characters'],
    });

    const invite = await refusal(client, 'invitation.create', { networkId: s.networkA, role: 'chief', expiresInDays: 2, maxUses: 0 });
    expect(invite.shape?.data.fieldErrors).toEqual({
      role: ['Choose a role'],
      expiresInDays: ['Choose when the link expires'],
      maxUses: ['At least one person must be able to use the link'],
    });
  });

  it('answers well-formed references to records that do not exist with NOT_FOUND, never a 500', async () => {
    const db = testDb();
    const s = await scene(db);
    const client = clientFor(db, s.admin);
    const missing: [string, unknown][] = [
      ['network.bySlug', { slug: 'no-such-network' }],
      ['network.overview', { networkId: 999 }],
      ['home.network', { networkId: 999 }],
      ['home.bySlug', { slug: 'no-such-network' }],
      ['home.needsYou', { networkId: 999, cursor: 20 }],
      ['network.update', { networkId: 999, version: 1, name: 'Reading Network', outcomeArea: 'other', status: 'active' }],
      ['network.appointLead', { networkId: 999, userId: s.member.id }],
      ['network.appointLead', { networkId: s.networkA, userId: 'ghost' }],
      ['member.list', { networkId: 999 }],
      ['member.changeRole', { networkId: s.networkA, userId: 'ghost', role: 'lead' }],
      ['member.remove', { networkId: s.networkA, userId: 'ghost' }],
      ['member.setMyOrganization', { networkId: s.networkA, organization: { kind: 'existing', organizationId: 999 } }],
      ['organization.rename', { networkId: s.networkA, organizationId: 999, name: 'Eastside Library', sector: 'education' }],
      ['organization.merge', { networkId: s.networkA, organizationId: 999, intoId: 998 }],
      ['invitation.list', { networkId: 999 }],
      ['invitation.create', { networkId: 999, role: 'member', expiresInDays: 7, maxUses: 1 }],
      ['invitation.revoke', { networkId: s.networkA, invitationId: 999 }],
      ['invitation.preview', { token: TOKEN }],
      ['invitation.accept', { token: TOKEN }],
      ['invitation.signUp', { ...account, token: TOKEN }],
      ['admin.deactivateUser', { userId: 'ghost' }],
      ['admin.reactivateUser', { userId: 'ghost' }],
      ['admin.resetLink', { userId: 'ghost' }],
      ['admin.setPartnershipStaff', { userId: 'ghost', staff: true }],
      ['audit.network', { networkId: 999, limit: 5 }],
      ['cycle.get', { networkId: s.networkA, cycleId: 999 }],
      ['cycle.ramp', { networkId: s.networkA, rampId: 999 }],
      ['cycle.renameRamp', { networkId: s.networkA, rampId: 999, seenTitle: 'Ramp', title: 'Ramp' }],
      ['cycle.create', { ...cycle, networkId: s.networkA, ownerId: s.member.id, changeIdeaId: 999 }],
      ['cycle.create', { ...cycle, networkId: s.networkA, ownerId: s.member.id, rampId: 999 }],
      ['cycle.quickLog', { ...quick, networkId: s.networkA, meetingId: 999 }],
      ['cycle.setStage', { networkId: s.networkA, cycleId: 999, version: 1, stage: 'do' }],
      ['cycle.continueRamp', { networkId: s.networkA, cycleId: 999, clientId: UUID }],
      ['library.copy', { networkId: s.networkA, sourceNodeId: 999, parentId: 999 }],
      ['meeting.get', { networkId: s.networkA, meetingId: 999 }],
      ['meeting.checkIn', { networkId: s.networkA, meetingId: 999 }],
      ['meeting.addGuest', { networkId: s.networkA, meetingId: 999, clientId: UUID, name: 'Rosa' }],
      ['meeting.addDecision', { networkId: s.networkA, meetingId: 999, clientId: UUID, text: 'Meet again' }],
      ['meeting.saveNotes', { networkId: s.networkA, meetingId: 999, version: 1, notes: '' }],
      ['meeting.close', { networkId: s.networkA, meetingId: 999 }],
      ['indicator.measurements', { networkId: s.networkA }],
      ['indicator.saveMeasurements', { networkId: s.networkA, rows: [measurementRow] }],
      ['indicator.get', { networkId: s.networkA, indicatorId: 999 }],
      ['indicator.saveMeasurements', { networkId: s.networkA, indicatorId: 999, rows: [measurementRow] }],
      ['cycle.create', { ...cycle, networkId: s.networkA, ownerId: s.member.id, indicatorIds: [999] }],
      ['meeting.update', { ...meetingEdit, networkId: s.networkA, meetingId: 999, version: 1 }],
      ['meeting.create', { ...meeting, networkId: s.networkA, attendeeIds: ['ghost'] }],
    ];
    for (const [path, input] of missing) {
      const error = await refusal(client, path, input);
      expect(error.data?.code, `${path} ${JSON.stringify(input)}`).toBe('NOT_FOUND');
    }
    expect((await client.admin.audit.query({ networkId: 999, before: 999_999, limit: 5 })).entries).toEqual([]);
  });

  it('writes nothing when the input is refused', async () => {
    const db = testDb();
    const s = await scene(db);
    const client = clientFor(db, s.admin);
    await refusal(client, 'network.create', { name: HUGE, outcomeArea: 'other', status: 'active' });
    await refusal(client, 'organization.create', { name: 'x', sector: 'education' });
    const counts = db.$client
      .prepare('select (select count(*) from network) n, (select count(*) from partner_organization) o, (select count(*) from audit_log) a')
      .get();
    expect(counts).toEqual({ n: 2, o: 0, a: 0 });
  });
});
