import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CARRIED_OUT, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { Field } from '../../../components/ui/field.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { ChoiceGroup } from './choice-group.tsx';
import type { CycleFormValues } from './cycle-form-values.ts';
import { QuestionFields } from './question-fields.tsx';

type Props = { form: UseFormReturn<CycleFormValues> };

export function PlanFields({ form }: Props) {
  const { t } = useTranslation('cycles');
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <Field label={t('read.objective')} hint={t('form.objectiveHint')} error={errors.objective?.message}>
        {(p) => <Textarea {...p} {...form.register('objective')} />}
      </Field>
      <QuestionFields form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('read.who')} hint={t('form.whoHint')} error={errors.planWho?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWho')} />}
        </Field>
        <Field label={t('read.what')} hint={t('form.whatHint')} error={errors.planWhat?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhat')} />}
        </Field>
        <Field label={t('read.when')} error={errors.planWhen?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhen')} />}
        </Field>
        <Field label={t('read.where')} error={errors.planWhere?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhere')} />}
        </Field>
      </div>
      <Field label={t('read.dataCollection')} hint={t('form.dataCollectionHint')} error={errors.dataCollection?.message}>
        {(p) => <Textarea {...p} className="min-h-16!" {...form.register('dataCollection')} />}
      </Field>
    </div>
  );
}

export function DoFields({ form }: Props) {
  const { t } = useTranslation(['cycles', 'common']);
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <ChoiceGroup
        legend={t('form.carriedOut')}
        options={[...CARRIED_OUT.map((c) => ({ value: c, label: t(`common:labels.carriedOut.${c}`) })), { value: '', label: t('form.notSaid') }]}
        error={errors.carriedOut?.message}
        register={form.register('carriedOut')}
      />
      <Field label={t('read.whatHappened')} error={errors.whatHappened?.message}>
        {(p) => <Textarea {...p} {...form.register('whatHappened')} />}
      </Field>
      <Field label={t('read.observations')} hint={t('form.observationsHint')} error={errors.observations?.message}>
        {(p) => <Textarea {...p} {...form.register('observations')} />}
      </Field>
      <Field label={t('read.surprises')} hint={t('form.surprisesHint')} error={errors.surprises?.message}>
        {(p) => <Textarea {...p} className="min-h-16!" {...form.register('surprises')} />}
      </Field>
    </div>
  );
}

export function StudyFields({ form }: Props) {
  const { t } = useTranslation('cycles');
  const { errors } = form.formState;
  const questions = useWatch({ control: form.control, name: 'questions' });
  return (
    <div className="space-y-4">
      {questions.length === 0 ? (
        <p className="text-sm text-slate-600">{t('form.noQuestions')}</p>
      ) : (
        <ol className="space-y-3">
          {questions.map((q, i) => (
            <li key={i} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
              <div className="space-y-1 text-sm">
                <h4 className="font-semibold break-words text-slate-900">
                  {t('form.questionNumber', { number: i + 1 })}: {q.question ? <span translate="no">{q.question}</span> : t('form.noQuestionWritten')}
                </h4>
                <p className="break-words text-slate-700">
                  <span className="font-medium">{t('form.youPredicted')} </span>
                  {q.prediction ? <span translate="no">{q.prediction}</span> : t('read.noPrediction')}
                </p>
              </div>
              <Field label={t('form.resultFor', { number: i + 1 })} hint={t('form.resultHint')} error={errors.questions?.[i]?.result?.message}>
                {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.result`)} />}
              </Field>
            </li>
          ))}
        </ol>
      )}
      <Field label={t('read.learning')} hint={t('form.learningHint')} error={errors.learning?.message}>
        {(p) => <Textarea {...p} {...form.register('learning')} />}
      </Field>
    </div>
  );
}

export function ActFields({ form }: Props) {
  const { t } = useTranslation(['cycles', 'common']);
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <ChoiceGroup
        legend={t('read.decision')}
        hint={t('form.decisionHint')}
        options={[
          ...DECISIONS.map((d) => ({ value: d, label: t(`common:labels.decision.${d}`), hint: t(`decisionHint.${d}`) })),
          { value: '', label: t('quickLog.decision.undecided') },
        ]}
        error={errors.decision?.message}
        register={form.register('decision')}
      />
      <Field label={t('read.nextSteps')} hint={t('form.nextStepsHint')} error={errors.nextSteps?.message}>
        {(p) => <Textarea {...p} {...form.register('nextSteps')} />}
      </Field>
    </div>
  );
}
