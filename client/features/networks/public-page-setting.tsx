import { useMutation, useQueryClient } from '@tanstack/react-query';
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
    <SectionCard title="Community impact page" headingLevel={3}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          A public page, open to anyone without signing in, with the network’s aim, its indicator chart and signal, its published progress reports and the changes it
          adopted. It never shows people’s names, private notes, or values about groups smaller than the indicator’s privacy threshold.
        </p>
        {on ? (
          <>
            <Alert tone="success">The page is public.</Alert>
            <CopyField label="Address to share" value={url} copyLabel="Copy address" />
            <p className="text-sm">
              <a href={paths.impact.href({ slug: network.slug })} target="_blank" rel="noopener noreferrer">
                Open the public page
              </a>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">The page is off: its address shows “not found”.</p>
        )}
        <FormAlert message={toggle.isError ? errorMessage(toggle.error) : undefined} />
        <Button variant={on ? 'secondary' : 'primary'} pending={toggle.isPending} pendingLabel="Saving…" onClick={() => toggle.mutate({ networkId: network.id, enabled: !on })}>
          {on ? 'Turn the public page off' : 'Turn the public page on'}
        </Button>
      </div>
    </SectionCard>
  );
}
