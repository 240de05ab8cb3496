import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { cx } from '../../../components/ui/cx.ts';
import { FieldError } from '../../../components/ui/field.tsx';

type Option = { value: string; label: string; hint?: string };

/** Radio buttons as large labelled cards: easy to hit with a thumb, the choice in words. */
export function ChoiceGroup({
  legend,
  hint,
  options,
  error,
  register,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option[];
  error?: string;
  register: UseFormRegisterReturn;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="space-y-1.5" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={cx(
              'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm',
              'has-checked:border-accent-700 has-checked:bg-accent-50 has-focus-visible:outline-2 has-focus-visible:outline-accent-700',
            )}
          >
            <input type="radio" value={o.value} className="mt-0.5 size-4 shrink-0 accent-accent-700" aria-invalid={error ? true : undefined} {...register} />
            <span className="min-w-0">
              <span className="block font-medium text-slate-900">{o.label}</span>
              {o.hint && <span className="block text-slate-600">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && <FieldError id={errorId!}>{error}</FieldError>}
    </fieldset>
  );
}
