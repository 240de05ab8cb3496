import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { charterRatifyInput, charterReturnInput } from '../../../shared/schemas/charter.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormActions } from '../../components/ui/form-actions.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { Textarea } from '../../components/ui/textarea.tsx';

type Props = { version: number; onDone: (notice: string) => void };

/** A lead's two answers to the newest draft. */
export function ReviewActions(props: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      <RatifyButton {...props} />
      <ReturnButton {...props} />
    </div>
  );
}

function RatifyButton({ version, onDone }: Props) {
  const { t } = useTranslation('charter');
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t('review.ratify.title', { version })}
      description={t('review.ratify.description', { version })}
      trigger={<Button>{t('review.ratify.button', { version })}</Button>}
    >
      {open && (
        <RatifyForm
          version={version}
          onCancel={() => setOpen(false)}
          onDone={(notice) => {
            setOpen(false);
            onDone(notice);
          }}
        />
      )}
    </Dialog>
  );
}

const ratifyFields = charterRatifyInput.pick({ note: true });

function RatifyForm({ version, onDone, onCancel }: Props & { onCancel: () => void }) {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(ratifyFields), defaultValues: { note: '' } });
  const ratify = useMutation(
    trpc.charter.ratify.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.charter.pathFilter());
        onDone(t('review.ratify.done', { version }));
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => ratify.mutate({ networkId: network.id, version, note: v.note || undefined }))}
    >
      <Field label={t('review.ratify.note')} hint={t('review.ratify.noteHint')} error={form.formState.errors.note?.message}>
        {(p) => <Textarea {...p} {...form.register('note')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={ratify.isPending} pendingLabel={t('review.ratify.pending')}>
        {t('review.ratify.button', { version })}
      </FormActions>
    </form>
  );
}

function ReturnButton({ version, onDone }: Props) {
  const { t } = useTranslation('charter');
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t('review.return.title', { version })}
      description={t('review.return.description')}
      trigger={<Button variant="secondary">{t('review.return.button')}</Button>}
    >
      {open && (
        <ReturnForm
          version={version}
          onCancel={() => setOpen(false)}
          onDone={(notice) => {
            setOpen(false);
            onDone(notice);
          }}
        />
      )}
    </Dialog>
  );
}

const returnFields = charterReturnInput.pick({ comment: true });

function ReturnForm({ version, onDone, onCancel }: Props & { onCancel: () => void }) {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(returnFields), defaultValues: { comment: '' } });
  const send = useMutation(
    trpc.charter.returnDraft.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.charter.pathFilter());
        onDone(t('review.return.done', { version }));
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => send.mutate({ networkId: network.id, version, comment: v.comment }))}>
      <Field label={t('review.return.comment')} error={form.formState.errors.comment?.message}>
        {(p) => <Textarea {...p} {...form.register('comment')} />}
      </Field>
      <FormAlert message={formError(form)} />
      <FormActions onCancel={onCancel} pending={send.isPending} pendingLabel={t('review.return.pending')}>
        {t('review.return.submit', { version })}
      </FormActions>
    </form>
  );
}
