// The Kindergarten Readiness action plan: an approved driver diagram with actions in every status,
// approved twice: a first round after a lead's requested change, and a second with a new change idea.
import type { ActionStatus } from '../../../shared/schemas/plan.ts';
import type { SessionUser } from '../../context.ts';
import { createAction, reportProgress, updateAction } from '../../services/plan-actions.ts';
import { createNode } from '../../services/plan-nodes.ts';
import { reviewStep } from '../../services/plan-review.ts';
import type { Db } from '../client.ts';

type People = { lead: SessionUser; facilitator: SessionUser; owners: Record<string, SessionUser> };

const DIAGRAM: [string, [string, string[]][]][] = [
  [
    'Families know what kindergarten readiness means and how to support it',
    [
      ['Clear, shared readiness messages in every family’s language', ['Readiness nights at branch libraries', 'Text-message tips for parents of four-year-olds']],
      ['Pediatricians talk about readiness at well-child visits', ['Readiness checklist in the 4-year well-child visit']],
    ],
  ],
  [
    'Children attend quality early learning before kindergarten',
    [
      ['Families can find and afford a pre-K seat', ['Pre-K enrollment fair each spring', 'Help with pre-K subsidy applications']],
      ['Home-based child care providers have training and support', ['Monthly playgroups with family child care providers']],
    ],
  ],
  ['Smooth transitions from early learning into kindergarten', [['Schools know each child before the first day', ['Summer transition camp', 'Pre-K to K teacher handoff meetings']]]],
];

// idea title, action, owner login, organization, start, due, status, progress note
const ACTIONS: [string, string, string, string, string, string, ActionStatus, string][] = [
  ['Readiness nights at branch libraries', 'Hold readiness nights at the three branch libraries', 'aisha', 'Northgate Public Library', '2026-01-10', '2026-05-30', 'done', 'Held six nights; 212 families came, 40% Spanish-speaking.'],
  ['Text-message tips for parents of four-year-olds', 'Launch weekly readiness text tips in English and Spanish', 'lena', 'Family Resource Center of the Valley', '2026-03-01', '2026-09-30', 'in_progress', '1,150 families signed up; Vietnamese version in translation.'],
  ['Readiness checklist in the 4-year well-child visit', 'Add the readiness checklist to the clinic’s 4-year visit', 'tom', 'Riverside Community Health Clinic', '2026-02-01', '2026-06-30', 'blocked', 'Waiting for the EHR vendor to add the form.'],
  ['Pre-K enrollment fair each spring', 'Run the spring pre-K enrollment fair', 'rosa', 'Parent Leadership Council', '2026-02-15', '2026-04-30', 'done', 'Fair held April 12: 96 applications started on site.'],
  ['Help with pre-K subsidy applications', 'Train church volunteers to help with subsidy applications', 'david', 'Grace Community Church', '2026-04-01', '2026-08-31', 'in_progress', 'Eight volunteers trained; sessions after Sunday service.'],
  ['Monthly playgroups with family child care providers', 'Start monthly playgroups with home-based providers', 'lena', 'Family Resource Center of the Valley', '2026-05-01', '2026-09-15', 'not_started', ''],
  ['Summer transition camp', 'Two-week summer transition camp at Lincoln and Maple Grove', 'maria', 'Eastside Unified School District', '2026-03-01', '2026-08-01', 'in_progress', 'Camp ran in July; attendance data due from the district.'],
  ['Pre-K to K teacher handoff meetings', 'Pilot pre-K to K teacher handoff meetings', 'maria', 'Eastside Unified School District', '2026-01-15', '2026-03-31', 'dropped', 'Teachers could not be released in spring; folded into the summer camp instead.'],
];

export function loadKindergartenPlan(db: Db, networkId: number, people: People, organizationIds: Record<string, number>) {
  const ideas = new Map<string, number>();
  let transitionDriver = 0;
  for (const [primaryTitle, secondaries] of DIAGRAM) {
    const primary = createNode(db, people.facilitator, { networkId, parentId: null, title: primaryTitle });
    for (const [secondaryTitle, ideaTitles] of secondaries) {
      const secondary = createNode(db, people.facilitator, { networkId, parentId: primary.id, title: secondaryTitle });
      transitionDriver = secondary.id; // the last one: schools know each child
      for (const title of ideaTitles) ideas.set(title, createNode(db, people.facilitator, { networkId, parentId: secondary.id, title }).id);
    }
  }
  let planVersion = 0;
  const created: { id: number; owner: SessionUser; status: ActionStatus; note: string }[] = [];
  for (const [idea, title, login, organization, startDate, dueDate, status, note] of ACTIONS) {
    const owner = people.owners[login]!;
    const action = createAction(db, people.facilitator, {
      networkId,
      title,
      nodeId: ideas.get(idea)!,
      ownerId: owner.id,
      partnerOrganizationId: organizationIds[organization]!,
      startDate,
      dueDate,
      status: 'not_started',
    });
    planVersion = action.planVersion;
    created.push({ id: action.id, owner, status, note });
  }
  const camp = created[6]!;
  reviewStep(db, people.facilitator, 'submit', { networkId, planVersion, note: 'First plan for the board' });
  reviewStep(db, people.lead, 'request_changes', {
    networkId,
    planVersion,
    comments: [{ target: 'action', targetId: camp.id, body: 'Give the summer camp a realistic due date: the district’s attendance data arrives mid-August.' }],
  });
  // The facilitator moves the camp's due date as the lead asked; then progress arrives from the owners.
  const moved = updateAction(db, people.facilitator, {
    networkId,
    actionId: camp.id,
    version: 1,
    title: ACTIONS[6]![1],
    nodeId: ideas.get(ACTIONS[6]![0])!,
    ownerId: camp.owner.id,
    partnerOrganizationId: organizationIds[ACTIONS[6]![3]]!,
    startDate: ACTIONS[6]![4],
    dueDate: '2026-08-15',
    status: 'not_started',
  });
  reviewStep(db, people.facilitator, 'submit', { networkId, planVersion: moved.planVersion!, note: 'Moved the summer camp’s due date, as asked' });
  reviewStep(db, people.lead, 'approve', { networkId, planVersion: moved.planVersion!, note: 'Approved at the February partner meeting.' });
  for (const action of created) {
    if (action.status === 'not_started') continue;
    const version = action === camp ? 2 : 1;
    reportProgress(db, action.owner, { role: 'member', isAdmin: false, networkId }, { networkId, actionId: action.id, version, status: action.status, note: action.note });
  }
  // A second round: a new change idea, submitted and approved, so the history holds two snapshots.
  const added = createNode(db, people.facilitator, { networkId, parentId: transitionDriver, title: 'Kindergarten teachers visit pre-K classrooms in May' });
  reviewStep(db, people.facilitator, 'submit', { networkId, planVersion: added.planVersion, note: 'Added the classroom visits from the October meeting' });
  reviewStep(db, people.lead, 'approve', { networkId, planVersion: added.planVersion, note: 'Approved at the October partner meeting.' });
}
