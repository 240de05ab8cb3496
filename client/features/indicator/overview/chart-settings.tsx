import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { SHIFT_LENGTH, TREND_LENGTH } from '../../../../shared/qi/ihi-rules.ts';
import { CHART_TYPE_LABELS, type ChartType } from '../../../../shared/qi/chart-types.ts';
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
import type { Indicator } from '../indicator-layout.tsx';
import { chartTypesFor, type ChartSettings } from '../../../../shared/indicator/overview.ts';
import { RULE_SET_NAMES } from '../../../../shared/qi/verdict-words.ts';

const RULE_HINTS: Record<RuleSet, string> = {
  anhoej: 'Signals a run on one side of the usual level (the centre line) longer than chance allows, or too few crossings of it; on a control chart, also points outside the limits.',
  ihi: `Signals a shift (${SHIFT_LENGTH} or more points on one side of the median), a trend (${TREND_LENGTH} or more going the same way) or an astronomical point.`,
};

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
  const fits = chartTypesFor(ind);
  const [phaseStart, setPhaseStart] = useState('');
  const [phaseLabel, setPhaseLabel] = useState('');
  const [phaseError, setPhaseError] = useState<string>();
  const later = periods.slice(1).filter((p) => !settings.phases.some((ph) => ph.start === p.period));
  const labelOf = (period: string) => periods.find((p) => p.period === period)?.label ?? period;

  function addPhase() {
    if (!phaseStart) return setPhaseError('Choose the period the new phase starts in');
    setPhaseError(undefined);
    onChange({ phases: [...settings.phases, { start: phaseStart, label: phaseLabel.trim() }].sort((a, b) => a.start.localeCompare(b.start)) });
    setPhaseStart('');
    setPhaseLabel('');
  }

  return (
    <section aria-labelledby="chart-settings-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="chart-settings-heading" className="text-base font-semibold text-slate-900">
        Chart settings
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Chart" hint="Your choice is kept in this page’s address.">
          {(p) => (
            <Select {...p} value={settings.chartType} onChange={(e) => onChange({ chartType: e.target.value as ChartType })}>
              {fits.map((c) => (
                <option key={c} value={c}>
                  {CHART_TYPE_LABELS[c]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Rules for a signal" hint={RULE_HINTS[settings.chartType === 'run' ? settings.ruleSet : 'anhoej']}>
          {(p) => (
            <Select {...p} value={settings.chartType === 'run' ? settings.ruleSet : 'anhoej'} onChange={(e) => onChange({ ruleSet: e.target.value as RuleSet })}>
              <option value="anhoej">{RULE_SET_NAMES.anhoej} (the default)</option>
              {settings.chartType === 'run' && <option value="ihi">{RULE_SET_NAMES.ihi}</option>}
            </Select>
          )}
        </Field>
        <Field
          label="Usual level worked out from"
          hint={
            settings.phases.length
              ? 'With phases, each phase’s usual level (the centre line) comes from its own points: a fixed stretch applies when there are no phases.'
              : 'The usual level (the centre line) and the limits come from these periods; later points are judged against them. This is not the indicator’s baseline.'
          }
        >
          {(p) => (
            <Select {...p} value={settings.baselineThrough ?? ''} onChange={(e) => onChange({ baselineThrough: e.target.value || null })}>
              <option value="">Every period</option>
              {periods.map((x) => (
                <option key={x.period} value={x.period}>
                  {x.period === periods[0]!.period ? `${x.label} only` : `${periods[0]!.label} to ${x.label}`}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">Phases</legend>
        <p className="text-sm text-slate-600">Start a new phase where a change was put in place: each phase gets its own usual level, and the verdict looks at the latest one.</p>
        {settings.phases.length > 0 && (
          <ul className="space-y-2">
            {settings.phases.map((ph) => (
              <li key={ph.start} className="flex items-center justify-between gap-2 rounded-lg border border-slate-200 px-3 py-1">
                <span className="min-w-0 text-sm break-words">
                  From {labelOf(ph.start)}
                  {ph.label && `: ${ph.label}`}
                </span>
                <Button variant="ghost" className="px-2.5!" aria-label={`Remove the phase from ${labelOf(ph.start)}`} onClick={() => onChange({ phases: settings.phases.filter((x) => x.start !== ph.start) })}>
                  <X aria-hidden="true" className="size-4" />
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="grid items-end gap-3 sm:grid-cols-[1fr_2fr_auto]">
          <Field label="New phase starts in" error={phaseError}>
            {(p) => (
              <Select {...p} value={phaseStart} onChange={(e) => setPhaseStart(e.target.value)}>
                <option value="">Choose a period</option>
                {later.map((x) => (
                  <option key={x.period} value={x.period}>
                    {x.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="What changed (optional)">
            {(p) => <Input {...p} value={phaseLabel} maxLength={120} placeholder="e.g. After readiness nights began" onChange={(e) => setPhaseLabel(e.target.value)} />}
          </Field>
          <Button variant="secondary" onClick={addPhase}>
            <Plus aria-hidden="true" className="size-4" /> Add phase
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
  const queryClient = useQueryClient();
  const versions = useStaleVersion<number, Indicator>(ind.version);
  const [saved, setSaved] = useState(false);
  const getOptions = trpc.indicator.get.queryOptions({ networkId: ind.networkId });
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
  const send = (version: number) => save.mutate({ networkId: ind.networkId, version, chartType: settings.chartType, ruleSet: rules, baselineThrough: settings.baselineThrough, phases: settings.phases });
  const problem = save.isError && !versions.stale ? [errorMessage(save.error), ...Object.values(errorData(save.error)?.fieldErrors ?? {}).flat()].join(' ') : undefined;

  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      {versions.stale && (
        <StaleNotice
          title="Someone saved the chart settings meanwhile"
          pending={save.isPending}
          onLoadTheirs={() => {
            save.reset();
            versions.loadTheirs(onLoadTheirs);
          }}
          onSaveMine={() => versions.saveMine(send)}
        >
          Nothing was saved. Your choices are still shown; load theirs, or save yours over them.
        </StaleNotice>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {saved && <Alert tone="success">Saved: everyone in the network now sees this chart first.</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button pending={save.isPending} pendingLabel="Saving…" onClick={() => send(versions.seen)}>
          Save as the network’s default
        </Button>
        <p className="text-sm text-slate-600">Others can still switch the chart for themselves.</p>
      </div>
    </div>
  );
}
