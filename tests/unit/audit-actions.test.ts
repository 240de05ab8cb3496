import { describe, expect, it } from 'vitest';
import { describeAudit, type AuditEntry } from '../../client/features/audit/describe.ts';
import { wordsFor } from '../../server/i18n.ts';
import type { AuditEntry as LogEntry } from '../../server/services/audit.ts';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/audit-actions.ts';

// The audit page reads its words from one typed catalogue: recordAudit accepts only a catalogued
// action (TypeScript refuses any other), so every action a service can write has a sentence here.

const entry = (action: string, detail: Record<string, unknown> | null, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: new Date('2026-11-02T10:00:00Z'),
  action,
  entityType: 'network',
  entityId: '1',
  detail,
  networkId: 1,
  networkName: 'Kindergarten Readiness',
  actorName: 'Ana Ruiz',
  actorEmail: 'ana@example.org',
  subjectName: 'Sam Lee',
  ...extra,
});

// Checked by tsc (npx tsc --noEmit covers tests): an action missing from the catalogue does not compile.
// @ts-expect-error 'plan.archiveSomething' is not a catalogued action
const _refused: LogEntry = { actorId: null, action: 'plan.archiveSomething', entityType: 'driver_node', entityId: 1 };

const actions = Object.keys(AUDIT_ACTIONS) as AuditAction[];
const en = wordsFor('en');
const es = wordsFor('es');

describe('the audit catalogue', () => {
  it.each(actions)('%s describes its sample detail in plain words', (action) => {
    const { sample } = AUDIT_ACTIONS[action];
    const sentence = describeAudit(en, entry(action, sample));
    expect(sentence).not.toBe(action);
    expect(sentence).not.toMatch(/undefined|null|NaN|\[object|“”|\s{2}|\s$|^\s/);
    expect(sentence.length).toBeGreaterThan(10);
  });

  it('keeps the wording people already read', () => {
    expect(describeAudit(en, entry('member.changeRole', { from: 'member', to: 'lead' }))).toBe('changed Sam Lee’s role from member to lead');
    expect(describeAudit(en, entry('cycle.setStage', { title: 'Read aloud', from: 'in_progress', to: 'study' }))).toBe(
      'moved the PDSA cycle “Read aloud” from in progress to study',
    );
    expect(describeAudit(en, entry('report.publish', { title: 'Fall', number: 2 }))).toBe('published a correction (version 2) of the report “Fall”');
    expect(describeAudit(en, entry('report.export', { title: 'Fall', format: 'pdf', version: null }))).toBe('downloaded the draft of the report “Fall” as PDF');
    expect(describeAudit(en, entry('network.create', null))).toBe('created the network Kindergarten Readiness');
    expect(describeAudit(en, entry('member.remove', {}, { subjectName: null }))).toBe('removed someone from the network');
  });

  it.each(actions)('%s describes its sample detail in Spanish, not in English', (action) => {
    const { sample } = AUDIT_ACTIONS[action];
    const sentence = describeAudit(es, entry(action, sample));
    expect(sentence).not.toBe(describeAudit(en, entry(action, sample)));
    expect(sentence).not.toMatch(/undefined|null|NaN|\[object|“”|\s{2}|\s$|^\s|says\./);
  });

  it('says the main sentences in Spanish, with role, stage and status names from the common labels', () => {
    expect(describeAudit(es, entry('member.changeRole', { from: 'member', to: 'lead' }))).toBe('cambió el rol de Sam Lee de integrante a líder');
    expect(describeAudit(es, entry('cycle.setStage', { title: 'Leer en voz alta', from: 'plan', to: 'do' }))).toBe(
      'pasó el ciclo PDSA “Leer en voz alta” de planificar a hacer',
    );
    expect(describeAudit(es, entry('plan.reportProgress', { from: 'not_started', to: 'blocked' }))).toBe(
      `pasó una acción de ${es.t('common:labels.actionStatus.not_started').toLowerCase()} a ${es.t('common:labels.actionStatus.blocked').toLowerCase()}`,
    );
    expect(describeAudit(es, entry('user.rename', { from: 'Sam', to: 'Sam Lee' }))).toBe('cambió su nombre de “Sam” a “Sam Lee”');
    expect(describeAudit(es, entry('meeting.create', { title: 'Reunión de noviembre', date: '2026-11-12' }))).toBe(
      'agregó la reunión “Reunión de noviembre” del 12 de noviembre de 2026',
    );
    expect(describeAudit(es, entry('invitation.create', { role: 'facilitator', maxUses: 1 }))).toBe(
      'creó un enlace de invitación como facilitador(a) para 1 persona',
    );
    expect(describeAudit(es, entry('member.remove', {}, { subjectName: null }))).toBe('quitó a alguien de la red');
    expect(describeAudit(es, entry('user.language', { language: 'en' }))).toBe('eligió leer Needle en inglés');
    expect(describeAudit(es, entry('plan.archiveSomething', { title: 'x' }))).toBe('hizo un cambio (plan.archiveSomething)');
  });

  it('names dates, counts and languages in the reader’s formats', () => {
    expect(describeAudit(en, entry('meeting.create', { title: 'November meeting', date: '2026-11-12' }))).toBe(
      'added the meeting “November meeting” on November 12, 2026',
    );
    expect(describeAudit(en, entry('indicator.import', { rows: 1200, created: 1000, updated: 200 }))).toBe(
      'imported 1,200 measurements from a file (1,000 new, 200 updated)',
    );
    expect(describeAudit(en, entry('user.language', { language: 'es' }))).toBe('chose to read Needle in Spanish');
  });

  it('still shows something sensible for an action an older Needle wrote and this one no longer knows', () => {
    expect(describeAudit(en, entry('plan.archiveSomething', { title: 'x' }))).toBe('made a change (plan.archiveSomething)');
  });
});
