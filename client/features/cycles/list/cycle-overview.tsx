import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FIDELITY_CHECKS } from '../../../../shared/domain/cycle.ts';
import { CYCLE_STAGES, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { Card } from '../../../components/ui/card.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import type { Overview } from '../use-cycles.ts';

const decisionLink = (decision: string) => `?decision=${decision}`;

/** The network's cycles at a glance: where they are, what was decided, and how the method is going. */
export function CycleOverview({ overview }: { overview: Overview }) {
  const { t } = useTranslation(['cycles', 'common']);
  const f = useFormats();
  const decided = DECISIONS.reduce((n, d) => n + overview.byDecision[d], 0);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <Card className="space-y-4">
        <section aria-labelledby="by-stage" className="space-y-2">
          <h4 id="by-stage" className="text-sm font-semibold text-slate-900">
            {t('overview.byStage')}
          </h4>
          <Counts items={CYCLE_STAGES.map((s) => ({ label: t(`common:labels.stage.${s}`), n: overview.byStage[s], to: `?stage=${s}` }))} />
        </section>
        <section aria-labelledby="by-decision" className="space-y-2">
          <h4 id="by-decision" className="text-sm font-semibold text-slate-900">
            {t('overview.decisions')}
          </h4>
          <Counts
            items={[
              ...DECISIONS.map((d) => ({ label: t(`common:labels.decision.${d}`), n: overview.byDecision[d], to: decisionLink(d) })),
              { label: t('list.noDecision'), n: overview.total - decided, to: decisionLink('none') },
            ]}
          />
        </section>
        {overview.toComplete > 0 && (
          <p className="text-sm text-slate-800">
            <Trans
              t={t}
              i18nKey="overview.toComplete"
              count={overview.toComplete}
              values={{ n: f.count(overview.toComplete) }}
              components={{ a: <Link to="?toComplete=true" className="font-semibold" /> }}
            />
          </p>
        )}
      </Card>
      <Card>
        <section aria-labelledby="fidelity-heading" className="space-y-3">
          <div className="space-y-1">
            <h4 id="fidelity-heading" className="text-sm font-semibold text-slate-900">
              {t('overview.fidelity.heading')}
            </h4>
            <p className="text-sm text-slate-600">{t('overview.fidelity.intro')}</p>
          </div>
          <ul className="space-y-3">
            {FIDELITY_CHECKS.map((check) => {
              const { met, due } = overview.fidelity[check];
              return (
                <li key={check} className="space-y-1">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="text-sm font-medium text-slate-900">{t(`common:labels.fidelity.${check}`)}</span>
                    <span className="text-sm text-slate-800">
                      {due === 0 ? t('overview.fidelity.notDue') : t('overview.fidelity.met', { count: due, met: f.count(met), due: f.count(due) })}
                    </span>
                  </div>
                  {due > 0 && (
                    <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-slate-200">
                      <div className="h-full rounded-full bg-accent-600" style={{ width: `${Math.round((met / due) * 100)}%` }} />
                    </div>
                  )}
                  <p className="text-sm text-slate-600">{t(`overview.why.${check}`)}</p>
                </li>
              );
            })}
          </ul>
        </section>
      </Card>
    </div>
  );
}

function Counts({ items }: { items: { label: string; n: number; to: string }[] }) {
  const f = useFormats();
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((i) => (
        <li key={i.label}>
          {i.n > 0 ? (
            <Link
              to={i.to}
              className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 no-underline hover:bg-slate-50 hover:no-underline"
            >
              {i.label} <strong className="font-semibold">{f.count(i.n)}</strong>
            </Link>
          ) : (
            <span className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-dashed border-slate-300 px-3 text-sm text-slate-600">
              {i.label} <strong className="font-semibold">{f.count(0)}</strong>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
