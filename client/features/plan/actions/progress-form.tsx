import { zodResolver } from '@hookform/resolvers/zod';
import { onlineManager } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { ACTION_STATUSES, actionProgressInput } from '../../../../shared/schemas/plan.ts';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { applyServerErrors, formError } from '../../../lib/form-errors.ts';
import { enqueueAndWait } from '../../../lib/outbox/enqueue.ts';
import { removeEntry } from '../../../lib/outbox/outbox-store.ts';
import { useResolveLink } from '../../../lib/outbox/use-resolve-link.ts';
import type { OutboxEntry } from '../../../../shared/domain/outbox.ts';
import { paths } from '../../../app/paths.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { useRefreshPlan, type PlanAction } from '../use-plan.ts';

const fields = actionProgressInput.pick({ status: true, note: true });

/**
 * The owner's (or an editor's) update: a status and a note. Quick to do on a phone at a meeting;
 * if someone updated the action meanwhile, nothing is lost: their update shows, this one stays.
 */
export function ProgressForm({ action }: { action: PlanAction }) {
  const { t, i18n } = useTranslation(['plan', 'common', 'outbox']);
  const { network, myId } = useCurrentNetwork();
  const refresh = useRefreshPlan();
  const versions = useStaleVersion<number, PlanAction>(action.version);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({ resolver: zodResolver(fields), defaultValues: { status: action.status, note: '' } });
  const [queued, setQueued, resolveMissing] = useQueuedProgress(action, (mine) => {
    form.reset(mine);
    // Shown as an online save refused as stale would be: their update, and this person's on top.
    versions.refused(action.version, action);
  });

  // Through the outbox: at a meeting without wifi the note waits on the phone and is sent later.
  async function report(v: { status: PlanAction['status']; note?: string }) {
    setSaved(null);
    versions.clear();
    const input = { networkId: network.id, actionId: action.id, version: versions.seen, status: v.status, note: v.note || undefined };
    const meta = { userId: myId, label: action.title, href: paths.action.href({ slug: network.slug, actionId: action.id }) };
    setPending(true);
    try {
      const settled = await enqueueAndWait('plan.reportProgress', input, meta, onlineManager.isOnline() ? 8000 : 0);
      // The resolved update replaces the one that waited.
      if (queued) {
        await removeEntry(queued);
        setQueued(null);
      }
      if (settled.kind === 'sent' || settled.kind === 'waiting') {
        form.reset({ status: v.status, note: '' });
        if (settled.kind === 'waiting') return setSaved(t('progress.queued'));
        await refresh();
        versions.clear((settled.result as { version: number }).version);
        const status = t(`common:labels.actionStatus.${v.status}`).toLocaleLowerCase(i18n.resolvedLanguage);
        return setSaved(t(input.note ? 'progress.savedWithNote' : 'progress.saved', { status }));
      }
      // Refused while the person is here: they decide on this screen, so it does not also wait.
      await removeEntry(settled.id);
      if (!isStaleVersion(settled.error)) return applyServerErrors(form, settled.error);
      const fresh = (await refresh())?.actions.find((a) => a.id === action.id);
      if (!fresh) return applyServerErrors(form, settled.error);
      versions.refused(fresh.version, fresh);
    } catch (error) {
      applyServerErrors(form, error);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(report)}
    >
      {resolveMissing && <FormAlert message={t('outbox:resolve.missing')} />}
      {versions.theirs && (
        <StaleNotice title={t('progress.stale.title')}>
          <Trans
            t={t}
            i18nKey={versions.theirs.latestNote ? 'progress.stale.bodyWithNote' : 'progress.stale.body'}
            values={{ status: t(`common:labels.actionStatus.${versions.theirs.status}`), note: versions.theirs.latestNote }}
            components={{ strong: <strong className="font-semibold" /> }}
          />
        </StaleNotice>
      )}
      <Field label={t('actions.filter.status')} error={form.formState.errors.status?.message}>
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
      <Field label={t('progress.note')} hint={t('progress.noteHint')} error={form.formState.errors.note?.message}>
        {(p) => <Textarea {...p} {...form.register('note')} />}
      </Field>
      <FormAlert message={formError(form)} />
      {saved && !form.formState.isDirty && <SuccessNotice>{saved}</SuccessNotice>}
      <Button type="submit" pending={pending} pendingLabel={t('node.saving')}>
        {t('progress.save')}
      </Button>
    </form>
  );
}

type QueuedProgress = { status: PlanAction['status']; note: string };

/**
 * ?resolve=<id> from the outbox: a progress update kept on this device met a newer one when it was
 * sent. It comes back into the form, beside theirs, for the choice an online save offers.
 */
function useQueuedProgress(action: PlanAction, resume: (mine: QueuedProgress) => void): [string | null, (id: string | null) => void, boolean] {
  const [queued, setQueued] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const inputOf = (entry: OutboxEntry) => entry.input as { actionId?: number; status?: PlanAction['status']; note?: string };
  useResolveLink(
    'plan.reportProgress',
    (entry) => inputOf(entry).actionId === action.id && inputOf(entry).status !== undefined,
    (entry) => {
      setQueued(entry.id);
      resume({ status: inputOf(entry).status!, note: inputOf(entry).note ?? '' });
    },
    () => setMissing(true),
  );
  return [queued, setQueued, missing];
}
