import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { EMPTY_QUESTION, type CycleFormValues } from './cycle-form-values.ts';

const MAX_QUESTIONS = 10;

/** Plan's questions, each with the prediction written before the test. */
export function QuestionFields({ form }: { form: UseFormReturn<CycleFormValues> }) {
  const { t } = useTranslation('cycles');
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'questions' });
  const errors = form.formState.errors.questions;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-900">{t('read.questions')}</legend>
      <p className="text-sm text-slate-600">{t('form.questionsIntro')}</p>
      {errors?.message && <p className="text-sm text-red-700">{errors.message}</p>}
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li key={field.id} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
            <div className="flex items-center justify-between gap-2">
              <h4 className="text-sm font-semibold text-slate-900">{t('form.questionNumber', { number: i + 1 })}</h4>
              <Button variant="ghost" size="sm" onClick={() => remove(i)} aria-label={t('form.removeQuestion', { number: i + 1 })}>
                <Trash2 aria-hidden="true" className="size-4" /> {t('form.remove')}
              </Button>
            </div>
            <Field label={<>{t('form.question')}<span className="sr-only"> {i + 1}</span></>} error={errors?.[i]?.question?.message}>
              {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.question`)} />}
            </Field>
            <Field label={<>{t('form.prediction')}<span className="sr-only"> {t('form.predictionFor', { number: i + 1 })}</span></>} hint={t('form.predictionHint')} error={errors?.[i]?.prediction?.message}>
              {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.prediction`)} />}
            </Field>
          </li>
        ))}
      </ol>
      {fields.length < MAX_QUESTIONS ? (
        <Button variant="secondary" onClick={() => append({ ...EMPTY_QUESTION })}>
          <Plus aria-hidden="true" className="size-4" /> {t('form.addQuestion')}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">{t('form.maxQuestions')}</p>
      )}
    </fieldset>
  );
}
