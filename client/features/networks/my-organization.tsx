import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { OrganizationForm } from './organization-form.tsx';

/** The organization the signed-in person represents in this network, and a way to change it. */
export function MyOrganization() {
  const { t } = useTranslation(['networks', 'common']);
  const { network, myId } = useCurrentNetwork();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const members = useQuery({ ...trpc.member.list.queryOptions({ networkId: network.id }), enabled: network.role !== null });

  if (network.role === null) {
    return (
      <SectionCard title={t('myOrganization.title')}>
        <p className="text-sm text-slate-700">{t('myOrganization.notMember')}</p>
      </SectionCard>
    );
  }

  const mine = members.data?.find((m) => m.userId === myId);
  const current = mine?.organizationId
    ? { id: mine.organizationId, name: mine.organizationName ?? '', sector: mine.organizationSector }
    : null;

  return (
    <SectionCard title={t('myOrganization.title')}>
      {members.isPending && <LoadingState />}
      {members.isError && <ErrorState message={errorMessage(members.error)} onRetry={() => void members.refetch()} />}
      {members.data && (
        <div className="space-y-3">
          {current ? (
            <p className="text-sm text-slate-800">
              <Trans
                t={t}
                i18nKey={current.sector ? 'myOrganization.representsWithSector' : 'myOrganization.represents'}
                values={{ name: current.name, sector: current.sector ? t(`common:labels.sector.${current.sector}`) : '' }}
                components={{ strong: <strong className="font-semibold" />, muted: <span className="text-slate-600" /> }}
              />
            </p>
          ) : (
            <p className="text-sm text-slate-700">{t('myOrganization.none')}</p>
          )}
          <Dialog
            open={open}
            onOpenChange={setOpen}
            title={t('myOrganization.title')}
            description={t('myOrganization.question')}
            trigger={<Button variant="secondary">{current ? t('myOrganization.change') : t('myOrganization.set')}</Button>}
          >
            <OrganizationForm currentId={current?.id ?? null} onDone={() => setOpen(false)} />
          </Dialog>
        </div>
      )}
    </SectionCard>
  );
}
