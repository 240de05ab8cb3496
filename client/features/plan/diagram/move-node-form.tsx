import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Field } from '../../../components/ui/field.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { buildTree, toDiagramNode, type DiagramNode } from '../../../../shared/domain/plan-tree.ts';
import { useRefreshPlan, type Plan, type PlanNode } from '../use-plan.ts';

/** The active parents a node may move under: nodes of its parent's level, grouped by their own parent. */
export function moveTargets(plan: Plan, node: PlanNode): { group: DiagramNode | null; parents: DiagramNode[] }[] {
  const tree = buildTree(plan.nodes.map(toDiagramNode));
  const eligible = (n: DiagramNode) => n.id !== node.parentId;
  if (node.kind === 'secondary') return [{ group: null, parents: tree.children(null).filter(eligible) }].filter((g) => g.parents.length);
  if (node.kind === 'change_idea') {
    return tree
      .children(null)
      .map((primary) => ({ group: primary, parents: tree.children(primary.id).filter(eligible) }))
      .filter((g) => g.parents.length);
  }
  return [];
}

/** Moves a driver or change idea under another parent of the right level, at the end of its list. */
export function MoveNodeForm({ plan, node, onDone, onCancel }: { plan: Plan; node: PlanNode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('plan');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const schema = useMemo(() => z.object({ parentId: z.string().min(1, t('move.required')) }), [t]);
  const groups = useMemo(() => moveTargets(plan, node), [plan, node]);
  const versions = useStaleVersion(node.version);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { parentId: '' } });
  const move = useMutation(
    trpc.plan.moveNode.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: async (error) => {
        const fresh = (await refresh())?.nodes.find((n) => n.id === node.id);
        if (!isStaleVersion(error)) return applyServerErrors(form, error);
        versions.refused(fresh?.version);
      },
    }),
  );
  const parentKind = node.kind === 'change_idea' ? 'secondary' : 'primary';
  const current = plan.nodes.find((n) => n.id === node.parentId);

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => {
        versions.clear();
        const parentId = Number(v.parentId);
        // Last under the new parent: the server places it among that parent's active children.
        const position = plan.nodes.filter((n) => n.parentId === parentId && n.retiredAt === null).length;
        move.mutate({ networkId: network.id, nodeId: node.id, version: versions.seen, parentId, position });
      })}
    >
      {versions.stale && (
        <StaleNotice title={t('move.stale.title')}>
          {current ? t('move.stale.bodyUnder', { title: current.title }) : t('move.stale.body')}
        </StaleNotice>
      )}
      {current && (
        <p className="text-sm text-slate-700">
          <Trans t={t} i18nKey="move.now" values={{ title: current.title }} components={{ strong: <strong className="font-semibold break-words" /> }} />
        </p>
      )}
      <Field label={t(`move.newParent.${parentKind}`)} hint={t('move.hint', { subject: t(`kind.subject.${node.kind}`) })} error={form.formState.errors.parentId?.message}>
        {(p) => (
          <Select {...p} data-autofocus {...form.register('parentId')}>
            <option value="">{t(`move.choose.${parentKind}`)}</option>
            {groups.map((g) =>
              g.group ? (
                <optgroup key={g.group.id} label={g.group.title} translate="no">
                  <ParentOptions parents={g.parents} />
                </optgroup>
              ) : (
                <ParentOptions key="all" parents={g.parents} />
              ),
            )}
          </Select>
        )}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={move.isPending} pendingLabel={t('move.pending')}>
        {t('move.submit')}
      </FormActions>
    </form>
  );
}

function ParentOptions({ parents }: { parents: DiagramNode[] }) {
  return parents.map((n) => (
    <option key={n.id} value={n.id} translate="no">
      {n.title}
    </option>
  ));
}
