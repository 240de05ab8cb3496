import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FREQUENCIES, parsePeriod, PERIOD_EXAMPLES } from '../../../../shared/domain/period.ts';
import { formatValue } from '../../../../shared/indicator/format.ts';
import { seriesRows, type SeriesRow } from '../../../../shared/indicator/overview.ts';
import { POLARITIES } from '../../../../shared/qi/verdict.ts';
import { indicatorSaveInput, type IndicatorSaveInput, type MeasureKind, UNITS } from '../../../../shared/schemas/indicator.ts';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { StaleNotice } from '../../../components/ui/stale-notice.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { LeaveWithoutSavingDialog, useLeaveGuard } from '../../../components/ui/leave-without-saving.tsx';
import { errorData, errorMessage } from '../../../lib/errors.ts';
import { useWords } from '../../../lib/use-words.ts';
import { applyServerErrors, FORM_ERROR, formError } from '../../../lib/form-errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { DefinitionDimensions } from './definition-dimensions.tsx';
import { blankDefinition, optionalNumber, optionalText, toDefinition, type DefinitionValues } from './definition-values.ts';
import { refOf, type Indicator } from '../indicator-layout.tsx';
import { DefinitionLinks } from './definition-links.tsx';

type Props = {
  networkId: number;
  /** The measure being changed; null to define a new one. */
  indicator: Indicator | null;
  /** A new measure's kind; the outcome when left out. */
  kind?: MeasureKind;
  /** Where the person goes after saving (the measure's page) or cancelling (null for a new measure). */
  done: (savedId: number | null) => string;
};

/** Defining a measure (version 0) or changing its definition; facilitators and leads. */
export function DefinitionForm(props: Props) {
  const trpc = useTRPC();
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator');
  // Which periods are measured decides whether the baseline takes a typed value (usually cached by the overview).
  const measurements = useQuery({ ...trpc.indicator.measurements.queryOptions(props.indicator ? refOf(props.indicator) : { networkId: props.networkId }), enabled: props.indicator !== null });
  if (props.indicator && measurements.isPending) return <LoadingState label={t('overview.loading')} />;
  if (props.indicator && measurements.isError) return <ErrorState message={errorMessage(measurements.error)} onRetry={() => void measurements.refetch()} />;
  const rows = props.indicator && measurements.data ? seriesRows(props.indicator, measurements.data, words) : [];
  return <DefinitionFields {...props} rows={rows} />;
}

