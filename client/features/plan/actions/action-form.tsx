import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ACTION_REVIEW_FIELD_LABELS, ACTION_REVIEW_FIELDS, actionEditOutcome, type ActionReviewField, type PlanState } from '../../../../shared/domain/plan.ts';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, NODE_KIND_LABELS, type ActionStatus, type ActionUpdateInput } from '../../../../shared/schemas/plan.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC, type RouterOutputs } from '../../../lib/trpc.ts';
import { ACTION_FIELDS, actionFormSchema, toActionFields, toActionForm, type ActionFormValues } from './action-values.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import { buildTree, toDiagramNode } from '../../../../shared/domain/plan-tree.ts';
import { usePlan, useRefreshPlan, type Plan, type PlanAction } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

/** What the action pages say after a save. */
export type ActionPageState = { notice?: string } | null;

const EMPTY: ActionFormValues = { title: '', nodeId: '', ownerId: '', partnerOrganizationId: '', startDate: '', dueDate: '', status: 'not_started' };

type Members = RouterOutputs['member']['list'];
type Organizations = RouterOutputs['organization']['list'];
type Props = { action?: PlanAction; nodeId?: string; onCancel: () => void };
/** After a conflict: each field someone else changed, its newest value, and whether this person's is kept. */
type FieldConflicts = Partial<Record<keyof ActionFormValues, { value: string; kept: boolean }>>;

/**
 * Adding an action (without `action`) or editing one: for facilitators and leads. The fields
 * wait for the people and organizations to choose from: a select drawn before its options would
 * show "none" and save it.
 */
export function ActionForm(props: Props) {
  const { network } = usePlan();
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));
  const organizations = useQuery(trpc.organization.list.queryOptions());
  if (members.isError || organizations.isError) {
    const failed = members.isError ? members : organizations;
    return <ErrorState message={errorMessage(failed.error)} onRetry={() => void failed.refetch()} />;
  }
  if (!members.data || !organizations.data) return <LoadingState label="Loading people and organizations" />;
  return <ActionFields {...props} members={members.data} organizations={organizations.data} />;
}

