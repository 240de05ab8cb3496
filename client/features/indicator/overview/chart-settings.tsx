import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIFT_LENGTH, TREND_LENGTH } from '../../../../shared/qi/ihi-rules.ts';
import { byTimeKey } from '../../../../shared/domain/period.ts';
import type { ChartType } from '../../../../shared/qi/chart-types.ts';
import type { RuleSet } from '../../../../shared/qi/verdict.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { errorData, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { refOf, type Indicator } from '../indicator-layout.tsx';
import { chartTypesFor, type ChartSettings } from '../../../../shared/indicator/overview.ts';

type Props = {
  indicator: Indicator;
  settings: ChartSettings;
  periods: { period: string; label: string }[];
  canEdit: boolean;
  onChange: (next: Partial<ChartSettings>) => void;
  /** Someone else saved other settings: show theirs. */
  onLoadTheirs: (fresh: Indicator) => void;
};

export function ChartSettingsPanel({ indicator: ind, settings, periods, canEdit, onChange, onLoadTheirs }: Props) {
  const { t } = useTranslation(['indicator', 'common']);
  const fits = chartTypesFor(ind);
  const rulesShown = settings.chartType === 'run' ? settings.ruleSet : 'anhoej';
  const ruleHint = rulesShown === 'ihi' ? t('settings.rules.hint.ihi', { shift: SHIFT_LENGTH, trend: TREND_LENGTH }) : t('settings.rules.hint.anhoej');
  const [phaseStart, setPhaseStart] = useState('');
  const [phaseLabel, setPhaseLabel] = useState('');
  const [phaseError, setPhaseError] = useState<string>();
  const later = periods.slice(1).filter((p) => !settings.phases.some((ph) => ph.start === p.period));
  const labelOf = (period: string) => periods.find((p) => p.period === period)?.label ?? period;

  function addPhase() {
    if (!phaseStart) return setPhaseError(t('settings.phases.startMissing'));
    setPhaseError(undefined);
    onChange({ phases: [...settings.phases, { start: phaseStart, label: phaseLabel.trim() }].sort((a, b) => byTimeKey(a.start, b.start)) });
    setPhaseStart('');
    setPhaseLabel('');
  }

  return (
    <section aria-labelledby="chart-settings-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="chart-settings-heading" className="text-base font-semibold text-slate-900">
        {t('settings.heading')}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('settings.chart.label')} hint={t('settings.chart.hint')}>
          {(p) => (
            <Select {...p} value={settings.chartType} onChange={(e) => onChange({ chartType: e.target.value as ChartType })}>
              {fits.map((c) => (
                <option key={c} value={c}>
                  {t(`common:labels.chartType.${c}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('settings.rules.label')} hint={ruleHint}>
          {(p) => (
            <Select {...p} value={rulesShown} onChange={(e) => onChange({ ruleSet: e.target.value as RuleSet })}>
              <option value="anhoej">{t('settings.rules.anhoej')}</option>
              {settings.chartType === 'run' && <option value="ihi">{t('settings.rules.ihi')}</option>}
            </Select>
          )}
        </Field>
        <Field
          label={t('settings.usual.label')}
          hint={settings.phases.length ? t('settings.usual.hintPhases') : t('settings.usual.hint')}
        >
          {(p) => (
            <Select {...p} value={settings.baselineThrough ?? ''} onChange={(e) => onChange({ baselineThrough: e.target.value || null })}>
              <option value="">{t('settings.usual.every')}</option>
              {periods.map((x) => (
                <option key={x.period} value={x.period}>
                  {x.period === periods[0]!.period ? t('settings.usual.only', { period: x.label }) : t('settings.usual.range', { from: periods[0]!.label, to: x.label })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t('settings.phases.legend')}</legend>
        <p className="text-sm text-slate-600">{t('settings.phases.intro')}</p>
        {settings.phases.length > 0 && (
          <ul className="space-y-2">
            {settings.phases.map((ph) => (
              <li key={ph.start} className="flex items-center justify-between gap-2 rounded-lg border border-slate-200 px-3 py-1">
                <span className="min-w-0 text-sm break-words">
                  {ph.label ? t('settings.phases.fromNamed', { period: labelOf(ph.start), name: ph.label }) : t('settings.phases.from', { period: labelOf(ph.start) })}
                </span>
                <Button variant="ghost" className="px-2.5!" aria-label={t('settings.phases.remove', { period: labelOf(ph.start) })} onClick={() => onChange({ phases: settings.phases.filter((x) => x.start !== ph.start) })}>
                  <X aria-hidden="true" className="size-4" />
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="grid items-end gap-3 sm:grid-cols-[1fr_2fr_auto]">
          <Field label={t('settings.phases.start')} error={phaseError}>
            {(p) => (
              <Select {...p} value={phaseStart} onChange={(e) => setPhaseStart(e.target.value)}>
                <option value="">{t('settings.phases.choose')}</option>
                {later.map((x) => (
                  <option key={x.period} value={x.period}>
                    {x.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('settings.phases.what')}>
            {(p) => <Input {...p} value={phaseLabel} maxLength={120} placeholder={t('settings.phases.whatExample')} onChange={(e) => setPhaseLabel(e.target.value)} />}
          </Field>
          <Button variant="secondary" onClick={addPhase}>
            <Plus aria-hidden="true" className="size-4" /> {t('settings.phases.add')}
          </Button>
        </div>
      </fieldset>

      {canEdit && <SaveDefault indicator={ind} settings={settings} onLoadTheirs={onLoadTheirs} />}
    </section>
  );
}

/** Editors make the settings everyone sees first; someone saving meanwhile is never overwritten unasked. */
function SaveDefault({ indicator: ind, settings, onLoadTheirs }: { indicator: Indicator; settings: ChartSettings; onLoadTheirs: (fresh: Indicator) => void }) {
  const trpc = useTRPC();
  const { t } = useTranslation(['indicator', 'common']);
  const queryClient = useQueryClient();
  const versions = useStaleVersion<number, Indicator>(ind.version);
  const [saved, setSaved] = useState(false);
  const getOptions = trpc.indicator.get.queryOptions(refOf(ind));
  const save = useMutation(
    trpc.indicator.saveChart.mutationOptions({
      onMutate: () => {
        setSaved(false);
        versions.clear();
      },
      onSuccess: async (result) => {
        versions.clear(result.version);
        await queryClient.invalidateQueries({ queryKey: getOptions.queryKey });
        setSaved(true);
      },
      onError: async (error) => {
        if (!isStaleVersion(error)) return;
        versions.refused(undefined);
        const latest = await queryClient.fetchQuery({ ...getOptions, staleTime: 0 }).catch(() => null);
        if (latest) versions.refused(latest.version, latest);
      },
    }),
  );
  const rules = settings.chartType === 'run' ? settings.ruleSet : 'anhoej';
  const send = (version: number) => save.mutate({ ...refOf(ind), version, chartType: settings.chartType, ruleSet: rules, baselineThrough: settings.baselineThrough, phases: settings.phases });
  const problem = save.isError && !versions.stale ? [errorMessage(save.error), ...Object.values(errorData(save.error)?.fieldErrors ?? {}).flat()].join(' ') : undefined;

  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      {versions.stale && (
        <StaleNotice
          title={t('settings.save.staleTitle')}
          pending={save.isPending}
          onLoadTheirs={() => {
            save.reset();
            versions.loadTheirs(onLoadTheirs);
          }}
          onSaveMine={() => versions.saveMine(send)}
        >
          {t('settings.save.staleBody')}
        </StaleNotice>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {saved && <Alert tone="success">{t('settings.save.saved')}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button pending={save.isPending} pendingLabel={t('settings.save.pending')} onClick={() => send(versions.seen)}>
          {t('settings.save.submit')}
        </Button>
        <p className="text-sm text-slate-600">{t('settings.save.others')}</p>
      </div>
    </div>
  );
}
