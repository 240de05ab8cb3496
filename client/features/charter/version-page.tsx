import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../../shared/format/dates.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { CharterDocument } from './charter-document.tsx';
import { who } from './labels.ts';

/** One saved version in full, as it was saved: for reading a draft or an older charter. */
export function CharterVersionPage() {
  const { network } = useCurrentNetwork();
  const params = useParams();
  const number = Number(params.version);
  usePageTitle(`Charter version ${params.version ?? ''} · ${network.name}`);
  const trpc = useTRPC();
  const valid = Number.isInteger(number) && number > 0;
  const version = useQuery({
    ...trpc.charter.version.queryOptions({ networkId: network.id, version: valid ? number : 1 }),
    enabled: valid,
    staleTime: Infinity,
  });

  return (
    <div data-print-region className="space-y-6">
      <div className="space-y-1">
        <BackLink to="../history">Charter history</BackLink>
        <p className="hidden text-base font-medium text-slate-700 print:block">{network.name}</p>
        <h2 className="text-xl font-semibold text-slate-900">Charter, version {params.version}</h2>
      </div>
      {!valid && <ErrorState message="There is no such version. Pick one from the history." />}
      {valid && version.isPending && <LoadingState label="Loading the version" />}
      {version.isError && <ErrorState message={errorMessage(version.error)} onRetry={() => void version.refetch()} />}
      {version.data && (
        <Card className="space-y-6 print:border-0 print:p-0 print:shadow-none">
          <div className="space-y-1 border-b border-slate-200 pb-4 text-sm text-slate-700">
            <p>
              Saved by {who(version.data.authorName)} on {formatDateTime(version.data.createdAt)}
            </p>
            <p className="break-words">Change note: “{version.data.changeNote}”</p>
            {version.data.number > 1 && (
              <p className="print:hidden">
                <Link to={`../compare?from=${version.data.number - 1}&to=${version.data.number}`}>
                  Compare with version {version.data.number - 1}
                </Link>
              </p>
            )}
          </div>
          <CharterDocument content={version.data.content} names={version.data.names} />
        </Card>
      )}
    </div>
  );
}