function ActionFields({ action, nodeId, onCancel, members, organizations }: Props & { members: Members; organizations: Organizations }) {
  const { network, plan } = usePlan();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const navigate = useNavigate();
  const schema = useMemo(() => actionFormSchema(network.id), [network.id]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: action ? toActionForm(action) : { ...EMPTY, nodeId: nodeId ?? '' } });
  const { errors } = form.formState;

  // Editing builds on the version it opened. After a conflict it builds on the newest one:
  // fields this person had not touched take the newest values; where both changed a field, theirs
  // is kept and the newest value shows next to it.
  const versions = useStaleVersion<{ version: number; values: ActionFormValues } | null, FieldConflicts>(action ? { version: action.version, values: toActionForm(action) } : null);

  const create = useMutation(
    trpc.plan.addAction.mutationOptions({
      onSuccess: async (created) => {
        await refresh();
        const state: ActionPageState = { notice: `Action “${created.title}” is added.` };
        await navigate(paths.actions.href({ slug: network.slug }), { state });
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  // An edit to the agreed action (what, where, who, when) returns an approved or submitted plan
  // to draft: asked before saving, never found out afterwards.
  const [askDraft, setAskDraft] = useState<{ input: ActionUpdateInput; changed: ActionReviewField[] } | null>(null);
  const update = useMutation(
    trpc.plan.updateAction.mutationOptions({
      onSuccess: async (result, input) => {
        setAskDraft(null);
        await refresh();
        const notice = result.returnedToDraft
          ? 'Your changes are saved. The plan is a draft again: submit it for a lead to approve.'
          : plan.state === 'approved'
            ? 'Your changes are saved. The plan stays approved.'
            : 'Your changes are saved.';
        const state: ActionPageState = { notice };
        await navigate(paths.action.href({ slug: network.slug, actionId: input.actionId }), { state });
      },
      onError: async (error, input) => {
        setAskDraft(null);
        if (!isStaleVersion(error)) return applyServerErrors(form, error);
        const fresh = (await refresh())?.actions.find((a) => a.id === input.actionId);
        const seen = versions.seen;
        if (!fresh || !seen) return applyServerErrors(form, error);
        const now = toActionForm(fresh);
        const mine = form.getValues();
        const changed: FieldConflicts = {};
        for (const f of ACTION_FIELDS.filter((f) => now[f] !== seen.values[f])) {
          const kept = mine[f] !== seen.values[f] && mine[f] !== now[f];
          if (!kept) form.setValue(f, now[f], { shouldDirty: true });
          changed[f] = { value: now[f], kept };
        }
        versions.refused({ version: fresh.version, values: now }, changed);
      },
    }),
  );

  function submit(v: ActionFormValues) {
    const fields = toActionFields(v);
    const seen = versions.seen;
    if (action && seen) {
      versions.clear();
      const input = { networkId: network.id, actionId: action.id, version: seen.version, ...fields };
      const outcome = actionEditOutcome(plan.state, toActionFields(seen.values), fields);
      if (outcome.returnsToDraft) setAskDraft({ input, changed: outcome.changed });
      else update.mutate(input);
    } else {
      create.mutate({ networkId: network.id, ...fields });
    }
  }

  // Choosing an owner fills in the organization they represent, unless one is chosen already.
  const owner = form.register('ownerId', {
    onChange: (e: ChangeEvent<HTMLSelectElement>) => {
      const member = members.find((m) => m.userId === e.target.value);
      if (member?.organizationId && !form.getValues('partnerOrganizationId')) {
        form.setValue('partnerOrganizationId', String(member.organizationId));
      }
    },
  });

  // The diagram in order, built once a render for the dropdown, its hint and conflict messages.
  const nodes = nodeOptions(plan);
  const names = {
    nodeId: (id: string) => nodes.find((o) => String(o.id) === id)?.label ?? 'Not linked',
    ownerId: (id: string) => members.find((m) => m.userId === id)?.name ?? 'No owner',
    partnerOrganizationId: (id: string) => organizations.find((o) => String(o.id) === id)?.name ?? 'None',
    startDate: (d: string) => (d ? formatShortDay(d) : 'No date'),
    dueDate: (d: string) => (d ? formatShortDay(d) : 'No date'),
    status: (s: string) => ACTION_STATUS_LABELS[s as ActionStatus] ?? s,
    title: (t: string) => `“${t}”`,
  } satisfies Record<keyof ActionFormValues, (v: string) => string>;
  // A change idea's whole title rarely fits a dropdown on a phone: the chosen one is spelled out below it.
  const chosenNode = useWatch({ control: form.control, name: 'nodeId' });
  const linked = nodes.find((o) => String(o.id) === chosenNode);
  const linkedHint = linked ? `Linked to ${linked.label}.` : 'What in the driver diagram this action moves.';
  const newest = (f: keyof ActionFormValues) => {
    const c = versions.theirs?.[f];
    if (!c) return undefined;
    return c.kept ? `Someone else changed this to: ${names[f](c.value)}. Yours is kept.` : 'Someone else changed this: the newest value is filled in.';
  };

  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      {versions.stale && (
        <StaleNotice title="Someone changed this action while you were editing">
          Nothing was saved. What you changed is kept; the fields only they changed now show their newest values. Look it over and save
          again.
        </StaleNotice>
      )}
      {action && <ReviewRule state={plan.state} />}
      <Field label="What will be done" hint={newest('title')} error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field label="Linked driver or change idea" hint={newest('nodeId') ?? linkedHint} error={errors.nodeId?.message}>
        {(p) => (
          <Select {...p} {...form.register('nodeId')}>
            <option value="">Not linked</option>
            {nodes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.indent}
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Owner" hint={newest('ownerId')} error={errors.ownerId?.message}>
          {(p) => (
            <Select {...p} {...owner}>
              <option value="">No owner yet</option>
              {action?.ownerId && !members.some((m) => m.userId === action.ownerId) && (
                <option value={action.ownerId}>{action.ownerName ?? 'Someone'} (no longer in the network)</option>
              )}
              {members
                .filter((m) => !m.deactivated || m.userId === action?.ownerId)
                .map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                    {/* Only two people of one name need their organization to tell them apart. */}
                    {m.organizationName && members.some((o) => o.userId !== m.userId && o.name === m.name) ? ` (${m.organizationName})` : ''}
                  </option>
                ))}
            </Select>
          )}
        </Field>
        <Field label="Partner organization" hint={newest('partnerOrganizationId')} error={errors.partnerOrganizationId?.message}>
          {(p) => (
            <Select {...p} {...form.register('partnerOrganizationId')}>
              <option value="">None</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Start date (optional)" hint={newest('startDate')} error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('startDate')} />}
        </Field>
        <Field label="Due date (optional)" hint={newest('dueDate')} error={errors.dueDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('dueDate')} />}
        </Field>
        <Field label="Status" hint={newest('status')} error={errors.status?.message}>
          {(p) => (
            <Select {...p} {...form.register('status')}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={create.isPending || update.isPending} pendingLabel="Saving…">
        {action ? 'Save changes' : 'Add action'}
      </FormActions>
      {askDraft && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setAskDraft(null)}
          title="Return the plan to draft?"
          description={
            <p>
              You changed {listWords(askDraft.changed.map((f) => ACTION_REVIEW_FIELD_LABELS[f]))}. The plan is{' '}
              {plan.state === 'approved' ? 'approved' : 'waiting for a lead’s review'}: saving this returns it to draft, and a lead approves it again
              after it is submitted.
            </p>
          }
          confirmLabel="Save and return to draft"
          pending={update.isPending}
          onConfirm={() => update.mutate(askDraft.input)}
        />
      )}
    </form>
  );
}

/** The rule, shown where the edit is made: which changes need a lead's approval again. */
function ReviewRule({ state }: { state: PlanState }) {
  const parts = listWords(ACTION_REVIEW_FIELDS.map((f) => ACTION_REVIEW_FIELD_LABELS[f]));
  if (state === 'approved' || state === 'in_review') {
    return (
      <Alert tone="info">
        The plan is {state === 'approved' ? 'approved' : 'waiting for a lead’s review'}. Changing {parts} returns it to draft, for a lead to approve again.
        Status does not: the plan stays {state === 'approved' ? 'approved' : 'submitted'}.
      </Alert>
    );
  }
  return <p className="text-sm text-slate-600">Once the plan is approved, changing {parts} needs a lead’s approval again; status does not.</p>;
}

/** 'a, b and c'. */
function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Drivers and change ideas in diagram order, indented by level; a retired one only if it is linked already. */
function nodeOptions(plan: Plan) {
  const tree = buildTree(plan.nodes.map(toDiagramNode));
  const out: { id: number; label: string; indent: string }[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const node of tree.children(parentId)) {
      out.push({ id: node.id, label: `${NODE_KIND_LABELS[node.kind]}: ${node.title}`, indent: '\u00a0\u00a0\u00a0'.repeat(depth) });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  for (const node of plan.nodes) {
    if (!tree.isVisible(node.id) && plan.actions.some((a) => a.nodeId === node.id)) {
      out.push({ id: node.id, label: `${NODE_KIND_LABELS[node.kind]}: ${node.title} (retired)`, indent: '' });
    }
  }
  return out;
}
