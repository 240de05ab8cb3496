import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { reviewCommentSchema } from '../../../../shared/schemas/plan.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
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
import { Textarea } from '../../../components/ui/textarea.tsx';
import { buildTree, toDiagramNode, type DiagramNode } from '../../../../shared/domain/plan-tree.ts';
import { useRefreshPlan, type Plan } from '../use-plan.ts';

// One select says what a comment is about: 'plan', 'node:12' or 'action:7'.
function target(about: string): { target: 'plan' | 'node' | 'action'; targetId: number | null } {
  const [kind, id] = about.split(':');
  if (kind === 'node' || kind === 'action') return { target: kind, targetId: Number(id) };
  return { target: 'plan', targetId: null };
}

// The form keeps the input's shape (comments.0.body …) so the server's field errors land on the
// right control; only "about" differs: one select instead of a target and its id.
const formSchema = z.object({
  comments: z.array(z.object({ about: z.string(), body: reviewCommentSchema.shape.body })),
});

/** A lead's comments, each about the whole plan or one node or action. Kept open like the other review steps. */
export function RequestChangesDialog({ plan, open, onOpenChange, onDone }: { plan: Plan; open: boolean; onOpenChange: (open: boolean) => void; onDone: (notice: string) => void }) {
  const { t } = useTranslation('plan');
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('status.requestChanges')}
      description={t('request.description')}
    >
      {open && (
        <RequestChangesForm
          plan={plan}
          onCancel={() => onOpenChange(false)}
          onDone={() => {
            onOpenChange(false);
            onDone(t('request.done'));
          }}
        />
      )}
    </Dialog>
  );
}

function RequestChangesForm({ plan, onCancel, onDone }: { plan: Plan; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation('plan');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const refresh = useRefreshPlan();
  const versions = useStaleVersion(plan.version);
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { comments: [{ about: 'plan', body: '' }] } });
  const comments = useFieldArray({ control: form.control, name: 'comments' });
  const send = useMutation(
    trpc.plan.requestChanges.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: async (error) => {
        const fresh = await refresh();
        if (!isStaleVersion(error)) return applyServerErrors(form, error);
        versions.refused(fresh?.version);
      },
    }),
  );
  const errors = form.formState.errors.comments;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => {
        versions.clear();
        send.mutate({ networkId: network.id, planVersion: versions.seen, comments: v.comments.map((c) => ({ ...target(c.about), body: c.body })) });
      })}
    >
      {versions.stale && (
        <StaleNotice title={t('step.stale.title')}>{t('request.stale', { version: plan.version })}</StaleNotice>
      )}
      {comments.fields.map((field, i) => (
        <fieldset key={field.id} className="space-y-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t('request.comment', { n: i + 1 })}</legend>
          <Field label={t('request.about')}>
            {(p) => (
              <Select {...p} {...form.register(`comments.${i}.about`)}>
                <AboutOptions plan={plan} />
              </Select>
            )}
          </Field>
          <Field label={t('request.body')} error={errors?.[i]?.body?.message}>
            {(p) => <Textarea {...p} {...form.register(`comments.${i}.body`)} />}
          </Field>
          {comments.fields.length > 1 && (
            <Button variant="ghost" size="sm" className="min-h-11" onClick={() => comments.remove(i)}>
              <Trash2 aria-hidden="true" className="size-4" /> {t('request.remove', { n: i + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => comments.append({ about: 'plan', body: '' }, { focusName: `comments.${comments.fields.length}.about` })}>
        <Plus aria-hidden="true" className="size-4" /> {t('request.add')}
      </Button>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={send.isPending} pendingLabel={t('request.pending')}>
        {t('status.requestChanges')}
      </FormActions>
    </form>
  );
}

/** The whole plan, each driver and change idea in diagram order (indented by level), each action. */
function AboutOptions({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['plan', 'common']);
  const nodes = useMemo(() => {
    const tree = buildTree(plan.nodes.map(toDiagramNode));
    const out: { node: DiagramNode; depth: number }[] = [];
    const walk = (parentId: number | null, depth: number) => {
      for (const node of tree.children(parentId)) {
        out.push({ node, depth });
        walk(node.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }, [plan.nodes]);
  return (
    <>
      <option value="plan">{t('request.wholePlan')}</option>
      {nodes.length > 0 && (
        <optgroup label={t('request.nodes')}>
          {nodes.map(({ node, depth }) => (
            <option key={node.id} value={`node:${node.id}`}>
              {'\u00a0\u00a0'.repeat(depth)}
              {t('actions.linked', { kind: t(`common:labels.nodeKind.${node.kind}`), title: node.title })}
            </option>
          ))}
        </optgroup>
      )}
      {plan.actions.length > 0 && (
        <optgroup label={t('layout.sections.actions')}>
          {plan.actions.map((a) => (
            <option key={a.id} value={`action:${a.id}`}>
              {t('request.actionOption', { title: a.title })}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
