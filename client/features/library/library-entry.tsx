import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';
import { paths } from '../../app/paths.ts';
import { CopyDialog, type CopyNetwork } from './copy-dialog.tsx';

export type LibraryEntry = RouterOutputs['library']['search']['items'][number];
type Cycle = LibraryEntry['cycles'][number];

/** One change idea: where it comes from, how far it went, and what each of its cycles found. */
export function LibraryEntryCard({ entry, copyTo }: { entry: LibraryEntry; copyTo: CopyNetwork[] }) {
  const { t } = useTranslation(['library', 'common']);
  const f = useFormats();
  const area = t(`common:labels.outcomeArea.${entry.network.outcomeArea}`);
  const headingId = `idea-${entry.id}`;
  const targets = copyTo.filter((n) => n.id !== entry.network.id);
  return (
    <li aria-labelledby={headingId} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <div className="space-y-1">
        <h3 id={headingId} translate="no" className="text-lg font-semibold break-words text-slate-900">
          {entry.title}
        </h3>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>{t('entry.network', { network: entry.network.name, area })}</span>
          {entry.network.ours && <Badge tone="accent">{t('entry.ours')}</Badge>}
        </p>
        {entry.network.publicSlug && (
          <p className="text-sm">
            <a href={paths.impact.href({ slug: entry.network.publicSlug })} target="_blank" rel="noopener noreferrer">
              {t('entry.publicPage', { network: entry.network.name })}
            </a>
          </p>
        )}
      </div>
      {entry.description && (
        <p translate="no" className="text-sm break-words whitespace-pre-line text-slate-800">
          {entry.description}
        </p>
      )}
      <p className="text-sm font-medium text-slate-800">
        {entry.scale === 0 ? t('entry.scaleNone') : entry.scale === 1 ? t('entry.scaleTested') : t('entry.scaleRamped', { n: f.count(entry.scale) })}
      </p>
      {entry.cycles.length > 0 && (
        <details className="group rounded-lg border border-slate-200">
          <summary className="min-h-11 cursor-pointer px-3 py-2.5 text-sm font-medium text-slate-900">
            {t('entry.cycles', { count: entry.cycles.length, n: f.count(entry.cycles.length) })}
          </summary>
          <ol className="divide-y divide-slate-200 border-t border-slate-200">
            {entry.cycles.map((c) => (
              <CycleLearning key={c.id} cycle={c} />
            ))}
          </ol>
        </details>
      )}
      {targets.length > 0 && <CopyDialog entry={entry} networks={targets} />}
    </li>
  );
}

function CycleLearning({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation(['library', 'common']);
  const f = useFormats();
  return (
    <li className="space-y-2 px-3 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span translate="no" className="font-medium break-words text-slate-900">
          {cycle.title}
        </span>
        <Badge tone={cycle.decision === 'adopt' ? 'success' : cycle.decision === 'abandon' ? 'warning' : 'neutral'}>
          {cycle.decision ? t(`common:labels.decision.${cycle.decision}`) : t('entry.noDecision')}
        </Badge>
        <span className="text-slate-600">{f.day(cycle.date)}</span>
      </div>
      {cycle.questions.map((q, i) => (
        <dl key={i} className="space-y-1 border-l-2 border-slate-200 pl-3">
          <dt className="sr-only">{t('entry.question')}</dt>
          <dd translate="no" className="font-medium break-words text-slate-900">
            {q.question}
          </dd>
          <dt className="text-slate-600">{t('entry.prediction')}</dt>
          <dd className="break-words text-slate-800">{q.prediction ? <span translate="no">{q.prediction}</span> : t('entry.noPrediction')}</dd>
          <dt className="text-slate-600">{t('entry.result')}</dt>
          <dd className="break-words text-slate-800">{q.result ? <span translate="no">{q.result}</span> : t('entry.noResult')}</dd>
        </dl>
      ))}
      {cycle.learning && (
        <div>
          <p className="text-slate-600">{t('entry.learning')}</p>
          <p translate="no" className="break-words whitespace-pre-line text-slate-800">
            {cycle.learning}
          </p>
        </div>
      )}
    </li>
  );
}
