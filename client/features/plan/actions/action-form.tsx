import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ChangeEvent } from 'react';
import type { TFunction } from 'i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ACTION_REVIEW_FIELDS, actionEditOutcome, type ActionReviewField, type PlanState } from '../../../../shared/domain/plan.ts';
import { ACTION_STATUSES, type ActionStatus, type ActionUpdateInput } from '../../../../shared/schemas/plan.ts';
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
import { useFormats } from '../../../lib/use-words.ts';
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
  const { t } = useTranslation('plan');
  const { network } = usePlan();
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ networkId: network.id }));
  const organizations = useQuery(trpc.organization.list.queryOptions());
  if (members.isError || organizations.isError) {
    const failed = members.isError ? members : organizations;
    return <ErrorState message={errorMessage(failed.error)} onRetry={() => void failed.refetch()} />;
  }
  if (!members.data || !organizations.data) return <LoadingState label={t('form.loading')} />;
  return <ActionFields {...props} members={members.data} organizations={organizations.data} />;
}

function ActionFields({ action, nodeId, onCancel, members, organizations }: Props & { members: Members; organizations: Organizations }) {
  const { t } = useTranslation(['plan', 'common']);
  const f = useFormats();
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
        const state: ActionPageState = { notice: t('form.added', { title: created.title }) };
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
          ? t('form.saved.draftAgain')
          : plan.state === 'approved'
            ? t('form.saved.staysApproved')
            : t('form.saved.plain');
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
  const nodes = nodeOptions(t, plan);
  const names = {
    nodeId: (id: string) => nodes.find((o) => String(o.id) === id)?.label ?? t('form.node.none'),
    ownerId: (id: string) => members.find((m) => m.userId === id)?.name ?? t('actions.noOwner'),
    partnerOrganizationId: (id: string) => organizations.find((o) => String(o.id) === id)?.name ?? t('form.organization.none'),
    startDate: (d: string) => (d ? f.shortDay(d) : t('form.noDate')),
    dueDate: (d: string) => (d ? f.shortDay(d) : t('form.noDate')),
    status: (s: string) => (ACTION_STATUSES.includes(s as ActionStatus) ? t(`common:labels.actionStatus.${s as ActionStatus}`) : s),
    title: (title: string) => t('form.quoted', { title }),
  } satisfies Record<keyof ActionFormValues, (v: string) => string>;
  // A change idea's whole title rarely fits a dropdown on a phone: the chosen one is spelled out below it.
  const chosenNode = useWatch({ control: form.control, name: 'nodeId' });
  const linked = nodes.find((o) => String(o.id) === chosenNode);
  const linkedHint = linked ? t('form.node.linked', { node: linked.label }) : t('form.node.hint');
  const newest = (f: keyof ActionFormValues) => {
    const c = versions.theirs?.[f];
    if (!c) return undefined;
    return c.kept ? t('form.conflict.kept', { value: names[f](c.value) }) : t('form.conflict.filled');
  };

  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      {versions.stale && (
        <StaleNotice title={t('form.stale.title')}>{t('form.stale.body')}</StaleNotice>
      )}
      {action && <ReviewRule state={plan.state} />}
      <Field label={t('form.title')} hint={newest('title')} error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field label={t('form.node.label')} hint={newest('nodeId') ?? linkedHint} error={errors.nodeId?.message}>
        {(p) => (
          <Select {...p} {...form.register('nodeId')}>
            <option value="">{t('form.node.none')}</option>
            {nodes.map((o) => (
              <option key={o.id} value={o.id} translate="no">
                {o.indent}
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('actions.filter.owner')} hint={newest('ownerId')} error={errors.ownerId?.message}>
          {(p) => (
            <Select {...p} {...owner}>
              <option value="">{t('actions.noOwnerYet')}</option>
              {action?.ownerId && !members.some((m) => m.userId === action.ownerId) && (
                <option value={action.ownerId}>{t('form.ownerGone', { name: action.ownerName ?? t('someone') })}</option>
              )}
              {members
                .filter((m) => !m.deactivated || m.userId === action?.ownerId)
                .map((m) => (
                  <option key={m.userId} value={m.userId} translate="no">
                    {m.name}
                    {/* Only two people of one name need their organization to tell them apart. */}
                    {m.organizationName && members.some((o) => o.userId !== m.userId && o.name === m.name) ? ` (${m.organizationName})` : ''}
                  </option>
                ))}
            </Select>
          )}
        </Field>
        <Field label={t('form.organization.label')} hint={newest('partnerOrganizationId')} error={errors.partnerOrganizationId?.message}>
          {(p) => (
            <Select {...p} {...form.register('partnerOrganizationId')}>
              <option value="">{t('form.organization.none')}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id} translate="no">
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('form.startDate')} hint={newest('startDate')} error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('startDate')} />}
        </Field>
        <Field label={t('form.dueDate')} hint={newest('dueDate')} error={errors.dueDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('dueDate')} />}
        </Field>
        <Field label={t('actions.filter.status')} hint={newest('status')} error={errors.status?.message}>
          {(p) => (
            <Select {...p} {...form.register('status')}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:labels.actionStatus.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={create.isPending || update.isPending} pendingLabel={t('node.saving')}>
        {action ? t('form.save') : t('actions.add')}
      </FormActions>
      {askDraft && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setAskDraft(null)}
          title={t('form.askDraft.title')}
          description={
            <p>
              {t(plan.state === 'approved' ? 'form.askDraft.approved' : 'form.askDraft.inReview', {
                fields: listWords(
                  t,
                  askDraft.changed.map((field) => t(`common:labels.actionReviewField.${field}`)),
                ),
              })}
            </p>
          }
          confirmLabel={t('form.askDraft.confirm')}
          pending={update.isPending}
          onConfirm={() => update.mutate(askDraft.input)}
        />
      )}
    </form>
  );
}

/** The rule, shown where the edit is made: which changes need a lead's approval again. */
function ReviewRule({ state }: { state: PlanState }) {
  const { t } = useTranslation(['plan', 'common']);
  const parts = listWords(
    t,
    ACTION_REVIEW_FIELDS.map((field) => t(`common:labels.actionReviewField.${field}`)),
  );
  if (state === 'approved' || state === 'in_review') {
    return <Alert tone="info">{t(state === 'approved' ? 'form.rule.approved' : 'form.rule.inReview', { parts })}</Alert>;
  }
  return <p className="text-sm text-slate-600">{t('form.rule.draft', { parts })}</p>;
}

/** 'a, b and c'. */
function listWords(t: TFunction<['plan', 'common']>, words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : t('form.list', { rest: words.slice(0, -1).join(', '), last: words.at(-1) });
}

/** Drivers and change ideas in diagram order, indented by level; a retired one only if it is linked already. */
function nodeOptions(t: TFunction<['plan', 'common']>, plan: Plan) {
  const tree = buildTree(plan.nodes.map(toDiagramNode));
  const out: { id: number; label: string; indent: string }[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const node of tree.children(parentId)) {
      out.push({ id: node.id, label: t('actions.linked', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title }), indent: '\u00a0\u00a0\u00a0'.repeat(depth) });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  for (const node of plan.nodes) {
    if (!tree.isVisible(node.id) && plan.actions.some((a) => a.nodeId === node.id)) {
      out.push({ id: node.id, label: t('actions.linkedRetired', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title }), indent: '' });
    }
  }
  return out;
}
