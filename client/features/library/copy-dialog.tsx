import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { copyTargets } from '../../../shared/domain/library.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Select } from '../../components/ui/select.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';
import type { LibraryEntry } from './library-entry.tsx';

/** One of my networks whose plan I may edit. */
export type CopyNetwork = { id: number; name: string; slug: string };

/** "Try this in our network": choose my network and the secondary driver the idea goes under. */
export function CopyDialog({ entry, networks }: { entry: LibraryEntry; networks: CopyNetwork[] }) {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t('copy.title')}
      description={t('copy.description', { network: entry.network.name })}
      trigger={
        // Which idea it copies: the entry's heading describes the button.
        <Button variant="secondary" aria-describedby={`idea-${entry.id}`}>
          {t('copy.open')}
        </Button>
      }
    >
      {open && <CopyForm entry={entry} networks={networks} />}
    </Dialog>
  );
}

function CopyForm({ entry, networks }: { entry: LibraryEntry; networks: CopyNetwork[] }) {
  const { t } = useTranslation('library');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [networkId, setNetworkId] = useState(networks[0]!.id);
  const [parentId, setParentId] = useState('');
  const target = networks.find((n) => n.id === networkId) ?? networks[0]!;
  const plan = useQuery(trpc.plan.get.queryOptions({ networkId: target.id }));
  const drivers = plan.data ? copyTargets(plan.data.nodes) : [];
  const chosen = drivers.some((d) => String(d.id) === parentId) ? parentId : String(drivers[0]?.id ?? '');
  const copy = useMutation(
    trpc.library.copy.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.library.pathFilter()), queryClient.invalidateQueries(trpc.plan.pathFilter())]),
    }),
  );
  const diagram = paths.planDiagram.href({ slug: target.slug });

  function submit(e: FormEvent) {
    e.preventDefault();
    copy.mutate({ networkId: target.id, sourceNodeId: entry.id, parentId: Number(chosen) });
  }

  if (copy.isSuccess && copy.variables.networkId === target.id) {
    return (
      <div className="space-y-3">
        <SuccessNotice>{t('copy.done', { network: target.name })}</SuccessNotice>
        <p className="text-sm">
          <Link to={`${diagram}#node-${copy.data.id}`}>{t('copy.seeIt')}</Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label={t('copy.network')}>
        {(control) => (
          <Select
            {...control}
            value={String(target.id)}
            onChange={(e) => {
              setNetworkId(Number(e.target.value));
              setParentId('');
              copy.reset();
            }}
          >
            {networks.map((n) => (
              <option key={n.id} value={n.id} translate="no">
                {n.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {entry.copiedInto.includes(target.id) && <Alert>{t('copy.already')}</Alert>}
      {plan.isPending && <LoadingState label={t('copy.loading')} />}
      {plan.isError && <FormAlert message={errorMessage(plan.error)} />}
      {plan.data && drivers.length === 0 && (
        <p className="text-sm text-slate-800">
          {t('copy.noDrivers')} <Link to={diagram}>{t('copy.openDiagram')}</Link>
        </p>
      )}
      {drivers.length > 0 && (
        <>
          <Field label={t('copy.driver')} hint={t('copy.driverHint')}>
            {(control) => (
              <Select {...control} value={chosen} onChange={(e) => setParentId(e.target.value)}>
                {drivers.map((d) => (
                  <option key={d.id} value={d.id} translate="no">
                    {d.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <FormAlert message={copy.isError ? errorMessage(copy.error) : undefined} />
          <Button type="submit" pending={copy.isPending} pendingLabel={t('copy.saving')}>
            {t('copy.submit')}
          </Button>
        </>
      )}
    </form>
  );
}