function DefinitionFields({ networkId, indicator, kind = 'outcome', done, rows }: Props & { rows: SeriesRow[] }) {
  const trpc = useTRPC();
  const { t } = useTranslation(['indicator', 'common']);
  const words = useWords('indicator', 'qi');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<DefinitionValues, unknown, IndicatorSaveInput>({ resolver: zodResolver(indicatorSaveInput), defaultValues: indicator ? toDefinition(indicator, rows, words) : blankDefinition(networkId, kind) });
  const { errors, isDirty } = form.formState;
  const versions = useStaleVersion<number, Indicator>(indicator?.version ?? 0);
  const [leaving, setLeaving] = useState(false);
  const guard = useLeaveGuard(isDirty && !leaving);
  const getOptions = trpc.indicator.get.queryOptions(indicator ? refOf(indicator) : { networkId });
  const isOutcome = (indicator?.kind ?? kind) === 'outcome';

  const save = useMutation(
    trpc.indicator.save.mutationOptions({
      onMutate: () => versions.clear(),
      onSuccess: async (saved) => {
        guard.release();
        setLeaving(true);
        // The list, the family and the signals name the measure too.
        await queryClient.invalidateQueries(trpc.indicator.pathFilter());
        await navigate(done(saved.id));
      },
      onError: async (error) => {
        // Defining an indicator the network already has (someone defined it first) is the same
        // situation as an edit someone saved over: load theirs or save this one over it.
        if (isStaleVersion(error) || errorData(error)?.appCode === 'INDICATOR_EXISTS') {
          versions.refused(undefined);
          const latest = await queryClient.fetchQuery({ ...getOptions, staleTime: 0 }).catch(() => null);
          if (latest) versions.refused(latest.version, latest);
          return;
        }
        if (errorData(error)?.appCode === 'WOULD_LOSE_DATA') {
          const why = Object.values(errorData(error)?.fieldErrors ?? {}).flat();
          return form.setError(FORM_ERROR, { type: 'server', message: [...new Set([errorMessage(error), ...why])].join(' ') });
        }
        applyServerErrors(form, error);
      },
    }),
  );

  const [isProportion, unit, frequency, baselinePeriod, ratePer] = useWatch({ control: form.control, name: ['isProportion', 'unit', 'frequency', 'baselinePeriod', 'ratePer'] });
  // The server decides at save; this says beforehand what it will decide.
  const measured = baselinePeriod ? rows.find((r) => r.period === baselinePeriod) : undefined;
  const baselineHint = measured
    ? t('definition.baselineValue.measured', { period: measured.label, value: formatValue({ unit, ratePer: ratePer ?? null }, measured.value, words) })
    : t('definition.baselineValue.hint');
  const numberField = { setValueAs: optionalNumber };

  return (
    <form noValidate className="space-y-6" onSubmit={form.handleSubmit((v) => save.mutate(v))}>
      {!isOutcome && <DefinitionLinks form={form} networkId={networkId} />}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t('definition.what.legend')}</legend>
        <Field label={t('definition.name.label')} hint={t('definition.name.hint')} error={errors.name?.message}>
          {(p) => <Input {...p} autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field label={t('definition.definition.label')} hint={t('definition.definition.hint')} error={errors.definition?.message}>
          {(p) => <Textarea {...p} {...form.register('definition')} />}
        </Field>
        <CheckboxField label={t('definition.proportion.label')} hint={t('definition.proportion.hint')} error={errors.isProportion?.message} {...form.register('isProportion')} />
        {isProportion && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t('definition.numerator.label')} error={errors.numeratorLabel?.message}>
              {(p) => <Input {...p} autoComplete="off" placeholder={t('definition.numerator.example')} {...form.register('numeratorLabel')} />}
            </Field>
            <Field label={t('definition.denominator.label')} error={errors.denominatorLabel?.message}>
              {(p) => <Input {...p} autoComplete="off" placeholder={t('definition.denominator.example')} {...form.register('denominatorLabel')} />}
            </Field>
          </div>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('definition.unit')} error={errors.unit?.message}>
            {(p) => (
              <Select {...p} {...form.register('unit')}>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`common:labels.unit.${u}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {unit === 'rate' && (
            <Field label={t('definition.ratePer')} error={errors.ratePer?.message}>
              {(p) => <Input {...p} inputMode="numeric" autoComplete="off" placeholder="1000" {...form.register('ratePer', numberField)} />}
            </Field>
          )}
          <Field label={t('definition.polarity')} error={errors.polarity?.message}>
            {(p) => (
              <Select {...p} {...form.register('polarity')}>
                {POLARITIES.map((x) => (
                  <option key={x} value={x}>
                    {t(`common:labels.polarity.${x}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t('definition.frequency')} error={errors.frequency?.message}>
            {(p) => (
              <Select {...p} {...form.register('frequency')}>
                {FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {t(`common:labels.frequency.${f}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field label={t('definition.source.label')} hint={t('definition.source.hint')} error={errors.dataSource?.message}>
          {(p) => <Input {...p} autoComplete="off" {...form.register('dataSource')} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t('definition.baseline.legend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('definition.baseline.period')} hint={t('definition.baseline.periodHint', { example: PERIOD_EXAMPLES[frequency] })} error={errors.baselinePeriod?.message}>
            {(p) => (
              <Input
                {...p}
                autoComplete="off"
                {...form.register('baselinePeriod', { setValueAs: (v: unknown) => (typeof v === 'string' && v.trim() ? (parsePeriod(v, form.getValues('frequency')) ?? v.trim()) : null) })}
              />
            )}
          </Field>
          <Field label={t('definition.baselineValue.label')} hint={baselineHint} error={errors.baselineValue?.message}>
            {(p) => <Input {...p} inputMode="decimal" autoComplete="off" {...form.register('baselineValue', numberField)} />}
          </Field>
          <Field label={t('definition.target.value')} error={errors.targetValue?.message}>
            {(p) => <Input {...p} inputMode="decimal" autoComplete="off" {...form.register('targetValue', numberField)} />}
          </Field>
          <Field label={t('definition.target.date')} error={errors.targetDate?.message}>
            {(p) => <Input {...p} type="date" {...form.register('targetDate', { setValueAs: optionalText })} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t('definition.privacy.legend')}</legend>
        <Field
          label={t('definition.privacy.label')}
          hint={t('definition.privacy.hint', { n: words.f.count(10) })}
          error={errors.minGroupSize?.message}
        >
          {(p) => <Input {...p} inputMode="numeric" autoComplete="off" className="max-w-40" {...form.register('minGroupSize', numberField)} />}
        </Field>
      </fieldset>

      <DefinitionDimensions form={form} />

      {/* Next to the save button, where the person is looking when it fails. */}
      {versions.stale && (
        <StaleNotice
          title={t('definition.stale.title')}
          pending={save.isPending}
          onLoadTheirs={() => versions.loadTheirs((latest) => form.reset(toDefinition(latest, rows, words)))}
          onSaveMine={() =>
            versions.saveMine((version) => {
              form.setValue('version', version);
              void form.handleSubmit((v) => save.mutate(v))();
            })
          }
        >
          {t('definition.stale.body')}
        </StaleNotice>
      )}

      <FormAlert message={formError(form)} />
      <FormActions onCancel={() => void navigate(done(indicator?.id ?? null))} pending={save.isPending} pendingLabel={t('settings.save.pending')}>
        {indicator ? t('definition.save') : isOutcome ? t('overview.none.define') : t('definition.links.add')}
      </FormActions>
      <LeaveWithoutSavingDialog blocker={guard.blocker} description={t('definition.leave')} />
    </form>
  );
}
