import { describe, expect, it } from 'vitest';
import { describeAudit, type AuditEntry } from '../../client/features/audit/describe.ts';
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

describe('the audit catalogue', () => {
  it.each(actions)('%s describes its sample detail in plain words', (action) => {
    const { sample } = AUDIT_ACTIONS[action];
    const sentence = describeAudit(entry(action, sample));
    expect(sentence).not.toBe(action);
    expect(sentence).not.toMatch(/undefined|null|NaN|\[object|“”|\s{2}|\s$|^\s/);
    expect(sentence.length).toBeGreaterThan(10);
  });

  it('keeps the wording people already read', () => {
    expect(describeAudit(entry('member.changeRole', { from: 'member', to: 'lead' }))).toBe('changed Sam Lee’s role from member to lead');
    expect(describeAudit(entry('cycle.setStage', { title: 'Read aloud', from: 'in_progress', to: 'study' }))).toBe(
      'moved the PDSA cycle “Read aloud” from in progress to study',
    );
    expect(describeAudit(entry('report.publish', { title: 'Fall', number: 2 }))).toBe('published a correction (version 2) of the report “Fall”');
    expect(describeAudit(entry('report.export', { title: 'Fall', format: 'pdf', version: null }))).toBe('downloaded the draft of the report “Fall” as PDF');
    expect(describeAudit(entry('network.create', null))).toBe('created the network Kindergarten Readiness');
    expect(describeAudit(entry('member.remove', {}, { subjectName: null }))).toBe('removed someone from the network');
  });

  it('still shows something sensible for an action an older Needle wrote and this one no longer knows', () => {
    expect(describeAudit(entry('plan.archiveSomething', { title: 'x' }))).toBe('made a change (plan.archiveSomething)');
  });
});
