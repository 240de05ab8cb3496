import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { childKind } from '../../../../shared/domain/plan.ts';
import { nodeCreateInput, nodeUpdateInput, type NodeKind } from '../../../../shared/schemas/plan.ts';
import { Field } from '../../../components/ui/field.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { useRefreshPlan, type PlanNode } from '../use-plan.ts';

const fields = { add: nodeCreateInput.pick({ title: true, description: true }), rename: nodeUpdateInput.pick({ title: true, description: true }) };

export function addDialogTitle(t: TFunction<'plan'>, parent: PlanNode | null): string {
  const kind = childKind(parent?.kind ?? null) ?? 'primary';
  return parent ? t(`node.addUnder.${kind}`, { parent: parent.title }) : t('node.add.primary');
}

/** Adds a node under a parent (null: a primary driver). */
export function AddNodeForm({ parent, onDone, onCancel }: { parent: PlanNode | null; onDone: (id: number) => void; onCancel: () => void }) {
  const { t } = useTranslation('plan');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const kind = childKind(parent?.kind ?? null) ?? 'primary';
  const form = useForm({ resolver: zodResolver(fields.add), defaultValues: { title: '', description: '' } });
  const add = useMutation(
    trpc.plan.addNode.mutationOptions({
      onSuccess: async (node) => {
        await refresh();
        onDone(node.id);
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  return (
    <NodeFields
      form={form}
      kind={kind}
      submitLabel={t(`node.add.${kind}`)}
      pending={add.isPending}
      onCancel={onCancel}
      onSubmit={(v) => add.mutate({ networkId: network.id, parentId: parent?.id ?? null, title: v.title, description: v.description || undefined })}
    />
  );
}

/**
 * Renames a node. If someone changed it meanwhile, the server refuses: the text typed here stays,
 * the newest name shows next to it, and saving again replaces it knowingly.
 */
export function RenameNodeForm({ node, onDone, onCancel }: { node: PlanNode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('plan');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const versions = useStaleVersion(node.version);
  const form = useForm({ resolver: zodResolver(fields.rename), defaultValues: { title: node.title, description: node.description } });
  const rename = useMutation(
    trpc.plan.renameNode.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: async (error) => {
        if (!isStaleVersion(error)) return applyServerErrors(form, error);
        // Saving again builds on the newest version, which now shows next to the kept text.
        const fresh = (await refresh())?.nodes.find((n) => n.id === node.id);
        versions.refused(fresh?.version);
      },
    }),
  );

  return (
    <NodeFields
      form={form}
      kind={node.kind}
      submitLabel={t('node.save')}
      pending={rename.isPending}
      onCancel={onCancel}
      onSubmit={(v) => {
        versions.clear();
        rename.mutate({ networkId: network.id, nodeId: node.id, version: versions.seen, title: v.title, description: v.description ?? '' });
      }}
      notice={
        versions.stale && (
          <StaleNotice title={t('node.stale.title')}>
            <Trans
              t={t}
              i18nKey={node.description ? 'node.stale.nowWithDescription' : 'node.stale.now'}
              values={{ title: node.title, description: node.description }}
              components={{ strong: <strong className="font-semibold break-words" />, span: <span className="break-words" /> }}
            />
          </StaleNotice>
        )
      }
    />
  );
}

type Values = { title: string; description?: string };

function NodeFields({
  form,
  kind,
  submitLabel,
  pending,
  notice,
  onSubmit,
  onCancel,
}: {
  form: UseFormReturn<Values>;
  kind: NodeKind;
  submitLabel: string;
  pending: boolean;
  notice?: ReactNode;
  onSubmit: (v: Values) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('plan');
  const { errors } = form.formState;
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(onSubmit)}>
      {notice}
      <Field label={t('node.name')} hint={t(`node.hint.${kind}`)} error={errors.title?.message}>
        {/* Straight into typing: the dialog's first control would otherwise be its close button. */}
        {(p) => <Input {...p} autoComplete="off" autoFocus data-autofocus {...form.register('title')} />}
      </Field>
      <Field label={t('node.description')} error={errors.description?.message}>
        {(p) => <Textarea {...p} {...form.register('description')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={pending} pendingLabel={t('node.saving')}>
        {submitLabel}
      </FormActions>
    </form>
  );
}
