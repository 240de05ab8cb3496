// The Kindergarten Readiness action plan: an approved driver diagram with actions in every status,
// approved twice: a first round after a lead's requested change, and a second with a new change idea.
import type { ActionStatus } from '../../../shared/schemas/plan.ts';
import type { SessionUser } from '../../context.ts';
import { createAction, reportProgress, updateAction } from '../../services/plan-actions.ts';
import { createNode } from '../../services/plan-nodes.ts';
import { reviewStep } from '../../services/plan-review.ts';
import type { Db } from '../client.ts';
import { on } from './story-time.ts';
import { accessFor } from './access.ts';

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

type Step = [on: string, status: ActionStatus, note: string];

// idea title, action, owner login, organization, start, due, and the owner's progress reports
// through the year (each dated inside the story, so every report sees the status of its day).
const ACTIONS: [string, string, string, string, string, string, Step[]][] = [
  ['Readiness nights at branch libraries', 'Hold readiness nights at the three branch libraries', 'aisha', 'Northgate Public Library', '2026-01-10', '2026-05-30', [
    ['2026-01-20', 'in_progress', 'First readiness night of the plan held at Northgate; the other two branches follow in March.'],
    ['2026-05-28', 'done', 'Held six nights; 212 families came, 40% Spanish-speaking.'],
  ]],
  ['Text-message tips for parents of four-year-olds', 'Launch weekly readiness text tips in English and Spanish', 'lena', 'Family Resource Center of the Valley', '2026-03-01', '2026-09-30', [
    ['2026-03-05', 'in_progress', 'First tips sent in English and Spanish to families from the readiness nights.'],
  ]],
  ['Readiness checklist in the 4-year well-child visit', 'Add the readiness checklist to the clinic’s 4-year visit', 'tom', 'Riverside Community Health Clinic', '2026-02-01', '2026-06-30', [
    ['2026-02-16', 'in_progress', 'Paper checklist handed out at every 4-year visit.'],
    ['2026-06-22', 'blocked', 'The paper checklist is in use; putting it in the electronic record waits for the EHR vendor to add the form.'],
  ]],
  ['Pre-K enrollment fair each spring', 'Run the spring pre-K enrollment fair', 'rosa', 'Parent Leadership Council', '2026-02-15', '2026-04-30', [
    ['2026-02-17', 'in_progress', 'Booked the Lincoln gym for April 12; help slots for applications planned.'],
    ['2026-04-14', 'done', 'Fair held April 12: 96 applications started on site.'],
  ]],
  ['Help with pre-K subsidy applications', 'Train church volunteers to help with subsidy applications', 'david', 'Grace Community Church', '2026-04-01', '2026-08-31', [
    ['2026-04-20', 'in_progress', 'Eight volunteers trained; sessions after Sunday service.'],
  ]],
  ['Monthly playgroups with family child care providers', 'Start monthly playgroups with home-based providers', 'lena', 'Family Resource Center of the Valley', '2026-05-01', '2026-09-15', []],
  ['Summer transition camp', 'Two-week summer transition camp at Lincoln and Maple Grove', 'maria', 'Eastside Unified School District', '2026-03-01', '2026-08-01', [
    ['2026-07-14', 'in_progress', 'Jumpstart opened July 13 at both schools; attendance data due from the district in August.'],
    ['2026-08-12', 'done', 'Attendance data is in: 52 of 81 children came 8 or more days. Transport decided who came.'],
  ]],
  ['Pre-K to K teacher handoff meetings', 'Pilot pre-K to K teacher handoff meetings', 'maria', 'Eastside Unified School District', '2026-01-15', '2026-03-31', [
    ['2026-03-31', 'dropped', 'Teachers could not be released in spring; folded into the summer camp instead.'],
  ]],
];

