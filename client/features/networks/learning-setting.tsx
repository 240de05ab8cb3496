import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { paths } from '../../app/paths.ts';

/** A lead shares the network's change ideas and learnings in the partnership's learning library, or stops. */
export function LearningSetting() {
  const { t } = useTranslation('networks');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toggle = useMutation(
    trpc.library.setSharing.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.network.pathFilter()), queryClient.invalidateQueries(trpc.library.pathFilter())]),
    }),
  );
  const on = network.sharesLearning;
  return (
    <SectionCard title={t('learning.title')} headingLevel={3}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{t('learning.intro')}</p>
        <p className="text-sm text-slate-700">{t('learning.shared')}</p>
        <p className="text-sm text-slate-700">{t('learning.notShared')}</p>
        {on ? <Alert tone="success">{t('learning.on')}</Alert> : <p className="text-sm text-slate-700">{t('learning.off')}</p>}
        <FormAlert message={toggle.isError ? errorMessage(toggle.error) : undefined} />
        <Button variant={on ? 'secondary' : 'primary'} pending={toggle.isPending} pendingLabel={t('saving')} onClick={() => toggle.mutate({ networkId: network.id, enabled: !on })}>
          {on ? t('learning.turnOff') : t('learning.turnOn')}
        </Button>
        <p className="text-sm">
          <Link to={paths.library.href()}>{t('learning.open')}</Link>
        </p>
      </div>
    </SectionCard>
  );
}
