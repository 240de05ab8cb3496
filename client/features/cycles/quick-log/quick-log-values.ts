import { z } from 'zod';
import { quickLogInput, type Decision } from '../../../../shared/schemas/cycle.ts';
import type { RouterOutputs } from '../../../lib/trpc.ts';
import { buildTree, toDiagramNode } from '../../../../shared/domain/plan-tree.ts';

// The form holds what its controls hold (strings; '' for "none" and for "not decided yet"); the
// shared schema checks what will be sent, so its messages and the server's land on the same fields.
export const quickLogFormShape = z.object({
  title: z.string(),
  changeIdeaId: z.string(),
  meetingId: z.string(),
  whatWeTried: z.string(),
  whatWeLearned: z.string(),
  decision: z.string(),
});

export type QuickLogFormValues = z.infer<typeof quickLogFormShape>;
const FIELDS = Object.keys(quickLogFormShape.shape) as (keyof QuickLogFormValues)[];

export const EMPTY_QUICK_LOG: QuickLogFormValues = { title: '', changeIdeaId: '', meetingId: '', whatWeTried: '', whatWeLearned: '', decision: '' };

export function toQuickLogFields(v: QuickLogFormValues) {
  return {
    title: v.title,
    changeIdeaId: v.changeIdeaId ? Number(v.changeIdeaId) : null,
    meetingId: v.meetingId ? Number(v.meetingId) : null,
    whatWeTried: v.whatWeTried,
    whatWeLearned: v.whatWeLearned,
    decision: v.decision ? (v.decision as Decision) : null,
  };
}

const fieldsSchema = quickLogInput.omit({ networkId: true, clientId: true });

export const quickLogFormSchema = quickLogFormShape.superRefine((v, ctx) => {
  const result = fieldsSchema.safeParse(toQuickLogFields(v));
  for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

/** Whether the person has written or chosen anything (a preselected meeting alone is not their work). */
export function hasContent(v: QuickLogFormValues): boolean {
  return Boolean(v.title.trim() || v.whatWeTried.trim() || v.whatWeLearned.trim() || v.decision || v.changeIdeaId);
}

export function sameValues(a: QuickLogFormValues, b: QuickLogFormValues): boolean {
  return FIELDS.every((f) => a[f] === b[f]);
}

type PlanNode = RouterOutputs['plan']['get']['nodes'][number];

/** The change ideas in diagram order; a retired one only when it is already chosen. */
export function changeIdeaOptions(nodes: readonly PlanNode[], chosen: string): { id: number; title: string; retired?: true }[] {
  const tree = buildTree(nodes.map(toDiagramNode));
  const out: { id: number; title: string; retired?: true }[] = [];
  const walk = (parentId: number | null) => {
    for (const node of tree.children(parentId)) {
      if (node.kind === 'change_idea') out.push({ id: node.id, title: node.title });
      walk(node.id);
    }
  };
  walk(null);
  const kept = nodes.find((n) => String(n.id) === chosen && n.kind === 'change_idea');
  if (kept && !out.some((o) => o.id === kept.id)) out.push({ id: kept.id, title: kept.title, retired: true });
  return out;
}
