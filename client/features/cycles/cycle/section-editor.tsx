import { zodResolver } from '@hookform/resolvers/zod';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { LeaveWithoutSavingDialog, useLeaveGuard } from '../../../components/ui/leave-without-saving.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { applyServerErrors, FORM_ERROR, formError } from '../../../lib/form-errors.ts';
import { enqueueAndWait } from '../../../lib/outbox/enqueue.ts';
import { removeEntry } from '../../../lib/outbox/outbox-store.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { paths } from '../../../app/paths.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import {
  cycleFormSchema,
  mergeChanged,
  SECTION_FIELDS,
  toCycleFields,
  toCycleForm,
  type CycleFormField,
  type CycleFormValues,
  type CycleSection,
} from '../form/cycle-form-values.ts';
import { DetailsFields, type Me } from '../form/details-fields.tsx';
import { ActFields, DoFields, PlanFields, StudyFields } from '../form/stage-fields.tsx';
import { useCycleLookups, useRefreshCycles, type Cycle } from '../use-cycles.ts';

/** An edit kept on this device that met a newer version when it was sent: what it started from, and what it said. */
export type QueuedEdit = { id: string; opened: CycleFormValues; mine: CycleFormValues };

type Props = { cycle: Cycle; section: CycleSection; me: Me; onDone: (notice?: string) => void; resume?: QueuedEdit };

const FIELDS: readonly CycleFormField[] = [...new Set(Object.values(SECTION_FIELDS).flat())];

/** The fields that differ between two states of the form. */
function changedFields(from: CycleFormValues, to: CycleFormValues): Set<CycleFormField> {
  return new Set(FIELDS.filter((f) => JSON.stringify(from[f]) !== JSON.stringify(to[f])));
}

/**
 * Edits one part of the cycle. Saving sends the version it opened; if someone saved in between,
 * nothing is written, the person's text stays, and they choose: see the other version (dropping
 * theirs) or save theirs over it — only the fields they changed, on top of the newest version.
 * A save goes through the outbox: without a connection it waits on the device, and an edit that
 * met a newer version when it was finally sent comes back here (`resume`) to be decided the same way.
 */