export function loadKindergartenPlan(db: Db, networkId: number, people: People, organizationIds: Record<string, number>) {
  const ideas = new Map<string, number>();
  let transitionDriver = 0;
  let planVersion = 0;
  const created: { id: number; version: number; owner: SessionUser; steps: Step[] }[] = [];
  // James drafts the diagram and the actions in early January, for the January meeting.
  on(db, '2026-01-08', () => {
    for (const [primaryTitle, secondaries] of DIAGRAM) {
      const primary = createNode(db, people.facilitator, accessFor(db, people.facilitator, networkId), { parentId: null, title: primaryTitle });
      for (const [secondaryTitle, ideaTitles] of secondaries) {
        const secondary = createNode(db, people.facilitator, accessFor(db, people.facilitator, networkId), { parentId: primary.id, title: secondaryTitle });
        transitionDriver = secondary.id; // the last one: schools know each child
        for (const title of ideaTitles) ideas.set(title, createNode(db, people.facilitator, accessFor(db, people.facilitator, networkId), { parentId: secondary.id, title }).id);
      }
    }
    for (const [idea, title, login, organization, startDate, dueDate, steps] of ACTIONS) {
      const owner = people.owners[login]!;
      const action = createAction(db, people.facilitator, accessFor(db, people.facilitator, networkId), {
        title,
        nodeId: ideas.get(idea)!,
        ownerId: owner.id,
        partnerOrganizationId: organizationIds[organization]!,
        startDate,
        dueDate,
        status: 'not_started',
      });
      planVersion = action.planVersion;
      created.push({ id: action.id, version: 1, owner, steps });
    }
  });
  const camp = created[6]!;
  on(db, '2026-01-20', () => reviewStep(db, people.facilitator, accessFor(db, people.facilitator, networkId), { step: 'submit', planVersion, note: 'First plan for the board' }));
  on(db, '2026-01-27', () =>
    reviewStep(db, people.lead, accessFor(db, people.lead, networkId), {
      step: 'request_changes',
      planVersion,
      comments: [{ target: 'action', targetId: camp.id, body: 'Give the summer camp a realistic due date: the district’s attendance data arrives mid-August.' }],
    }),
  );
  // The facilitator moves the camp's due date as the lead asked; the lead approves at the February meeting.
  const moved = on(db, '2026-02-02', () => {
    const result = updateAction(db, people.facilitator, accessFor(db, people.facilitator, networkId), {
      actionId: camp.id,
      version: camp.version,
      title: ACTIONS[6]![1],
      nodeId: ideas.get(ACTIONS[6]![0])!,
      ownerId: camp.owner.id,
      partnerOrganizationId: organizationIds[ACTIONS[6]![3]]!,
      startDate: ACTIONS[6]![4],
      dueDate: '2026-08-15',
      status: 'not_started',
    });
    reviewStep(db, people.facilitator, accessFor(db, people.facilitator, networkId), { step: 'submit', planVersion: result.planVersion!, note: 'Moved the summer camp’s due date, as asked' });
    return result;
  });
  camp.version += 1;
  on(db, '2026-02-10 18:30', () => reviewStep(db, people.lead, accessFor(db, people.lead, networkId), { step: 'approve', planVersion: moved.planVersion!, note: 'Approved at the February partner meeting.' }));

  // Progress arrives from the owners through the year, in the order it happened.
  const reports = created.flatMap((action) => action.steps.map((step) => ({ action, step }))).sort((a, b) => a.step[0].localeCompare(b.step[0]));
  for (const { action, step: [day, status, note] } of reports) {
    on(db, day, () => reportProgress(db, action.owner, accessFor(db, action.owner, networkId), { actionId: action.id, version: action.version, status, note }));
    action.version += 1;
  }
  // A second round at the October meeting: a new change idea, added and approved that evening.
  on(db, '2026-10-13 18:00', () => {
    const added = createNode(db, people.facilitator, accessFor(db, people.facilitator, networkId), { parentId: transitionDriver, title: 'Kindergarten teachers visit pre-K classrooms in May' });
    reviewStep(db, people.facilitator, accessFor(db, people.facilitator, networkId), { step: 'submit', planVersion: added.planVersion, note: 'Added the classroom visits from the October meeting' });
    reviewStep(db, people.lead, accessFor(db, people.lead, networkId), { step: 'approve', planVersion: added.planVersion, note: 'Approved at the October partner meeting.' });
  });
}
