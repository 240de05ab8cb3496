import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DECISIONS } from '../../../../shared/schemas/cycle.ts';
import { cx } from '../../../components/ui/cx.ts';
import { FieldError } from '../../../components/ui/field.tsx';

/** Big radio buttons, each with its word and what it means: easy to hit with a thumb, never colour alone. */
export function QuickLogDecision({ field, error }: { field: UseFormRegisterReturn<'decision'>; error?: string }) {
  const { t } = useTranslation(['cycles', 'common']);
  const id = useId();
  const choices = [
    ...DECISIONS.map((d) => ({ value: d, label: t(`common:labels.decision.${d}`), hint: t(`quickLog.decision.hint.${d}`) })),
    { value: '', label: t('quickLog.decision.undecided'), hint: t('quickLog.decision.undecidedHint') },
  ];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
      <legend className="mb-1.5 text-sm font-medium text-slate-900">{t('quickLog.decision.legend')}</legend>
      <div className="grid gap-2">
        {choices.map((c) => (
          <label
            key={c.value || 'none'}
            className={cx(
              'flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border border-slate-400 bg-white px-3 py-2',
              'has-checked:border-accent-700 has-checked:bg-accent-50 has-checked:ring-1 has-checked:ring-accent-700',
              'has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600',
            )}
          >
            <input
              type="radio"
              value={c.value}
              aria-labelledby={`${id}-${c.value}-label`}
              aria-describedby={`${id}-${c.value}-hint`}
              className="size-5 shrink-0 accent-accent-700 focus-visible:outline-none"
              {...field}
            />
            <span className="min-w-0">
              <span id={`${id}-${c.value}-label`} className="block font-medium text-slate-900">
                {c.label}
              </span>
              <span id={`${id}-${c.value}-hint`} className="block text-sm text-slate-700">
                {c.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
