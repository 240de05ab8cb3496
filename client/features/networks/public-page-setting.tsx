import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { CopyField } from '../../components/ui/copy-field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

/** A lead opts the network in to (or out of) its public community impact page. */
export function PublicPageSetting() {
  const { t } = useTranslation('networks');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toggle = useMutation(
    trpc.network.setPublicPage.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.network.pathFilter()),
    }),
  );
  const on = network.publicReport;
  const url = `${window.location.origin}${paths.impact.href({ slug: network.slug })}`;

  return (
    <SectionCard title={t('publicPage.title')} headingLevel={3}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t('publicPage.intro')}</p>
        {on ? (
          <>
            <Alert tone="success">{t('publicPage.on')}</Alert>
            <CopyField label={t('publicPage.address')} value={url} copyLabel={t('publicPage.copy')} />
            <p className="text-sm">
              <a href={paths.impact.href({ slug: network.slug })} target="_blank" rel="noopener noreferrer">
                {t('publicPage.open')}
              </a>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">{t('publicPage.off')}</p>
        )}
        <FormAlert message={toggle.isError ? errorMessage(toggle.error) : undefined} />
        <Button variant={on ? 'secondary' : 'primary'} pending={toggle.isPending} pendingLabel={t('saving')} onClick={() => toggle.mutate({ networkId: network.id, enabled: !on })}>
          {on ? t('publicPage.turnOff') : t('publicPage.turnOn')}
        </Button>
      </div>
    </SectionCard>
  );
}
