import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { CharterDocument } from './charter-document.tsx';
import { who } from './labels.ts';

/** One saved version in full, as it was saved: for reading a draft or an older charter. */
export function CharterVersionPage() {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const params = useParams();
  const number = Number(params.version);
  usePageTitle(t('version.title', { version: params.version ?? '', network: network.name }));
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
        <BackLink to="../history">{t('history.heading')}</BackLink>
        <p translate="no" className="hidden text-base font-medium text-slate-700 print:block">{network.name}</p>
        <h2 className="text-xl font-semibold text-slate-900">{t('version.heading', { version: params.version })}</h2>
      </div>
      {!valid && <ErrorState message={t('version.missing')} />}
      {valid && version.isPending && <LoadingState label={t('version.loading')} />}
      {version.isError && <ErrorState message={errorMessage(version.error)} onRetry={() => void version.refetch()} />}
      {version.data && (
        <Card className="space-y-6 print:border-0 print:p-0 print:shadow-none">
          <div className="space-y-1 border-b border-slate-200 pb-4 text-sm text-slate-700">
            <p>{t('history.savedBy', { name: who(w, version.data.authorName), date: f.dateTime(version.data.createdAt) })}</p>
            <p className="break-words">{t('version.changeNote', { note: version.data.changeNote })}</p>
            {version.data.number > 1 && (
              <p className="print:hidden">
                <Link to={`../compare?from=${version.data.number - 1}&to=${version.data.number}`}>
                  {t('history.compareWith', { version: version.data.number - 1 })}
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
