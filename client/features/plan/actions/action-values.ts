import { z } from 'zod';
import { actionCreateInput, type ActionStatus } from '../../../../shared/schemas/plan.ts';
import type { PlanAction } from '../use-plan.ts';

// The form holds what its controls hold (strings; '' for "none"); the shared input schema checks
// what will be sent, so its messages (and the server's) land on the fields of the same names.
const formShape = z.object({
  title: z.string(),
  nodeId: z.string(),
  ownerId: z.string(),
  partnerOrganizationId: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  status: z.string(),
});

export type ActionFormValues = z.infer<typeof formShape>;
export const ACTION_FIELDS = Object.keys(formShape.shape) as (keyof ActionFormValues)[];

export function toActionFields(v: ActionFormValues) {
  return {
    title: v.title,
    nodeId: v.nodeId ? Number(v.nodeId) : null,
    ownerId: v.ownerId || null,
    partnerOrganizationId: v.partnerOrganizationId ? Number(v.partnerOrganizationId) : null,
    startDate: v.startDate || null,
    dueDate: v.dueDate || null,
    status: v.status as ActionStatus,
  };
}

export function toActionForm(a: PlanAction): ActionFormValues {
  return {
    title: a.title,
    nodeId: a.nodeId === null ? '' : String(a.nodeId),
    ownerId: a.ownerId ?? '',
    partnerOrganizationId: a.partnerOrganizationId === null ? '' : String(a.partnerOrganizationId),
    startDate: a.startDate ?? '',
    dueDate: a.dueDate ?? '',
    status: a.status,
  };
}

export function actionFormSchema(networkId: number) {
  return formShape.superRefine((v, ctx) => {
    const result = actionCreateInput.safeParse({ networkId, ...toActionFields(v) });
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
}