export function SectionEditor({ cycle, section, me, onDone, resume }: Props) {
  const { t } = useTranslation('cycles');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshCycles();
  const lookups = useCycleLookups({ measures: true });

  // Fixed when the editor opens: later refetches of the cycle must not move what "changed" means.
  const [opened] = useState(() => resume?.opened ?? toCycleForm(cycle));
  // The version the next save builds on: the one opened, or after a conflict the newest one.
  const versions = useStaleVersion({ version: cycle.version, values: opened });
  const [confirm, setConfirm] = useState<'discard' | 'theirs' | null>(null);

  const schema = useMemo(() => cycleFormSchema(network.id, SECTION_FIELDS[section]), [network.id, section]);
  const form = useForm<CycleFormValues>({ resolver: zodResolver(schema), defaultValues: resume?.mine ?? opened });
  const [pending, setPending] = useState(false);
  const [queuedConflict] = useState(Boolean(resume));
  const values = useWatch({ control: form.control }) as CycleFormValues;
  const changed = useMemo(() => changedFields(opened, values), [opened, values]);
  const unsaved = changed.size > 0;
  const guard = useLeaveGuard(unsaved);

  async function showNewest() {
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.cycle.get.queryOptions({ networkId: network.id, cycleId: cycle.id }), staleTime: 0 });
      versions.refused({ version: fresh.version, values: toCycleForm(fresh) });
    } catch (loadError) {
      const gone = errorCode(loadError) === 'NOT_FOUND';
      form.setError(FORM_ERROR, {
        type: 'server',
        message: gone ? t('edit.deleted') : t('edit.loadFailed', { reason: errorMessage(loadError) }),
      });
    }
  }

  // A queued edit that met a newer version: straight to the choice the online form offers.
  useEffect(() => {
    if (resume) void showNewest();
    // Once, for the edit this editor was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save(v: CycleFormValues) {
    versions.clear();
    const payload = mergeChanged(versions.seen.values, v, changedFields(opened, v));
    const input = { networkId: network.id, cycleId: cycle.id, version: versions.seen.version, ...toCycleFields(payload) };
    const meta = {
      userId: me.id,
      label: cycle.title,
      href: paths.cycle.href({ slug: network.slug, cycleId: cycle.id }),
      base: { section, opened, mine: v } satisfies Omit<QueuedEdit, 'id'> & { section: CycleSection },
    };
    setPending(true);
    try {
      // The resolved edit replaces the one that waited.
      if (resume) await removeEntry(resume.id);
      const settled = await enqueueAndWait('cycle.update', input, meta, onlineManager.isOnline() ? 8000 : 0);
      if (settled.kind === 'sent' || settled.kind === 'waiting') {
        guard.release();
        if (settled.kind === 'sent') await refresh();
        return onDone(settled.kind === 'sent' ? t('edit.saved') : t('edit.queued'));
      }
      // Refused while the person is here: they decide on this screen, so it does not also wait.
      await removeEntry(settled.id);
      if (isStaleVersion(settled.error)) await showNewest();
      else applyServerErrors(form, settled.error);
    } catch (error) {
      applyServerErrors(form, error);
    } finally {
      setPending(false);
    }
  }

  function cancel() {
    if (unsaved) setConfirm('discard');
    else onDone();
  }

  if (section === 'details' && !lookups.data) {
    return lookups.error ? <ErrorState message={errorMessage(lookups.error)} onRetry={lookups.retry} /> : <LoadingState label={t('edit.loadingChoices')} />;
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)} className="space-y-4">
      {versions.stale && (
        <StaleNotice
          title={queuedConflict ? t('edit.stale.queuedTitle') : t('edit.stale.title')}
          pending={pending}
          loadTheirsLabel={t('edit.stale.theirs')}
          onLoadTheirs={() => setConfirm('theirs')}
          onSaveMine={form.handleSubmit(save)}
          footnote={t('edit.stale.footnote')}
        >
          {t('edit.stale.body')}
        </StaleNotice>
      )}
      {section === 'details' && lookups.data && (
        <DetailsFields form={form} lookups={lookups.data} me={me} names={peopleNames(cycle)} />
      )}
      {section === 'plan' && <PlanFields form={form} />}
      {section === 'do' && <DoFields form={form} />}
      {section === 'study' && <StudyFields form={form} />}
      {section === 'act' && <ActFields form={form} />}
      <FormAlert message={formError(form)} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={cancel}>
          {t('edit.cancel')}
        </Button>
        <Button type="submit" pending={pending} pendingLabel={t('edit.saving')}>
          {t('edit.save')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={confirm === 'theirs' ? t('edit.confirmTheirs.title') : t('edit.confirmDiscard.title')}
        description={confirm === 'theirs' ? t('edit.confirmTheirs.description') : t('edit.confirmDiscard.description')}
        confirmLabel={t('edit.discard')}
        danger
        onConfirm={() => {
          guard.release();
          setConfirm(null);
          // Dropped knowingly: the edit that waited on this device goes with it.
          if (resume) void removeEntry(resume.id);
          onDone(confirm === 'theirs' ? t('edit.showingNewest') : undefined);
        }}
      />
      <LeaveWithoutSavingDialog blocker={guard.blocker} description={t('edit.leave')} />
    </form>
  );
}

/** Names for the people the cycle already names, in case they have left the network since. */
function peopleNames(cycle: Cycle): Record<string, string> {
  const names: Record<string, string> = Object.fromEntries(cycle.coOwners.map((c) => [c.id, c.name]));
  if (cycle.ownerId && cycle.ownerName) names[cycle.ownerId] = cycle.ownerName;
  return names;
}
