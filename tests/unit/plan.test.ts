import { describe, expect, it } from 'vitest';
import { describeChange } from '../../client/features/plan/labels.ts';
import { actionEditOutcome, childKind, isOverdue, localToday, planChanges, planState, reviewStepBlock, type PlanSnapshot } from '../../shared/domain/plan.ts';
import { wordsFor } from '../../server/i18n.ts';

const say = (block: ReturnType<typeof reviewStepBlock>, w = wordsFor('en')) => block && w.t(block.key);

describe('driver diagram levels', () => {
  it('reads aim → primary → secondary → change idea, and stops there', () => {
    expect(childKind(null)).toBe('primary');
    expect(childKind('primary')).toBe('secondary');
    expect(childKind('secondary')).toBe('change_idea');
    expect(childKind('change_idea')).toBeNull();
  });
});

describe('isOverdue', () => {
  it('is due before today and still open', () => {
    expect(isOverdue({ dueDate: '2026-11-22', status: 'in_progress' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueDate: '2026-11-23', status: 'not_started' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'done' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'dropped' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'blocked' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueDate: null, status: 'blocked' }, '2026-11-23')).toBe(false);
  });

  it('takes today in the local time zone', () => {
    // TZ is pinned to America/Chicago in the test config: 03:00 UTC is still the evening before.
    expect(localToday(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-23');
  });
});

describe('plan state and review steps', () => {
  it('speaks of the version a review saw; any later edit makes a draft', () => {
    expect(planState([], 0)).toBe('draft');
    expect(planState([{ kind: 'submitted', planVersion: 4 }], 4)).toBe('in_review');
    expect(planState([{ kind: 'submitted', planVersion: 4 }], 5)).toBe('draft');
    expect(planState([{ kind: 'changes_requested', planVersion: 4 }], 4)).toBe('changes_requested');
    expect(planState([{ kind: 'approved', planVersion: 6 }], 6)).toBe('approved');
  });

  it('refuses steps out of turn or against a version the person has not seen', () => {
    expect(say(reviewStepBlock('submit', 'draft', 3, 2))).toMatch(/changed since you opened it/);
    expect(say(reviewStepBlock('submit', 'draft', 0, 0))).toMatch(/empty/);
    expect(reviewStepBlock('submit', 'draft', 3, 3)).toBeNull();
    expect(reviewStepBlock('submit', 'changes_requested', 3, 3)).toBeNull();
    expect(say(reviewStepBlock('submit', 'in_review', 3, 3))).toMatch(/already waiting/);
    expect(say(reviewStepBlock('submit', 'approved', 3, 3))).toBe('This version is already approved.');
    expect(say(reviewStepBlock('approve', 'draft', 3, 3))).toMatch(/Only a plan submitted/);
    expect(reviewStepBlock('request_changes', 'in_review', 3, 3)).toBeNull();
  });

  it('says why in the reader\'s language', () => {
    const es = wordsFor('es');
    expect(say(reviewStepBlock('submit', 'draft', 3, 2), es)).toBe('El plan cambió desde que usted lo abrió. Revise primero el plan más reciente.');
    expect(say(reviewStepBlock('submit', 'in_review', 3, 3), es)).toBe('El plan ya está esperando revisión.');
    expect(say(reviewStepBlock('approve', 'draft', 3, 3), es)).toBe('Solo se puede aprobar o devolver un plan que se envió a revisión.');
  });
});

describe('planChanges', () => {
  const before: PlanSnapshot = {
    nodes: [
      { id: 1, parentId: null, kind: 'primary', title: 'Families', description: '', position: 0, retired: false },
      { id: 2, parentId: 1, kind: 'secondary', title: 'Messages', description: '', position: 0, retired: false },
    ],
    actions: [
      { id: 10, title: 'Readiness night', nodeId: 2, ownerName: 'Mo', organizationName: null, startDate: null, dueDate: '2026-10-01', status: 'not_started' },
      { id: 11, title: 'Flyers', nodeId: 2, ownerName: null, organizationName: null, startDate: null, dueDate: null, status: 'not_started' },
    ],
  };

  it('lists added, renamed, moved and retired nodes and changed actions, but not progress', () => {
    const after: PlanSnapshot = {
      nodes: [
        { ...before.nodes[0]!, title: 'Families and caregivers' },
        { ...before.nodes[1]!, retired: true, parentId: 3 },
        { id: 3, parentId: null, kind: 'primary', title: 'Early learning', description: '', position: 1, retired: false },
      ],
      actions: [{ ...before.actions[0]!, dueDate: '2026-11-01', status: 'done' }],
    };
    expect(planChanges(before, after)).toEqual([
      { kind: 'node_renamed', id: 1, nodeKind: 'primary', from: 'Families', to: 'Families and caregivers' },
      { kind: 'node_retired', id: 2, nodeKind: 'secondary', title: 'Messages' },
      { kind: 'node_moved', id: 2, nodeKind: 'secondary', title: 'Messages', from: 'Families', to: 'Early learning' },
      { kind: 'node_added', id: 3, nodeKind: 'primary', title: 'Early learning' },
      { kind: 'action_changed', id: 10, title: 'Readiness night', changes: [{ field: 'dueDate', from: '2026-10-01', to: '2026-11-01' }] },
      { kind: 'action_removed', id: 11, title: 'Flyers' },
    ]);
    expect(planChanges(before, { ...before, actions: before.actions.map((a) => ({ ...a, status: 'in_progress' as const })) })).toEqual([]);
  });

  it('gives each changed field of an action its old and new value, a driver by its title', () => {
    const after: PlanSnapshot = {
      nodes: [...before.nodes, { id: 3, parentId: 1, kind: 'secondary', title: 'Early learning', description: '', position: 1, retired: false }],
      actions: [{ ...before.actions[0]!, title: 'Readiness nights', nodeId: 3, ownerName: null, startDate: '2026-09-01' }, before.actions[1]!],
    };
    expect(planChanges(before, after)).toEqual([
      { kind: 'node_added', id: 3, nodeKind: 'secondary', title: 'Early learning' },
      {
        kind: 'action_changed',
        id: 10,
        title: 'Readiness nights',
        changes: [
          { field: 'title', from: 'Readiness night', to: 'Readiness nights' },
          { field: 'nodeId', from: 'Messages', to: 'Early learning' },
          { field: 'ownerName', from: 'Mo', to: null },
          { field: 'startDate', from: null, to: '2026-09-01' },
        ],
      },
    ]);
  });
});

describe('describeChange', () => {
  it('says which fields changed, in plain words, with the old and the new value', () => {
    const en = wordsFor('en');
    const sentence = describeChange(en, {
      kind: 'action_changed',
      id: 10,
      title: 'Summer camp at Lincoln',
      changes: [
        { field: 'title', from: 'Summer camp', to: 'Summer camp at Lincoln' },
        { field: 'dueDate', from: '2026-08-01', to: '2026-08-15' },
        { field: 'ownerName', from: null, to: 'Maria Delgado' },
      ],
    });
    expect(sentence).toBe(
      'Changed action “Summer camp at Lincoln”: renamed from “Summer camp”; due date moved from Aug 1, 2026 to Aug 15, 2026; owner set to Maria Delgado',
    );
    expect(sentence).not.toMatch(/the what will be done/);
    expect(describeChange(en, { kind: 'node_moved', id: 2, nodeKind: 'change_idea', title: 'Texts', from: 'Messages', to: null })).toBe('Moved change idea “Texts” from under “Messages” to the top of the diagram');
  });

  it('says the same in Spanish, with the reader\'s dates', () => {
    const es = wordsFor('es');
    expect(
      describeChange(es, {
        kind: 'action_changed',
        id: 10,
        title: 'Summer camp at Lincoln',
        changes: [
          { field: 'dueDate', from: '2026-08-01', to: '2026-08-15' },
          { field: 'ownerName', from: 'Ana', to: 'Maria Delgado' },
        ],
      }),
    ).toBe('Se cambió la acción “Summer camp at Lincoln”: la fecha límite pasó del 1 ago 2026 al 15 ago 2026; el responsable pasó de Ana a Maria Delgado');
    expect(describeChange(es, { kind: 'node_added', id: 3, nodeKind: 'change_idea', title: 'Texts' })).toBe('Se agregó la idea de cambio “Texts”');
    expect(describeChange(es, { kind: 'node_moved', id: 2, nodeKind: 'secondary', title: 'Texts', from: null, to: 'Families' })).toBe(
      'Se movió el impulsor secundario “Texts” de la parte de arriba del diagrama a debajo de “Families”',
    );
  });
});

describe('which action edits need the plan approved again', () => {
  const before = { title: 'Readiness night', nodeId: 3, ownerId: 'u1', partnerOrganizationId: null, startDate: null, dueDate: '2027-03-31', status: 'not_started' as const };
  it('keeps an approved plan approved when only the status changes', () => {
    expect(actionEditOutcome('approved', before, { ...before, status: 'in_progress' })).toEqual({ changed: [], returnsToDraft: false });
  });
  it('returns an approved or submitted plan to draft when what, where, who or when changes, naming the parts', () => {
    expect(actionEditOutcome('approved', before, { ...before, dueDate: '2027-05-31', ownerId: 'u2' })).toEqual({ changed: ['ownerId', 'dueDate'], returnsToDraft: true });
    expect(actionEditOutcome('in_review', before, { ...before, title: 'Readiness nights' }).returnsToDraft).toBe(true);
  });
  it('says nothing about returning to draft when the plan is a draft already', () => {
    expect(actionEditOutcome('draft', before, { ...before, nodeId: 4 })).toEqual({ changed: ['nodeId'], returnsToDraft: false });
  });
});
