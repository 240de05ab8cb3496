import { useWatch, type UseFormReturn } from 'react-hook-form';
import { CARRIED_OUT, CARRIED_OUT_LABELS, DECISION_LABELS, DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { Field } from '../../../components/ui/field.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { ChoiceGroup } from './choice-group.tsx';
import type { CycleFormValues } from './cycle-form-values.ts';
import { DECISION_HINTS } from '../labels.ts';
import { QuestionFields } from './question-fields.tsx';

type Props = { form: UseFormReturn<CycleFormValues> };

export function PlanFields({ form }: Props) {
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <Field label="Objective" hint="What this cycle is for: what you want to learn or try." error={errors.objective?.message}>
        {(p) => <Textarea {...p} {...form.register('objective')} />}
      </Field>
      <QuestionFields form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Who" hint="Who carries out the test." error={errors.planWho?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWho')} />}
        </Field>
        <Field label="What" hint="What exactly will be done." error={errors.planWhat?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhat')} />}
        </Field>
        <Field label="When" error={errors.planWhen?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhen')} />}
        </Field>
        <Field label="Where" error={errors.planWhere?.message}>
          {(p) => <Textarea {...p} className="min-h-16!" {...form.register('planWhere')} />}
        </Field>
      </div>
      <Field label="Data to collect, and by whom" hint="What you will count or note to answer the questions." error={errors.dataCollection?.message}>
        {(p) => <Textarea {...p} className="min-h-16!" {...form.register('dataCollection')} />}
      </Field>
    </div>
  );
}

export function DoFields({ form }: Props) {
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <ChoiceGroup
        legend="Was the test carried out as planned?"
        options={[...CARRIED_OUT.map((c) => ({ value: c, label: CARRIED_OUT_LABELS[c] })), { value: '', label: 'Not said yet' }]}
        error={errors.carriedOut?.message}
        register={form.register('carriedOut')}
      />
      <Field label="What happened" error={errors.whatHappened?.message}>
        {(p) => <Textarea {...p} {...form.register('whatHappened')} />}
      </Field>
      <Field label="What you observed" hint="What you saw and heard, and the data you collected." error={errors.observations?.message}>
        {(p) => <Textarea {...p} {...form.register('observations')} />}
      </Field>
      <Field label="Surprises" hint="Anything you did not expect." error={errors.surprises?.message}>
        {(p) => <Textarea {...p} className="min-h-16!" {...form.register('surprises')} />}
      </Field>
    </div>
  );
}

export function StudyFields({ form }: Props) {
  const { errors } = form.formState;
  const questions = useWatch({ control: form.control, name: 'questions' });
  return (
    <div className="space-y-4">
      {questions.length === 0 ? (
        <p className="text-sm text-slate-600">This cycle has no questions yet. Add them, with predictions, in Plan.</p>
      ) : (
        <ol className="space-y-3">
          {questions.map((q, i) => (
            <li key={i} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
              <div className="space-y-1 text-sm">
                <h4 className="font-semibold break-words text-slate-900">
                  Question {i + 1}: {q.question || 'No question written'}
                </h4>
                <p className="break-words text-slate-700">
                  <span className="font-medium">You predicted: </span>
                  {q.prediction || 'No prediction was written.'}
                </p>
              </div>
              <Field label={`Result for question ${i + 1}`} hint="What actually happened, next to the prediction." error={errors.questions?.[i]?.result?.message}>
                {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.result`)} />}
              </Field>
            </li>
          ))}
        </ol>
      )}
      <Field label="What you learned" hint="Compare the results with the predictions: what does the difference teach?" error={errors.learning?.message}>
        {(p) => <Textarea {...p} {...form.register('learning')} />}
      </Field>
    </div>
  );
}

export function ActFields({ form }: Props) {
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <ChoiceGroup
        legend="Decision"
        hint="What will you do with the change, given what you learned?"
        options={[...DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d], hint: DECISION_HINTS[d] })), { value: '', label: 'Not decided yet' }]}
        error={errors.decision?.message}
        register={form.register('decision')}
      />
      <Field label="Next steps" hint="The next cycle, or why the ramp stops here." error={errors.nextSteps?.message}>
        {(p) => <Textarea {...p} {...form.register('nextSteps')} />}
      </Field>
    </div>
  );
}
