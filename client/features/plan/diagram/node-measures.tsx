import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Verdict } from '../../../../shared/qi/verdict.ts';
import type { MeasureKind } from '../../../../shared/schemas/indicator.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { measureHref } from '../../../app/paths.ts';

/** A measure that tracks a driver or change idea, with its latest signal where the analysis has one. */
export type NodeMeasure = { id: number; kind: MeasureKind; name: string; verdict: Verdict | null };

/** The network's measures by the driver or change idea they track, each with its signal. */
export function useNodeMeasures(networkId: number) {
  const trpc = useTRPC();
  const list = useQuery(trpc.indicator.list.queryOptions({ networkId }));
  // The analysis is asked for only when a node shows a measure.
  const linked = list.data?.some((m) => m.nodeIds.length > 0) ?? false;
  const signals = useQuery({ ...trpc.indicator.signals.queryOptions({ networkId }), enabled: linked });
  const verdicts = new Map(signals.data?.map((m) => [m.id, m.verdict]));
  return {
    of: (nodeId: number): NodeMeasure[] =>
      (list.data ?? [])
        .filter((m) => m.nodeIds.includes(nodeId))
        .map((m) => ({ id: m.id, kind: m.kind, name: m.name, verdict: verdicts.get(m.id) ?? null })),
    failed: list.isError,
    retry: () => void list.refetch(),
  };
}

/** "Measures: Families reached (Process measure)", each a link; in words, never colour alone. */
export function NodeMeasures({ title, measures, slug }: { title: string; measures: readonly NodeMeasure[]; slug: string }) {
  const { t } = useTranslation(['plan', 'indicator']);
  if (measures.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-700">{t('measures.label')}</p>
      <ul aria-label={t('measures.listFor', { title })} className="space-y-1">
        {measures.map((m) => (
          <li key={m.id} className="break-words">
            <Link to={measureHref(slug, m)} translate="no">
              {m.name}
            </Link>
            <span className="block text-slate-600">
              {t(`indicator:measureKind.${m.kind}`)}
              {m.verdict && ` · ${t(`measures.signal.${m.verdict}`)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The measures are extra: the diagram works without them, and says when they could not be loaded. */
export function MeasuresFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation(['plan', 'indicator']);
  return (
    <p className="text-sm text-slate-700">
      {t('measures.failed')}{' '}
      <button type="button" className="inline-flex min-h-11 items-center font-medium text-accent-800 underline" onClick={onRetry}>
        {t('diagram.retry')}
      </button>
    </p>
  );
}
