import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Textarea } from '../../../components/ui/textarea.tsx';
import { EMPTY_QUESTION, type CycleFormValues } from './cycle-form-values.ts';

const MAX_QUESTIONS = 10;

/** Plan's questions, each with the prediction written before the test. */
export function QuestionFields({ form }: { form: UseFormReturn<CycleFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'questions' });
  const errors = form.formState.errors.questions;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-900">Questions and predictions</legend>
      <p className="text-sm text-slate-600">
        What do you want to learn, and what do you expect to happen? Writing the prediction before you try it is what makes the learning visible in
        Study.
      </p>
      {errors?.message && <p className="text-sm text-red-700">{errors.message}</p>}
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li key={field.id} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
            <div className="flex items-center justify-between gap-2">
              <h4 className="text-sm font-semibold text-slate-900">Question {i + 1}</h4>
              <Button variant="ghost" size="sm" onClick={() => remove(i)} aria-label={`Remove question ${i + 1}`}>
                <Trash2 aria-hidden="true" className="size-4" /> Remove
              </Button>
            </div>
            <Field label={<>Question<span className="sr-only"> {i + 1}</span></>} error={errors?.[i]?.question?.message}>
              {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.question`)} />}
            </Field>
            <Field label={<>Prediction<span className="sr-only"> for question {i + 1}</span></>} hint="What you expect, before you try it." error={errors?.[i]?.prediction?.message}>
              {(p) => <Textarea {...p} className="min-h-16!" {...form.register(`questions.${i}.prediction`)} />}
            </Field>
          </li>
        ))}
      </ol>
      {fields.length < MAX_QUESTIONS ? (
        <Button variant="secondary" onClick={() => append({ ...EMPTY_QUESTION })}>
          <Plus aria-hidden="true" className="size-4" /> Add a question
        </Button>
      ) : (
        <p className="text-sm text-slate-600">Ten questions is the most: a cycle tests a few things well.</p>
      )}
    </fieldset>
  );
}
