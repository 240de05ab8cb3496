import { useQuery } from '@tanstack/react-query';
import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { who } from '../labels.ts';

/** An action's progress over time, newest first: status changes and notes, by whom and when. */
export function ProgressNotes({ actionId }: { actionId: number }) {
  const { t } = useTranslation(['plan', 'common']);
  const w = useWords('plan');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  const notes = useQuery(trpc.plan.actionNotes.queryOptions({ networkId: network.id, actionId }));
  if (notes.isPending) return <LoadingState label={t('progress.loading')} />;
  if (notes.isError) return <ErrorState message={errorMessage(notes.error)} onRetry={() => void notes.refetch()} />;
  if (!notes.data.length) return <EmptyState>{t('progress.empty')}</EmptyState>;
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
      {[...notes.data].reverse().map((n) => (
        <li key={n.id} className="space-y-1">
          <p className="text-sm text-slate-600">
            <time dateTime={n.at.toISOString()}>{f.dateTime(n.at)}</time> · <span translate={n.authorName ? 'no' : undefined}>{who(w, n.authorName)}</span>
          </p>
          {n.statusFrom && n.statusTo && (
            <p className="flex flex-wrap items-center gap-1.5 text-sm font-medium text-slate-900">
              <span>{t(`common:labels.actionStatus.${n.statusFrom}`)}</span>
              <ArrowRight aria-label={t('progress.to')} className="size-4 text-slate-600" />
              <span>{t(`common:labels.actionStatus.${n.statusTo}`)}</span>
            </p>
          )}
          {n.body && <p translate="no" className="text-sm break-words whitespace-pre-line text-slate-800">{n.body}</p>}
        </li>
      ))}
    </ol>
  );
}
